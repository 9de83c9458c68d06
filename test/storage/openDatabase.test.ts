import { expect } from 'chai';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase } from '../../storage';
import sinon from 'sinon';
import { expectError } from './contract/collection';
import { instantRetry } from './harness';

describe('openDatabase', () => {
  it('opens the embedded store under dataDir when no MongoDB URI is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-'));
    const db = await openDatabase({ dataDir });
    await db.botStorage.write({ 'conv/1': { step: 1 } });
    await db.close();

    const again = await openDatabase({ dataDir, mongodbUri: '' });

    expect(again.engine).to.equal('embedded');
    expect(await again.health()).to.deep.equal({ ok: true, engine: 'embedded' });
    expect((await again.botStorage.read(['conv/1']))['conv/1'].step).to.equal(1);
    await again.close();
  });

  it('uses MongoDB when a URI is set, and starts even when the server is unreachable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-'));
    // Port 1 on loopback: nothing listens there, the driver gives up quickly.
    const mongodbUri = 'mongodb://127.0.0.1:1/brigade?serverSelectionTimeoutMS=100';
    const sleep = sinon.stub().resolves();

    const db = await openDatabase({ dataDir, mongodbUri }, { retry: { ...instantRetry, sleep } });
    try {
      expect(db.engine).to.equal('mongodb');
      expect(await db.health()).to.include({ ok: false, engine: 'mongodb' });

      await expectError(db.collection({ name: 'notes' }).insert({ id: 'n1' }), /ECONNREFUSED/);

      expect(sleep.callCount, 'retried with backoff').to.equal(instantRetry.attempts - 1);
    } finally {
      await db.close();
    }
  });

  it('refuses a malformed MongoDB URI', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'open-'));

    await expectError(openDatabase({ dataDir, mongodbUri: 'http://example' }), /scheme|mongodb/i);
  });
});
