import { constants as fsConstants, promises as fs } from 'fs';
import { join } from 'path';
import sinon from 'sinon';

/**
 * Makes the disk refuse every durable write of the embedded store from now on: its O_DSYNC
 * write, or its fdatasync where the platform has no O_DSYNC. Restore the stub to heal it.
 */
export async function refuseDurableWrites(dataDir: string): Promise<sinon.SinonStub> {
  const probe = await fs.open(join(dataDir, 'probe'), 'w');
  const durable = fsConstants.O_DSYNC === undefined ? 'datasync' : 'write';
  const prototype: Record<'datasync' | 'write', () => Promise<unknown>> =
    Object.getPrototypeOf(probe);
  await probe.close();
  return sinon.stub(prototype, durable).rejects(new Error('EIO'));
}
