import { expect } from 'chai';
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase } from '../../storage';
import { LeaseManager } from '../../storage/leases';

interface Counter {
  turns: number;
}

/** The botbuilder side: ConversationState on our Storage, as the bot uses it. */
function countingBot(state: ConversationState) {
  const counter = state.createProperty<Counter>('counter');
  return async (context: TurnContext): Promise<void> => {
    const value = await counter.get(context, { turns: 0 });
    value.turns += 1;
    await counter.set(context, value);
    await context.sendActivity(`turn ${value.turns}`);
    await state.saveChanges(context);
  };
}

describe('Bot Framework state on the storage contract', () => {
  it('keeps conversation state across turns and across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'botstate-'));
    const first = await openDatabase({ dataDir });
    await new TestAdapter(countingBot(new ConversationState(first.botStorage)))
      .send('un').assertReply('turn 1')
      .send('deux').assertReply('turn 2');
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      await new TestAdapter(countingBot(new ConversationState(second.botStorage)))
        .send('trois').assertReply('turn 3');
    } finally {
      await second.close();
    }
  });

  describe('two messages of one conversation at once', () => {
    function context(adapter: TestAdapter, text: string): TurnContext {
      return new TurnContext(adapter, {
        type: 'message', text, channelId: 'test', id: text,
        conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' },
        from: { id: 'u1', name: '' }, recipient: { id: 'bot', name: '' },
      });
    }

    async function turn(state: ConversationState, turnContext: TurnContext): Promise<void> {
      const counter = state.createProperty<Counter>('counter');
      const value = await counter.get(turnContext, { turns: 0 });
      await new Promise((resolve) => setImmediate(resolve));
      await counter.set(turnContext, { turns: value.turns + 1 });
      await state.saveChanges(turnContext);
    }

    async function turnsSeen(state: ConversationState, adapter: TestAdapter): Promise<number> {
      const counter = state.createProperty<Counter>('counter');
      return (await counter.get(context(adapter, 'read'), { turns: 0 })).turns;
    }

    it('loses a turn without a lease: BotState saves with eTag "*"', async () => {
      const db = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'botstate-')) });
      const adapter = new TestAdapter(async () => undefined);
      const state = new ConversationState(db.botStorage);

      await Promise.all(['un', 'deux'].map((text) => turn(state, context(adapter, text))));

      expect(await turnsSeen(state, adapter)).to.equal(1);
      await db.close();
    });

    it('keeps both turns when they run under the conversation lease', async () => {
      const db = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'botstate-')) });
      const adapter = new TestAdapter(async () => undefined);
      const state = new ConversationState(db.botStorage);
      const leases = LeaseManager.open(db, { owner: 'instance-a', ttlMs: 30_000 });

      await Promise.all(['un', 'deux'].map((text) => leases.runExclusive('test/c1',
        () => turn(state, context(adapter, text)), { retryDelayMs: 1 })));

      expect(await turnsSeen(state, adapter)).to.equal(2);
      await db.close();
    });
  });
});
