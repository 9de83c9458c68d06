import { expect } from 'chai';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import sinon from 'sinon';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import { ResilientDatabase } from '../../storage/resilient';
import { DuplicateKeyError, type StoredDocument } from '../../storage/types';
import { expectError } from './contract/collection';
import { instantRetry } from './harness';
import { refuseDurableWrites } from './refusedWrites';

interface Note extends StoredDocument {
  text: string;
}

const notesSpec = { name: 'notes' };

async function openNotes(): Promise<{ db: ResilientDatabase; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'accepted-'));
  return { db: new ResilientDatabase(await EmbeddedDatabase.open({ dataDir }), instantRetry),
    dataDir };
}

describe('an insert tells its writer once the embedded store has queued it', () => {
  let refused: sinon.SinonStub | undefined;

  afterEach(() => refused?.restore());

  it('before the write is durable, and once', async () => {
    const { db } = await openNotes();
    const notes = db.collection<Note>(notesSpec);
    const heard: string[] = [];

    const written = notes.insert({ id: 'n1', text: 'a' },
      { onAccepted: () => heard.push('accepted') }).then(() => heard.push('durable'));
    await written;

    expect(heard).to.deep.equal(['accepted', 'durable']);
    await db.close();
  });

  it('not when the store refuses the insert itself (a taken id, a closed store)', async () => {
    const { db } = await openNotes();
    const notes = db.collection<Note>(notesSpec);
    await notes.insert({ id: 'n1', text: 'a' });
    let heard = 0;
    const onAccepted = (): void => {
      heard += 1;
    };

    await expectError(notes.insert({ id: 'n1', text: 'again' }, { onAccepted }),
      DuplicateKeyError);
    await db.close();
    await expectError(notes.insert({ id: 'n2', text: 'late' }, { onAccepted }), /closed/);

    expect(heard).to.equal(0);
  });

  it('once through the retries of a failing disk, whose refusal the writer then gets',
    async () => {
      const { db, dataDir } = await openNotes();
      const notes = db.collection<Note>(notesSpec);
      await notes.insert({ id: 'n1', text: 'a' });
      refused = await refuseDurableWrites(dataDir);
      let heard = 0;

      await expectError(notes.insert({ id: 'n2', text: 'refused' }, { onAccepted: () => {
        heard += 1;
      } }), /EIO/);

      expect(refused.callCount, 'tried three times').to.equal(3);
      expect(heard).to.equal(1);
      refused.restore();
      await db.close();
    });
});
