import { expect } from 'chai';
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { DirectLineAdapter, LOCAL_SERVICE_URL } from '../../directline/adapter';
import { DirectLineChannel } from '../../directline/channel';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity,
} from '../../directline/conversationLog';
import { MemoryCollection } from '../../directline/memoryCollection';
import { StreamHub } from '../../directline/streamHub';

const reference: Partial<ConversationReference> = {
  channelId: 'directline', serviceUrl: LOCAL_SERVICE_URL,
  conversation: { id: 'conv', isGroup: false, conversationType: 'personal', name: '' },
  user: { id: 'dl_user', name: '', role: 'user' },
  bot: { id: 'brigade-numerique', name: 'Brigade numérique', role: 'bot' },
};

describe('DirectLineAdapter', () => {
  let log: CollectionConversationLog;
  let hub: StreamHub;
  let adapter: DirectLineAdapter;

  beforeEach(async () => {
    log = new CollectionConversationLog(
      new MemoryCollection<ConversationRecord>(CONVERSATIONS_SPEC),
      new MemoryCollection<LoggedActivity>(ACTIVITIES_SPEC));
    await log.create('conv', 'dl_user');
    hub = new StreamHub();
    adapter = new DirectLineAdapter(new DirectLineChannel(log, hub));
  });

  afterEach(() => hub.closeAll());

  it('appends what the bot sends to the conversation log, from the bot', async () => {
    await adapter.continueConversation(reference, async (context) => {
      const sent = await context.sendActivity('Bonjour');
      expect(sent?.id).to.equal('conv|0000000');
    });

    const [stored] = (await log.after('conv')).activities;
    expect(stored).to.include({ type: 'message', text: 'Bonjour' });
    expect(stored.from).to.include({ id: 'brigade-numerique', role: 'bot' });
    expect(stored.recipient).to.include({ id: 'dl_user' });
  });

  it('neither stores nor streams trace activities (dialog state snapshots)', async () => {
    await adapter.continueConversation(reference, async (context) => {
      await context.sendActivity({ type: 'trace', name: 'BotState', value: { answers: 1 } });
      await context.sendActivity('Bonjour');
    });

    const stored = (await log.after('conv')).activities;
    expect(stored.map((activity) => activity.type)).to.deep.equal(['message']);
  });

  it('keeps handoff protocol events (with their transcript) off the citizen\'s chat', async () => {
    await adapter.continueConversation(reference, async (context) => {
      await context.sendActivity({ type: 'event', name: 'handoff.initiate', value: {} });
      await context.sendActivity({ type: 'event', name: 'webchat/ready' });
    });

    const stored = (await log.after('conv')).activities;
    expect(stored.map((activity) => activity.name)).to.deep.equal(['webchat/ready']);
  });

  it('runs its middleware on every turn, proactive ones included', async () => {
    const seen: string[] = [];
    adapter.use(async (context, next) => {
      seen.push(context.activity.type);
      await next();
    });

    await adapter.processActivity({ ...TurnContext.applyConversationReference(
      { type: 'message', text: 'x' }, reference, true) }, async () => undefined);
    await adapter.continueConversationAsync('app-id', reference, async () => undefined);

    expect(seen).to.deep.equal(['message', 'event']);
  });

  it('accepts every continueConversationAsync form of BotAdapter', async () => {
    const calls: string[] = [];
    const logic = async (context: TurnContext): Promise<void> => {
      calls.push(context.activity.name ?? '');
    };

    await adapter.continueConversationAsync('app-id', reference, logic);
    await adapter.continueConversationAsync(
      { isAuthenticated: false, claims: [], getClaimValue: () => null }, reference, 'aud', logic);

    expect(calls).to.deep.equal(['ContinueConversation', 'ContinueConversation']);
  });

  it('keeps invoke responses in the turn instead of sending them', async () => {
    await adapter.continueConversation(reference, async (context) => {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
    });

    expect((await log.after('conv')).activities).to.deep.equal([]);
  });

  it('refuses to update or delete a sent activity, saying so', async () => {
    let update: unknown;
    let remove: unknown;
    await adapter.continueConversation(reference, async (context) => {
      await context.updateActivity({ id: 'conv|0000000', text: 'x' } as Partial<Activity>)
        .catch((error: unknown) => { update = error; });
      await context.deleteActivity('conv|0000000').catch((error: unknown) => { remove = error; });
    });

    expect(String(update)).to.match(/cannot update/);
    expect(String(remove)).to.match(/cannot delete/);
  });
});
