import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import type { Collection, StoredDocument } from '../../storage/types';

interface Line extends StoredDocument {
  conversationId: string;
  text: string;
  version?: number;
}

const linesSpec = {
  name: 'lines',
  indexes: [[{ field: 'conversationId', direction: 1 as const }]],
};

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'embedded-reads-'));
}

async function withLines(dataDir: string,
  work: (lines: Collection<Line>) => Promise<void>,
  options: { compactAfter?: number } = {}): Promise<void> {
  const db = await EmbeddedDatabase.open({ dataDir, ...options });
  try {
    await work(db.collection<Line>(linesSpec));
  } finally {
    await db.close();
  }
}

describe('embedded engine: documents read back from the journal', () => {
  it('holds no copy of a stored document: a read returns what the journal file holds', async () => {
    const dataDir = freshDir();
    await withLines(dataDir, async (lines) => {
      await lines.insert({ id: 'l1', conversationId: 'c1', text: 'aaaa' });
      const file = join(dataDir, 'lines.jsonl');
      // the same number of bytes, changed behind the store's back
      writeFileSync(file, readFileSync(file, 'utf8').replace('aaaa', 'bbbb'));

      expect(await lines.get('l1')).to.deep.equal({ id: 'l1', conversationId: 'c1', text: 'bbbb' });
    });
  });

  it('gives each reader its own copy, and the caller\'s objects stay theirs', async () => {
    const dataDir = freshDir();
    await withLines(dataDir, async (lines) => {
      const doc: Line = { id: 'l1', conversationId: 'c1', text: 'kept' };
      await lines.insert(doc);
      doc.text = 'changed by the caller';
      const first = await lines.get('l1');
      if (first !== undefined) {
        first.text = 'changed by a reader';
      }

      expect((await lines.get('l1'))?.text).to.equal('kept');
      expect((await lines.find({ conversationId: 'c1' }))[0]?.text).to.equal('kept');
    });
  });

  it('reads the right versions after compactions while running', async () => {
    const dataDir = freshDir();
    await withLines(dataDir, async (lines) => {
      for (let version = 0; version < 30; version += 1) {
        await Promise.all(['a', 'b', 'c'].map((id) =>
          lines.put({ id, conversationId: `c-${id}`, text: `${id}${version}`, version })));
      }
      const updated = await lines.update('b', { text: 'cas' }, { version: 29 });

      expect(updated?.text).to.equal('cas');
      expect((await lines.get('a'))?.text).to.equal('a29');
      expect((await lines.find({ conversationId: 'c-c' })).map((l) => l.text))
        .to.deep.equal(['c29']);
      const onDisk = readFileSync(join(dataDir, 'lines.jsonl'), 'utf8').split('\n');
      expect(onDisk.length, 'the journal was compacted').to.be.below(30);
    }, { compactAfter: 10 });

    await withLines(dataDir, async (lines) => {
      const texts = (await lines.find({}, { sort: [{ field: 'id', direction: 1 }] }))
        .map((l) => l.text);
      expect(texts).to.deep.equal(['a29', 'cas', 'c29']);
    });
  });

  it('finds by an indexed field as documents sharing its value come and go', async () => {
    const dataDir = freshDir();
    await withLines(dataDir, async (lines) => {
      const ids = async (): Promise<string[]> =>
        (await lines.find({ conversationId: 'x' })).map((l) => l.id).sort();
      await lines.insert({ id: 'a', conversationId: 'x', text: '' });
      await lines.insert({ id: 'b', conversationId: 'x', text: '' });
      await lines.insert({ id: 'c', conversationId: 'x', text: '' });
      expect(await ids()).to.deep.equal(['a', 'b', 'c']);

      await lines.delete('b');
      await lines.update('c', { conversationId: 'y' });
      expect(await ids()).to.deep.equal(['a']);

      await lines.delete('a');
      expect(await ids()).to.deep.equal([]);

      await lines.insert({ id: 'd', conversationId: 'x', text: '' });
      expect(await ids()).to.deep.equal(['d']);
      expect((await lines.find({ conversationId: 'y' })).map((l) => l.id)).to.deep.equal(['c']);
    });
  });

  it('pages through a collection sorted by id, with or without a filter', async () => {
    const dataDir = freshDir();
    await withLines(dataDir, async (lines) => {
      for (const id of ['d', 'a', 'c', 'b', 'e']) {
        await lines.insert({ id, conversationId: 'aec'.includes(id) ? 'x' : 'y', text: id });
      }
      const page = async (filter: Record<string, string>, direction: 1 | -1, skip: number,
        limit?: number): Promise<string[]> => (await lines.find(filter,
        { sort: [{ field: 'id', direction }], skip, limit })).map((l) => l.text);

      expect(await page({}, 1, 1, 2)).to.deep.equal(['b', 'c']);
      expect(await page({}, -1, 1, 2)).to.deep.equal(['d', 'c']);
      expect(await page({}, 1, 0)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(await page({ conversationId: 'x' }, 1, 1, 5)).to.deep.equal(['c', 'e']);
      expect(await page({ text: 'd' }, 1, 0)).to.deep.equal(['d']);
      expect(await page({}, 1, 5, 2)).to.deep.equal([]);
    });
  });

  it('reads documents loaded from a journal holding several versions of each', async () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, 'lines.jsonl'), [
      '{"op":"put","doc":{"id":"a","conversationId":"x","text":"é1"}}',
      '{"op":"put","doc":{"id":"b","conversationId":"x","text":"b1"}}',
      '{"op":"put","doc":{"id":"a","conversationId":"y","text":"été 2 ✓"}}',
      '{"op":"del","id":"b"}',
      '',
    ].join('\n'));

    await withLines(dataDir, async (lines) => {
      expect(await lines.get('a'))
        .to.deep.equal({ id: 'a', conversationId: 'y', text: 'été 2 ✓' });
      expect(await lines.get('b')).to.equal(undefined);
      expect(await lines.find({ conversationId: 'x' })).to.deep.equal([]);
    });
  });

  it('keeps documents larger than the read and write buffers whole across restarts', async () => {
    const dataDir = freshDir();
    const big = 'é'.repeat(1_500_000);
    await withLines(dataDir, async (lines) => {
      await lines.insert({ id: 'small1', conversationId: 'c', text: 'before' });
      await lines.insert({ id: 'big', conversationId: 'c', text: big });
      await lines.insert({ id: 'small2', conversationId: 'c', text: 'after' });
    });

    for (let restart = 0; restart < 2; restart += 1) {
      await withLines(dataDir, async (lines) => {
        expect((await lines.get('big'))?.text).to.equal(big);
        expect((await lines.get('small1'))?.text).to.equal('before');
        expect((await lines.get('small2'))?.text).to.equal('after');
      });
    }
  });

  it('refuses reads once closed instead of answering from stale memory', async () => {
    const dataDir = freshDir();
    const db = await EmbeddedDatabase.open({ dataDir });
    const lines = db.collection<Line>(linesSpec);
    await lines.insert({ id: 'l1', conversationId: 'c1', text: 'a' });
    await db.close();

    let failure: unknown;
    await lines.get('l1').catch((error: unknown) => { failure = error; });
    expect(failure).to.be.instanceOf(Error).with.property('name', 'StoreClosedError');
  });
});
