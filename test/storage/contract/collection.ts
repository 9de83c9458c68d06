import { expect } from 'chai';
import { DuplicateKeyError, type StoredDocument } from '../../../storage/types';
import type { StoreRef } from '../contract';

interface Request extends StoredDocument {
  reference?: string;
  state: string;
  owner?: { name: string; unit?: string };
  claimedBy?: string;
  createdAt?: Date;
  rank?: number;
}

const spec = {
  name: 'requests',
  unique: [['reference']],
  indexes: [[{ field: 'state', direction: 1 as const }]],
};

export function collectionContract(ref: StoreRef): void {
  const requests = () => ref.current.db.collection<Request>(spec);

  describe('documents', () => {
    it('stores, reads, replaces and deletes a document by id', async () => {
      await requests().insert({ id: 'r1', state: 'draft', owner: { name: 'Camille' } });

      expect(await requests().get('r1'))
        .to.deep.equal({ id: 'r1', state: 'draft', owner: { name: 'Camille' } });

      await requests().put({ id: 'r1', state: 'sent' });
      expect(await requests().get('r1')).to.deep.equal({ id: 'r1', state: 'sent' });

      expect(await requests().delete('r1')).to.equal(true);
      expect(await requests().get('r1')).to.equal(undefined);
    });

    it('says when there was nothing to delete', async () => {
      expect(await requests().delete('missing')).to.equal(false);
    });

    it('keeps Dates as Dates', async () => {
      const createdAt = new Date('2026-03-01T10:00:00.000Z');
      await requests().insert({ id: 'r1', state: 'draft', createdAt });

      const read = await requests().get('r1');

      expect(read?.createdAt).to.be.instanceOf(Date);
      expect(read?.createdAt?.toISOString()).to.equal(createdAt.toISOString());
    });

    it('hands out copies: changing a returned document changes nothing stored', async () => {
      await requests().insert({ id: 'r1', state: 'draft' });
      const read = await requests().get('r1');

      if (read !== undefined) {
        read.state = 'tampered';
      }

      expect((await requests().get('r1'))?.state).to.equal('draft');
    });

    it('accepts any character in an id', async () => {
      const id = 'a.b $c/d\\e?f#g%h é 🚓';
      await requests().insert({ id, state: 'draft' });

      expect((await requests().get(id))?.id).to.equal(id);
      expect(await requests().find({ id })).to.have.length(1);
    });

    it('refuses an empty id', async () => {
      await expectError(requests().insert({ id: '', state: 'draft' }), /id/);
    });
  });

  describe('unique keys', () => {
    it('refuses a second document with the same id', async () => {
      await requests().insert({ id: 'r1', state: 'draft' });

      await expectError(requests().insert({ id: 'r1', state: 'sent' }), DuplicateKeyError);
      expect((await requests().get('r1'))?.state).to.equal('draft');
    });

    it('refuses a taken unique field, by insert, put or update', async () => {
      await requests().insert({ id: 'r1', state: 'sent', reference: 'PP-1' });
      await requests().insert({ id: 'r2', state: 'draft' });

      await expectError(requests().insert({ id: 'r3', state: 'x', reference: 'PP-1' }),
        DuplicateKeyError);
      await expectError(requests().put({ id: 'r2', state: 'x', reference: 'PP-1' }),
        DuplicateKeyError);
      await expectError(requests().update('r2', { reference: 'PP-1' }), DuplicateKeyError);
      expect(await requests().count({ reference: 'PP-1' })).to.equal(1);
    });

    it('does not constrain documents without the unique field', async () => {
      await requests().insert({ id: 'r1', state: 'draft' });
      await requests().insert({ id: 'r2', state: 'draft' });

      expect(await requests().count({ state: 'draft' })).to.equal(2);
    });

    it('frees a unique value when its document changes or goes', async () => {
      await requests().insert({ id: 'r1', state: 'sent', reference: 'PP-1' });
      await requests().update('r1', { reference: 'PP-2' });
      await requests().insert({ id: 'r2', state: 'sent', reference: 'PP-1' });
      await requests().delete('r2');

      await requests().insert({ id: 'r3', state: 'sent', reference: 'PP-1' });
      expect((await requests().find({ reference: 'PP-1' })).map((r) => r.id)).to.deep.equal(['r3']);
    });
  });

  describe('compare-and-set update', () => {
    it('applies the changes and returns the new document when `when` matches', async () => {
      await requests().insert({ id: 'r1', state: 'waiting', rank: 1 });

      const updated = await requests().update('r1', { state: 'claimed' }, { state: 'waiting' });

      expect(updated).to.deep.equal({ id: 'r1', state: 'claimed', rank: 1 });
    });

    it('changes nothing and returns undefined when `when` does not match', async () => {
      await requests().insert({ id: 'r1', state: 'claimed' });

      expect(await requests().update('r1', { state: 'x' }, { state: 'waiting' }))
        .to.equal(undefined);
      expect(await requests().update('missing', { state: 'x' })).to.equal(undefined);
      expect((await requests().get('r1'))?.state).to.equal('claimed');
    });

    it('lets exactly one of many concurrent claims win', async () => {
      await requests().insert({ id: 'r1', state: 'waiting' });
      const agents = Array.from({ length: 40 }, (_, i) => `agent-${i}`);

      const results = await Promise.all(agents.map((agent) =>
        requests().update('r1', { state: 'claimed', claimedBy: agent }, { state: 'waiting' })));

      const winners = results.filter((result) => result !== undefined);
      expect(winners).to.have.length(1);
      expect((await requests().get('r1'))?.claimedBy).to.equal(winners[0]?.claimedBy);
    });

    it('removes a field set to undefined', async () => {
      await requests().insert({ id: 'r1', state: 'claimed', claimedBy: 'agent-1' });

      await requests().update('r1', { state: 'waiting', claimedBy: undefined });

      expect(await requests().get('r1')).to.deep.equal({ id: 'r1', state: 'waiting' });
    });

    it('never changes the id', async () => {
      await requests().insert({ id: 'r1', state: 'draft' });

      await expectError(requests().update('r1', { id: 'r2' }), /id/);
    });
  });
}

/** Awaits a promise that must fail, with an error of that class or message. */
export async function expectError(promise: Promise<unknown>,
  expected: RegExp | (new (...args: never[]) => Error)): Promise<Error> {
  let failure: unknown;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  expect(failure, 'the call should have failed').to.be.instanceOf(Error);
  if (expected instanceof RegExp) {
    expect((failure as Error).message).to.match(expected);
  } else {
    expect(failure).to.be.instanceOf(expected);
  }
  return failure as Error;
}
