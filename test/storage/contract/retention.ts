import { expect } from 'chai';
import sinon from 'sinon';
import type { StoredDocument } from '../../../storage/types';
import type { StoreRef } from '../contract';

interface Draft extends StoredDocument {
  owner: string;
  reference?: string;
  expiresAt?: Date;
}

const spec = { name: 'drafts', unique: [['reference']], ttlField: 'expiresAt' };
const DAY = 24 * 3600 * 1000;

export function retentionContract(ref: StoreRef): void {
  const drafts = () => ref.current.db.collection<Draft>(spec);

  describe('retention (TTL field)', () => {
    let clock: sinon.SinonFakeTimers;

    beforeEach(() => {
      // Only Date is faked: the engines still do real I/O. The fake clock starts at the
      // real time, so that MongoDB's own TTL monitor never removes a document early.
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    });

    afterEach(() => {
      clock.restore();
    });

    it('keeps a document until its date, then never returns it', async () => {
      await drafts().insert({ id: 'd1', owner: 'a', expiresAt: new Date(Date.now() + 30 * DAY) });
      await drafts().insert({ id: 'd2', owner: 'a' });

      clock.tick(30 * DAY - 1);
      expect(await drafts().get('d1')).to.not.equal(undefined);

      clock.tick(1);
      expect(await drafts().get('d1')).to.equal(undefined);
      expect((await drafts().find({ owner: 'a' })).map((d) => d.id)).to.deep.equal(['d2']);
      expect(await drafts().count({})).to.equal(1);
      expect(await drafts().update('d1', { owner: 'b' })).to.equal(undefined);
      expect(await drafts().delete('d1')).to.equal(false);
    });

    it('lets a new document take the id or unique value of an expired one', async () => {
      const soon = new Date(Date.now() + DAY);
      await drafts().insert({ id: 'd1', owner: 'a', reference: 'R1', expiresAt: soon });

      clock.tick(DAY);

      await drafts().insert({ id: 'd1', owner: 'b' });
      await drafts().insert({ id: 'd2', owner: 'b', reference: 'R1' });
      expect(await drafts().count({ owner: 'b' })).to.equal(2);
    });

    it('extends retention when the date is moved forward', async () => {
      await drafts().insert({ id: 'd1', owner: 'a', expiresAt: new Date(Date.now() + DAY) });

      await drafts().update('d1', { expiresAt: new Date(Date.now() + 2 * DAY) });
      clock.tick(DAY);

      expect(await drafts().get('d1')).to.not.equal(undefined);
    });
  });

  describe('durability', () => {
    it('finds every acknowledged write after close and reopen', async () => {
      const spec2 = { name: 'notes', unique: [['ref']] };
      const notes = ref.current.db.collection<{ id: string; ref: string; n: number }>(spec2);
      await Promise.all(Array.from({ length: 50 }, (_, n) =>
        notes.insert({ id: `n${n}`, ref: `R${n}`, n })));
      await notes.update('n1', { n: 100 });
      await notes.delete('n2');
      await ref.current.db.botStorage.write({ 'conv/1': { step: 3 } });

      const db = await ref.current.reopen();

      const again = db.collection<{ id: string; ref: string; n: number }>(spec2);
      expect(await again.count({})).to.equal(49);
      expect((await again.get('n1'))?.n).to.equal(100);
      expect(await again.get('n2')).to.equal(undefined);
      expect((await db.botStorage.read(['conv/1']))['conv/1'].step).to.equal(3);
      let duplicate: unknown;
      await again.insert({ id: 'x', ref: 'R3', n: 0 }).catch((error: unknown) => {
        duplicate = error;
      });
      expect(duplicate, 'unique index rebuilt after reopen').to.be.instanceOf(Error);
    });
  });
}
