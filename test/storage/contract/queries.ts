import { expect } from 'chai';
import { InvalidQueryError } from '../../../storage/filter';
import type { Filter, StoredDocument } from '../../../storage/types';
import type { StoreRef } from '../contract';
import { expectError } from './collection';

interface Entry extends StoredDocument {
  state: string;
  rank: number;
  unit?: { code: string };
  tag?: string | null;
}

const spec = {
  name: 'queue',
  indexes: [[{ field: 'state', direction: 1 as const }, { field: 'rank', direction: 1 as const }]],
};

/** What a hostile client would send, parsed from JSON as a careless handler would. */
function hostile(json: string): Filter {
  return JSON.parse(json);
}

export function queryContract(ref: StoreRef): void {
  const queue = () => ref.current.db.collection<Entry>(spec);

  async function seed(): Promise<void> {
    await queue().insert({ id: 'e1', state: 'waiting', rank: 3, unit: { code: '75' } });
    await queue().insert({ id: 'e2', state: 'waiting', rank: 1, unit: { code: '13' } });
    await queue().insert({ id: 'e3', state: 'claimed', rank: 2, tag: 'vip' });
    await queue().insert({ id: 'e4', state: 'waiting', rank: 2, unit: { code: '75' } });
  }

  const ids = (entries: Entry[]) => entries.map((entry) => entry.id);

  describe('queries', () => {
    it('filters on equality, dotted paths included', async () => {
      await seed();

      expect(ids(await queue().find({ state: 'waiting', 'unit.code': '75' })).sort())
        .to.deep.equal(['e1', 'e4']);
      expect(await queue().count({ state: 'claimed' })).to.equal(1);
      expect(await queue().find({ state: 'unknown' })).to.deep.equal([]);
    });

    it('matches a missing field with null', async () => {
      await seed();

      expect(ids(await queue().find({ tag: null })).sort()).to.deep.equal(['e1', 'e2', 'e4']);
    });

    it('sorts on several keys, then skips and limits', async () => {
      await seed();
      const sort = [
        { field: 'state', direction: -1 as const }, { field: 'rank', direction: 1 as const },
      ];

      expect(ids(await queue().find({}, { sort }))).to.deep.equal(['e2', 'e4', 'e1', 'e3']);
      expect(ids(await queue().find({}, { sort, skip: 1, limit: 2 }))).to.deep.equal(['e4', 'e1']);
      expect(ids(await queue().find({ state: 'waiting' }, {
        sort: [{ field: 'rank', direction: -1 }], limit: 1,
      }))).to.deep.equal(['e1']);
    });

    it('deletes every matching document and says how many', async () => {
      await seed();

      expect(await queue().deleteMany({ state: 'waiting' })).to.equal(3);
      expect(ids(await queue().find({}))).to.deep.equal(['e3']);
    });

    it('refuses a bad limit, skip or sort direction', async () => {
      await expectError(queue().find({}, { limit: -1 }), InvalidQueryError);
      await expectError(queue().find({}, { skip: 1.5 }), InvalidQueryError);
      await expectError(queue().find({}, JSON.parse('{"sort":[{"field":"rank","direction":0}]}')),
        InvalidQueryError);
    });
  });

  describe('injection attempts', () => {
    it('refuses an operator as a filter value', async () => {
      await seed();

      await expectError(queue().find(hostile('{"state":{"$gt":""}}')), InvalidQueryError);
      await expectError(queue().count(hostile('{"state":{"$ne":null}}')), InvalidQueryError);
      await expectError(queue().deleteMany(hostile('{"state":{"$exists":true}}')),
        InvalidQueryError);
      expect(await queue().count({})).to.equal(4);
    });

    it('refuses an operator as a filter key, at any depth of the path', async () => {
      await expectError(queue().find(hostile('{"$where":"sleep(1000)"}')), InvalidQueryError);
      await expectError(queue().find(hostile('{"unit.$code":"75"}')), InvalidQueryError);
      await expectError(queue().find(hostile('{"$or":[{"state":"a"}]}')), InvalidQueryError);
    });

    it('refuses arrays and objects as values, and operators in a compare-and-set', async () => {
      await seed();

      await expectError(queue().find(hostile('{"state":["waiting"]}')), InvalidQueryError);
      await expectError(queue().update('e1', { state: 'x' }, hostile('{"state":{"$ne":"x"}}')),
        InvalidQueryError);
      expect((await queue().get('e1'))?.state).to.equal('waiting');
    });

    it('refuses operators and paths as update fields', async () => {
      await seed();

      await expectError(queue().update('e1', JSON.parse('{"$set":{"state":"x"}}')),
        InvalidQueryError);
      await expectError(queue().update('e1', JSON.parse('{"unit.code":"00"}')),
        InvalidQueryError);
    });

    it('stores an operator-looking string as plain data', async () => {
      await queue().insert({ id: 'e9', state: '{"$gt":""}', rank: 0 });

      expect(ids(await queue().find({ state: '{"$gt":""}' }))).to.deep.equal(['e9']);
      expect(await queue().find({ state: '' })).to.deep.equal([]);
    });
  });
}
