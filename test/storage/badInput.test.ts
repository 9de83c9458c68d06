import { expect } from 'chai';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase, type ChangeEvent, type Database } from '../../storage';
import { LeaseManager } from '../../storage/leases';
import { CollectionTranscriptStore } from '../../storage/transcriptStore';
import { expectError } from './contract/collection';

interface Note {
  id: string;
  state: string;
}

describe('storage: bad input and the embedded change feed', () => {
  let db: Database;

  beforeEach(async () => {
    db = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'bad-')) });
  });

  afterEach(async () => {
    await db.close();
  });

  it('refuses a collection name that is not a plain word', () => {
    for (const name of ['', '../etc', 'a.b', 'a/b', '$cmd', 'x'.repeat(65)]) {
      expect(() => db.collection({ name }), name).to.throw(/invalid collection name/);
    }
  });

  it('refuses a spec with an operator or an empty set as a field', () => {
    expect(() => db.collection({ name: 'a', unique: [['$where']] })).to.throw(/field path/);
    expect(() => db.collection({ name: 'b', unique: [[]] })).to.throw(/empty unique/);
    expect(() => db.collection({ name: 'c', indexes: [[]] })).to.throw(/empty index/);
    expect(() => db.collection({ name: 'd', ttlField: 'a..b' })).to.throw(/field path/);
  });

  it('refuses to open one collection with two different specs', () => {
    db.collection({ name: 'notes' });

    expect(() => db.collection({ name: 'notes', ttlField: 'expiresAt' }))
      .to.throw(/already open with another spec/);
  });

  it('refuses a lease or a retention period that is not positive', () => {
    expect(() => LeaseManager.open(db, { owner: 'a', ttlMs: 0 })).to.throw(RangeError);
    expect(() => CollectionTranscriptStore.open(db, { retentionMs: -1 })).to.throw(RangeError);
  });

  it('refuses a storage write that is not a set of items', async () => {
    await expectError(db.botStorage.write(JSON.parse('null')), /must be an object/);
    await expectError(db.botStorage.write({ k: { eTag: 42 } }), /eTag/);
  });

  it('delivers deletes only to subscriptions on the id, and nothing after close', async () => {
    const byState: ChangeEvent<Note>[] = [];
    const byId: ChangeEvent<Note>[] = [];
    const notes = db.collection<Note>({ name: 'notes' });
    const stateFeed = db.subscribe?.<Note>('notes', { state: 'open' }, (e) => byState.push(e));
    db.subscribe?.<Note>('notes', { id: 'n1' }, (e) => byId.push(e));

    await notes.insert({ id: 'n1', state: 'open' });
    await notes.delete('n1');
    await stateFeed?.close();
    await notes.insert({ id: 'n2', state: 'open' });

    expect(byState.map((e) => `${e.type}:${e.id}`)).to.deep.equal(['insert:n1']);
    expect(byId.map((e) => `${e.type}:${e.id}`)).to.deep.equal(['insert:n1', 'delete:n1']);
  });

  it('keeps a failing subscriber from failing the write', async () => {
    db.subscribe?.('notes', {}, () => {
      throw new Error('subscriber bug');
    });

    await db.collection({ name: 'notes' }).insert({ id: 'n1' });

    expect(await db.collection({ name: 'notes' }).count({})).to.equal(1);
  });
});
