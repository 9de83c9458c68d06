import { expect } from 'chai';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import sinon from 'sinon';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import { ResilientDatabase } from '../../storage/resilient';
import type { StoredDocument } from '../../storage/types';
import { expectError } from './contract/collection';
import { instantRetry } from './harness';
import { refuseDurableWrites } from './refusedWrites';

interface Note extends StoredDocument {
  text: string;
  expiresAt?: Date;
}

const notesSpec = { name: 'notes', ttlField: 'expiresAt' };

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'embedded-'));
}

function journalLines(dataDir: string): string[] {
  return readFileSync(join(dataDir, 'notes.jsonl'), 'utf8').split('\n').filter(Boolean);
}

async function withNotes(dataDir: string, work: (db: EmbeddedDatabase) => Promise<void>,
  options: { compactAfter?: number } = {}): Promise<void> {
  const db = await EmbeddedDatabase.open({ dataDir, ...options });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

describe('embedded engine', () => {
  describe('journal', () => {
    it('ignores a torn last line left by a crash and keeps everything before it', async () => {
      const dataDir = freshDir();
      await withNotes(dataDir, (db) =>
        db.collection<Note>(notesSpec).insert({ id: 'n1', text: 'a' }));
      appendFileSync(join(dataDir, 'notes.jsonl'), '{"op":"put","doc":{"id":"n2","te');

      await withNotes(dataDir, async (db) => {
        const notes = db.collection<Note>(notesSpec);
        expect((await notes.find({})).map((n) => n.id)).to.deep.equal(['n1']);
        await notes.insert({ id: 'n3', text: 'c' });
      });

      await withNotes(dataDir, async (db) => {
        expect(await db.collection<Note>(notesSpec).count({})).to.equal(2);
      });
    });

    it('refuses to open a journal corrupted before its last line', async () => {
      const dataDir = freshDir();
      writeFileSync(join(dataDir, 'notes.jsonl'),
        '{"op":"put","doc":{"id":"n1","text":"a"}}\ngarbage\n{"op":"del","id":"n1"}\n');

      await withNotes(dataDir, async (db) => {
        await expectError(db.collection<Note>(notesSpec).get('n1'), /corrupt at line 2/);
        expect((await db.health()).ok).to.equal(false);
      });
    });

    it('compacts on start: one line per live document', async () => {
      const dataDir = freshDir();
      await withNotes(dataDir, async (db) => {
        const notes = db.collection<Note>(notesSpec);
        for (let n = 0; n < 20; n += 1) {
          await notes.put({ id: 'n1', text: `version ${n}` });
        }
        await notes.insert({ id: 'n2', text: 'gone' });
        await notes.delete('n2');
        expect(journalLines(dataDir)).to.have.length(22);
      });

      await withNotes(dataDir, async (db) => {
        expect((await db.collection<Note>(notesSpec).get('n1'))?.text).to.equal('version 19');
        expect(journalLines(dataDir)).to.have.length(1);
      });
    });

    it('compacts while running once the journal outgrows the live documents', async () => {
      const dataDir = freshDir();
      await withNotes(dataDir, async (db) => {
        const notes = db.collection<Note>(notesSpec);
        for (let n = 0; n < 25; n += 1) {
          await notes.put({ id: 'n1', text: `version ${n}` });
        }
      }, { compactAfter: 10 });

      expect(journalLines(dataDir).length).to.be.below(11);
      await withNotes(dataDir, async (db) => {
        expect((await db.collection<Note>(notesSpec).get('n1'))?.text).to.equal('version 24');
      });
    });
  });

  describe('retention timer', () => {
    it('purges expired documents from disk on its own', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2026-05-01T00:00:00Z'), toFake: ['Date', 'setInterval', 'clearInterval'],
      });
      const dataDir = freshDir();
      try {
        const db = await EmbeddedDatabase.open({ dataDir, purgeIntervalMs: 60_000 });
        const notes = db.collection<Note>(notesSpec);
        await notes.insert({ id: 'n1', text: 'a', expiresAt: new Date(Date.now() + 1000) });
        await notes.insert({ id: 'n2', text: 'b' });
        const purged = sinon.spy(db, 'purgeExpired');

        clock.tick(60_000);
        await purged.firstCall.returnValue;
        await db.close();

        expect(await purged.firstCall.returnValue).to.equal(1);
        expect(journalLines(dataDir)).to.include('{"op":"del","id":"n1"}');
        await withNotes(dataDir, async (again) => {
          expect(await again.collection<Note>(notesSpec).count({})).to.equal(1);
        });
        expect(journalLines(dataDir).join('\n')).to.not.include('"n1"');
      } finally {
        clock.restore();
      }
    });
  });

  describe('data directory lock', () => {
    it('refuses a second open of the same directory while the first is open', async () => {
      const dataDir = freshDir();
      const first = await EmbeddedDatabase.open({ dataDir });

      await expectError(EmbeddedDatabase.open({ dataDir }), /already open/);
      await first.close();
      await (await EmbeddedDatabase.open({ dataDir })).close();
    });

    it('refuses a directory held by another live process', async () => {
      const dataDir = freshDir();
      writeFileSync(join(dataDir, 'LOCK'), `${process.ppid}\n`);

      await expectError(EmbeddedDatabase.open({ dataDir }), /in use by process/);
    });
  });

  describe('closed store', () => {
    it('refuses writes at once, without retrying, and keeps nothing of them', async () => {
      const dataDir = freshDir();
      const engine = await EmbeddedDatabase.open({ dataDir });
      const notes = engine.collection<Note>(notesSpec);
      await notes.count({});
      const closing = engine.close();
      const sleep = sinon.stub().resolves();
      const db = new ResilientDatabase(engine, { ...instantRetry, sleep });
      await closing;

      await expectError(db.collection<Note>(notesSpec).insert({ id: 'n1', text: 'late' }),
        /closed/);

      expect(sleep.called, 'retried').to.equal(false);
      expect(await notes.get('n1')).to.equal(undefined);
      expect(await db.health()).to.deep.equal({ ok: false, engine: 'embedded', detail: 'closed' });
    });
  });

  describe('failing disk', () => {
    let refused: sinon.SinonStub | undefined;

    afterEach(() => {
      refused?.restore();
    });

    it('forgets a write the disk refused, reports it, and recovers', async () => {
      const dataDir = freshDir();
      const db = new ResilientDatabase(await EmbeddedDatabase.open({ dataDir }), instantRetry);
      const notes = db.collection<Note>(notesSpec);
      await notes.insert({ id: 'n1', text: 'kept' });
      refused = await refuseDurableWrites(dataDir);

      await expectError(notes.insert({ id: 'n2', text: 'refused' }), /EIO/);
      await expectError(notes.update('n1', { text: 'refused' }), /EIO/);

      expect(await notes.get('n2')).to.equal(undefined);
      expect((await notes.get('n1'))?.text).to.equal('kept');
      expect(refused.callCount, 'each write tried three times').to.equal(6);
      expect(await db.health()).to.include({ ok: false });

      refused.restore();
      await notes.insert({ id: 'n3', text: 'after' });
      expect(await db.health()).to.include({ ok: true });
      await db.close();
      const again = await EmbeddedDatabase.open({ dataDir });
      const ids = (await again.collection<Note>(notesSpec).find({})).map((n) => n.id).sort();
      expect(ids).to.deep.equal(['n1', 'n3']);
      await again.close();
    });
  });
});
