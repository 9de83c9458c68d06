import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { BOT_STATE, ExpiringStorage } from '../../bots/stateExpiry';
import { openDatabase } from '../../storage';
import { BotStateDocument, CollectionStorage } from '../../storage/botStorage';
import { MemoryCollection } from '../helpers/memoryCollection';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date('2026-03-01T10:00:00Z');

function world() {
  const clock = { now: START };
  const documents = new MemoryCollection<BotStateDocument>();
  const inner = new CollectionStorage(documents);
  const storage = new ExpiringStorage(inner, { documents, clock: () => clock.now });
  const later = (days: number): void => {
    clock.now = new Date(START.getTime() + days * DAY_MS);
  };
  return { clock, inner, documents, storage, later };
}

const KEY = 'webchat/conversations/c1/';

describe('conversation state expiry (30 days)', () => {
  it('gives back what was written, without its timestamp', async () => {
    const { storage } = world();
    await storage.write({ [KEY]: { draft: 'vélo', eTag: '*' } });

    const items = await storage.read([KEY]);

    expect(items[KEY]).to.include({ draft: 'vélo' });
    expect(items[KEY]).not.to.have.property('_savedAt');
  });

  const reads: Array<[number, boolean]> = [[29, true], [30, true], [31, false], [365, false]];
  reads.forEach(([days, kept]) => {
    it(`${kept ? 'keeps' : 'forgets and deletes'} state unchanged for ${days} days`, async () => {
      const { storage, inner, later } = world();
      await storage.write({ [KEY]: { draft: 'vélo', eTag: '*' } });
      later(days);

      const items = await storage.read([KEY]);

      expect(KEY in items).to.equal(kept);
      expect(KEY in await inner.read([KEY])).to.equal(kept);
    });
  });

  it('counts from the last change, not the first', async () => {
    const { storage, later } = world();
    await storage.write({ [KEY]: { step: 1, eTag: '*' } });
    later(20);
    await storage.write({ [KEY]: { step: 2, eTag: '*' } });
    later(45);

    expect((await storage.read([KEY]))[KEY]).to.include({ step: 2 });
  });

  it('purges state nobody reads again, and only that', async () => {
    const { storage, inner, documents, later } = world();
    await storage.write({ [KEY]: { draft: 'vélo', eTag: '*' } });
    later(10);
    await storage.write({ 'webchat/conversations/c2/': { draft: 'sac', eTag: '*' } });
    later(35);

    const purged = await storage.purge();

    expect(purged).to.equal(1);
    expect(Object.keys(await inner.read([KEY, 'webchat/conversations/c2/'])))
      .to.deep.equal(['webchat/conversations/c2/']);
    expect([...documents.docs.keys()]).to.deep.equal(['webchat/conversations/c2/']);
  });

  it('purges nothing younger than 30 days', async () => {
    const { storage, later } = world();
    await storage.write({ [KEY]: { draft: 'vélo', eTag: '*' } });
    later(30);

    expect(await storage.purge()).to.equal(0);
  });

  it('leaves alone state written before expiry existed (no stamp) until its next write',
    async () => {
      const { storage, inner, later } = world();
      await inner.write({ [KEY]: { draft: 'vélo', eTag: '*' } });
      later(100);

      expect(await storage.purge()).to.equal(0);
      expect((await storage.read([KEY]))[KEY]).to.include({ draft: 'vélo' });
    });

  it('purges page by page, more than one page of state', async () => {
    const { storage, later } = world();
    const many = Object.fromEntries(Array.from({ length: 1234 }, (_, index) =>
      [`webchat/conversations/c${index}/`, { index, eTag: '*' }]));
    await storage.write(many);
    later(31);

    expect(await storage.purge()).to.equal(1234);
    expect(await storage.purge()).to.equal(0);
  });

  it('a conversation comes back empty after 31 days, through ConversationState', async () => {
    const { storage, later } = world();
    const state = new ConversationState(storage);
    const draft = state.createProperty<string>('draft');
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const before = await draft.get(context, 'none');
      await context.sendActivity(before);
      await draft.set(context, context.activity.text ?? '');
      await state.saveChanges(context);
    });

    await adapter.send('vélo').assertReply('none');
    later(31);
    await adapter.send('sac').assertReply('none');
    later(1);
    await adapter.send('clé').assertReply('sac');
  });

  it('purges on the embedded store too', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'state-expiry-'));
    const database = await openDatabase({ dataDir });
    try {
      const clock = { now: START };
      const storage = new ExpiringStorage(database.botStorage, {
        documents: database.collection<BotStateDocument>(BOT_STATE), clock: () => clock.now,
      });
      await storage.write({ [KEY]: { draft: 'vélo', eTag: '*' } });
      clock.now = new Date(START.getTime() + 31 * DAY_MS);

      expect(await storage.purge()).to.equal(1);
      expect(await database.botStorage.read([KEY])).to.deep.equal({});
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
