import { expect } from 'chai';
import type { StoreRef } from '../contract';
import { expectError } from './collection';

export function botStorageContract(ref: StoreRef): void {
  const storage = () => ref.current.db.botStorage;

  describe('Bot Framework Storage', () => {
    it('reads back what it wrote, with an eTag, and omits missing keys', async () => {
      await storage().write({ 'conv/1': { step: 2, answers: { city: 'Lyon' } } });

      const items = await storage().read(['conv/1', 'conv/none']);

      expect(Object.keys(items)).to.deep.equal(['conv/1']);
      expect(items['conv/1']).to.include({ step: 2 });
      expect(items['conv/1'].answers).to.deep.equal({ city: 'Lyon' });
      expect(items['conv/1'].eTag).to.be.a('string').and.not.equal('');
    });

    it('accepts the current eTag and gives a new one', async () => {
      await storage().write({ k: { n: 1 } });
      const first = (await storage().read(['k'])).k;

      await storage().write({ k: { ...first, n: 2 } });

      const second = (await storage().read(['k'])).k;
      expect(second.n).to.equal(2);
      expect(second.eTag).to.not.equal(first.eTag);
    });

    it('rejects a stale eTag and keeps the newer state', async () => {
      await storage().write({ k: { n: 1 } });
      const stale = (await storage().read(['k'])).k;
      await storage().write({ k: { ...stale, n: 2 } });

      await expectError(storage().write({ k: { ...stale, n: 3 } }), /eTag conflict/);
      expect((await storage().read(['k'])).k.n).to.equal(2);
    });

    it('writes unconditionally with "*" or without an eTag', async () => {
      await storage().write({ k: { n: 1 } });

      await storage().write({ k: { n: 2, eTag: '*' } });
      expect((await storage().read(['k'])).k.n).to.equal(2);
      await storage().write({ k: { n: 3 } });
      expect((await storage().read(['k'])).k.n).to.equal(3);
    });

    it('writes an item with an eTag when nothing is stored under its key', async () => {
      await storage().write({ k: { n: 1, eTag: 'from-a-deleted-item' } });

      expect((await storage().read(['k'])).k.n).to.equal(1);
    });

    it('lets one of several concurrent writers with the same eTag win', async () => {
      await storage().write({ k: { n: 0 } });
      const base = (await storage().read(['k'])).k;

      const results = await Promise.allSettled([1, 2, 3, 4].map((n) =>
        storage().write({ k: { ...base, n } })));

      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    });

    it('deletes, and deleting a missing key is fine', async () => {
      await storage().write({ k: { n: 1 } });

      await storage().delete(['k', 'never-written']);

      expect(await storage().read(['k'])).to.deep.equal({});
    });

    it('allows any character in keys and in the item field names', async () => {
      const key = 'emulator/conversations/a.b$c/d é?#%';
      await storage().write({ [key]: { '$type': 'x', 'a.b': 1, nested: { '$x': true } } });

      const item = (await storage().read([key]))[key];

      expect(item).to.include({ '$type': 'x', 'a.b': 1 });
      expect(item.nested).to.deep.equal({ '$x': true });
    });

    it('refuses an empty key, and an item that is not an object', async () => {
      await expectError(storage().read(['']), /keys/);
      await expectError(storage().write({ k: 'text' }), /must be an object/);
    });
  });
}
