import { promises as fs } from 'fs';
import { join } from 'path';

export interface DirectoryLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const held = new Set<string>();

async function createLockFile(file: string, dataDir: string, attempt = 0): Promise<void> {
  try {
    await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
      throw error;
    }
    const owner = Number((await fs.readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new Error(`data directory ${dataDir} is in use by process ${owner}`);
    }
    await fs.rm(file, { force: true });
    await createLockFile(file, dataDir, attempt + 1);
  }
}

/**
 * Two processes (or two opens in one process) appending to the same journals would
 * corrupt them: one DATA_DIR, one owner. A lock left by a killed process is taken over.
 */
export async function acquireDirectoryLock(dataDir: string): Promise<DirectoryLock> {
  const file = join(dataDir, 'LOCK');
  if (held.has(file)) {
    throw new Error(`data directory ${dataDir} is already open in this process`);
  }
  held.add(file);
  await createLockFile(file, dataDir).catch((error: unknown) => {
    held.delete(file);
    throw error;
  });
  return {
    release: async () => {
      held.delete(file);
      await fs.rm(file, { force: true });
    },
  };
}
