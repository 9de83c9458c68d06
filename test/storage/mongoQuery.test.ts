import { expect } from 'chai';
import type { ChangeStreamDocument } from 'mongodb';
import { InvalidQueryError } from '../../storage/filter';
import { changePipeline, toEvent } from '../../storage/mongo/changes';
import {
  fromMongoDoc, indexDescriptions, liveClause, toMongoDoc, toMongoFilter, toSort,
} from '../../storage/mongo/query';
import type { Filter } from '../../storage/types';

/** These run without a server: what the MongoDB engine sends to the driver. */
describe('MongoDB query building', () => {
  it('maps our id to _id in documents, filters and sorts', () => {
    expect(toMongoDoc({ id: 'a.b$c', state: 'x' })).to.deep.equal({ _id: 'a.b$c', state: 'x' });
    expect(fromMongoDoc({ _id: 'a.b$c', state: 'x' })).to.deep.equal({ id: 'a.b$c', state: 'x' });
    expect(toMongoFilter({ id: 'k', 'unit.code': '75' }))
      .to.deep.equal({ _id: 'k', 'unit.code': '75' });
    expect(toSort([{ field: 'id', direction: -1 }])).to.deep.equal({ _id: -1 });
  });

  it('never lets an operator through a filter', () => {
    for (const json of ['{"a":{"$gt":""}}', '{"$where":"1"}', '{"a":[1]}', '{"a.$b":1}']) {
      const filter: Filter = JSON.parse(json);

      expect(() => toMongoFilter(filter), json).to.throw(InvalidQueryError);
      expect(() => changePipeline(filter), json).to.throw(InvalidQueryError);
    }
  });

  it('hides expired documents that the TTL monitor has not removed yet', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');

    expect(liveClause({ name: 'c', ttlField: 'expiresAt' }, now))
      .to.deep.equal({ $nor: [{ expiresAt: { $lte: new Date(now) } }] });
    expect(liveClause({ name: 'c' }, now)).to.deep.equal({});
  });

  it('declares partial unique indexes, secondary indexes and a TTL index', () => {
    const indexes = indexDescriptions({
      name: 'requests',
      unique: [['id'], ['reference'], ['unit', 'number']],
      indexes: [[{ field: 'state', direction: 1 }, { field: 'createdAt', direction: -1 }]],
      ttlField: 'expiresAt',
    });

    expect(indexes).to.deep.equal([
      { key: { reference: 1 }, unique: true,
        partialFilterExpression: { reference: { $exists: true } } },
      { key: { unit: 1, number: 1 }, unique: true,
        partialFilterExpression: { unit: { $exists: true }, number: { $exists: true } } },
      { key: { state: 1, createdAt: -1 } },
      { key: { expiresAt: 1 }, expireAfterSeconds: 0 },
    ]);
  });

  it('watches documents matching the filter, and deletes only by id', () => {
    expect(changePipeline({ state: 'open' })).to.deep.equal([{ $match: {
      operationType: { $in: ['insert', 'update', 'replace'] }, 'fullDocument.state': 'open',
    } }]);
    expect(changePipeline({ id: 'c1' })).to.deep.equal([{ $match: {
      operationType: { $in: ['insert', 'update', 'replace', 'delete'] }, 'documentKey._id': 'c1',
    } }]);
  });

  it('turns change stream documents into change events', () => {
    // Only the fields the engine reads; the server sends more (clusterTime, txnNumber...).
    const change = (fields: object) => ({
      _id: { _data: 't' }, ns: { db: 'd', coll: 'c' }, documentKey: { _id: 'k' }, ...fields,
    }) as unknown as ChangeStreamDocument;

    expect(toEvent(change({ operationType: 'delete' }))).to.deep.equal({ type: 'delete', id: 'k' });
    expect(toEvent(change({ operationType: 'insert', fullDocument: { _id: 'k', n: 1 } })))
      .to.deep.equal({ type: 'insert', id: 'k', doc: { id: 'k', n: 1 } });
    expect(toEvent(change({ operationType: 'update', fullDocument: null }))).to.equal(undefined);
    expect(toEvent(change({ operationType: 'drop' }))).to.equal(undefined);
  });
});
