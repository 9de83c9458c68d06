import { expect } from 'chai';
import { content, error, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const WAY_OUT = content.render('prompts/wayOut');
const UNKNOWN = error('prompts/errors.choice_unknown');

// a tester typed "laissez tomber je veux pas" and other sentences at a choice three times
// and read "Je n'ai pas reconnu ce choix" three times, never how to stop
describe('two answers in a row not understood', () => {
  it('get the explanation, then once the way out (annuler, a gendarme)', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('kind'));

    const first = await texts(client, ['bof je sais pas trop']);
    const second = await texts(client, ['truc bidule']);
    const third = await texts(client, ['machin']);

    expect(first).to.deep.equal([UNKNOWN]);
    expect(second).to.deep.equal([UNKNOWN, WAY_OUT]);
    expect(third).to.deep.equal([UNKNOWN]);
  });
});
