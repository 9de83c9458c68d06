import { expect } from 'chai';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { handleTurnErrors, TECHNICAL_PROBLEM } from '../../server/turnErrors';

const content = loadContent();

function failingAdapter(beforeFailing?: (context: TurnContext) => Promise<void>): TestAdapter {
  const adapter = new TestAdapter(async (context) => {
    await beforeFailing?.(context);
    throw new Error('store unavailable');
  });
  handleTurnErrors(adapter, 'test', content);
  return adapter;
}

describe('turn errors', () => {
  it('tell a citizen who wrote that something failed, with the emergency numbers', async () => {
    const adapter = failingAdapter();

    await adapter.send('bonjour').assertReply((reply) => {
      expect(reply.text).to.equal(content.render(TECHNICAL_PROBLEM));
      expect(reply.text).to.match(/\b17\b/);
    });
  });

  it('add nothing when the turn had already answered', async () => {
    const adapter = failingAdapter(async (context) => {
      await context.sendActivity('réponse partielle');
    });

    await adapter.send('bonjour').assertReply('réponse partielle');
    expect(adapter.activeQueue).to.deep.equal([]);
  });

  it('stay silent for activities the citizen did not write', async () => {
    const adapter = failingAdapter();

    await adapter.send({ type: 'event', name: 'webchat/join' });

    expect(adapter.activeQueue).to.deep.equal([]);
  });
});
