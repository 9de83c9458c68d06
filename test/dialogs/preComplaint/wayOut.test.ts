import { expect } from 'chai';
import { content, error, newClient, newWorld, say, texts } from './harness';
import { upTo } from './script';

const WAY_OUT = content.render('prompts/wayOut');
const UNKNOWN = error('prompts/errors.choice_unknown');
const GENDARME = content.render('prompts/handoffOffer');

// a tester typed "laissez tomber je veux pas" and other sentences at a choice three times
// and read "Je n'ai pas reconnu ce choix" three times, never how to stop
describe('two answers in a row not understood', () => {
  it('get the explanation, the way out, then a gendarme offered at every miss', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('kind'));

    const first = await texts(client, ['bof je sais pas trop']);
    const second = await texts(client, ['truc bidule']);
    const third = await say(client, ['machin']);
    const fourth = await texts(client, ['chose']);

    expect(first).to.deep.equal([UNKNOWN]);
    expect(second).to.deep.equal([UNKNOWN, WAY_OUT]);
    // t89's finding 5: the loop never ended, the way out came every other time only
    expect(third.map((reply) => reply.text)).to.deep.equal([UNKNOWN, GENDARME]);
    const buttons = third[1].suggestedActions?.actions.map((action) => action.title) ?? [];
    expect(buttons).to.include('Parler à un gendarme').and.to.include('Un vol');
    expect(fourth).to.deep.equal([UNKNOWN, GENDARME]);
  });

  it('hands over to a gendarme when the offered button is used', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('kind'));
    await texts(client, ['bof je sais pas trop', 'truc bidule', 'machin']);

    await texts(client, ['Parler à un gendarme']);

    expect(world.handoffs).to.deep.equal(['user_request']);
  });
});
