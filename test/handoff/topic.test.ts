import { expect } from 'chai';
import sinon from 'sinon';
import type { TurnContext } from 'botbuilder';
import { markFormWaiting } from '../../handoff/handBack';
import { CONVERSATIONS, type HandoffConversation } from '../../handoff/model';
import { understand, world, type World } from './harness';

/** A turn about a topic: the gate, then the bot's answer, noted in `steps`. */
function topicTurn(w: World, topic: string, steps: string[]) {
  return async (context: TurnContext): Promise<void> => {
    const understanding = { ...understand(context.activity.text ?? ''), topic };
    if (await w.handoff.gate.intercept(context, understanding)) {
      return;
    }
    await context.sendActivity('[bot] réponse');
    steps.push('answered');
  };
}

describe('handoff gate, last topic of a conversation with the bot', () => {
  afterEach(() => sinon.restore());

  it('is stored beside the answer, and the turn ends only once it is stored', async () => {
    const w = world();
    const citizen = w.citizen('c1');
    await citizen.turn(topicTurn(w, 'smalltalk.greeting', []),
      { type: 'message', text: 'bonjour' });
    const steps: string[] = [];
    const records = w.database.collection<HandoffConversation>(CONVERSATIONS);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const update = records.update.bind(records);
    sinon.stub(records, 'update').callsFake(async (...args) => {
      steps.push('topic write started');
      await held;
      steps.push('topic stored');
      return update(...args);
    });

    const turn = citizen.turn(topicTurn(w, 'vol', steps),
      { type: 'message', text: 'on m\'a volé mon vélo' }).then(() => steps.push('turn over'));
    // the answer comes while the write is held (a bounded wait: the old gate never answers)
    for (let spins = 0; spins < 1000 && !steps.includes('answered'); spins += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    release();
    await turn;

    expect(steps).to.deep.equal(['topic write started', 'answered', 'topic stored',
      'turn over']);
    expect((await records.get('c1'))?.topic).to.equal('vol');
  });

  it('is stored before a request for a gendarme in the same turn reads the record', async () => {
    const w = world();
    const citizen = w.citizen('c1');

    await citizen.turn(async (context) => {
      const understanding = { ...understand('un vol'), topic: 'vol' };
      await w.handoff.gate.intercept(context, understanding);
      await w.handoff.gate.request(context, 'user_request', 'normal');
    }, { type: 'message', text: 'un vol' });

    expect((await w.handoff.queue.get('c1'))).to.include({ state: 'queued', topic: 'vol' });
  });

  it('is awaited at once where no middleware records the turn', async () => {
    const w = world();
    const citizen = w.citizen('c1', true);
    const steps: string[] = [];

    await citizen.turn(topicTurn(w, 'vol', steps), { type: 'message', text: 'un vol' });

    expect((await w.handoff.queue.get('c1'))?.topic).to.equal('vol');
  });

  it('is not set by an answer typed while a procedure waits for one (tester14 F8)',
    async () => {
      const w = world();
      const citizen = w.citizen('c1');
      await citizen.turn(topicTurn(w, 'procedure.otv', []),
        { type: 'message', text: 'je pars en vacances' });

      await citizen.turn(async (context) => {
        markFormWaiting(context);
        await topicTurn(w, 'faq.criminal_record', [])(context);
      }, { type: 'message', text: 'le 3 janvier' });

      expect((await w.handoff.queue.get('c1'))?.topic).to.equal('procedure.otv');
    });
});
