import { expect } from 'chai';
import { ask, content, error, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const FALSE_ALARM = "c'était une fausse alerte, c'est mon fils qui avait oublié ses clés";

describe('pré-plainte: a sentence taking the request back at a closed question', () => {
  it('is not read as the option it happens to name; stopping is asked first', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('role'));

    const asked = await texts(client, [FALSE_ALARM]);

    expect(asked).to.deep.equal([content.render('preComplaint/cancel_confirm')]);
  });

  it('"oui" then stops and stores nothing', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, [...upTo('role'), FALSE_ALARM]);

    const replies = await texts(client, ['oui']);

    expect(replies).to.deep.equal([content.render('bot/cancel')]);
    expect(world.collection.docs.size).to.equal(0);
  });

  it('"non" keeps the answers and asks the same question again', async () => {
    const client = newClient(newWorld());
    await texts(client, [...upTo('role'), 'laissez tomber, en fait mon fils a retrouvé le vélo']);

    const replies = await texts(client, ['non']);

    expect(replies).to.deep.equal([content.render('preComplaint/cancel_kept'), ask('role')]);
  });

  it('asks even before the answers that make "annuler" ask (the kind question)', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('kind'));

    const asked = await texts(client, ['en fait non, je me suis trompé, un vol de rien']);

    expect(asked).to.deep.equal([content.render('preComplaint/cancel_confirm')]);
  });

  it('a sentence that names no option and takes nothing back gets the choices again',
    async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('role'));

      const replies = await texts(client, ['il faisait beau ce jour-là']);

      expect(replies).to.deep.equal([error('prompts/errors.choice_unknown')]);
    });

  it('"en fait non" at a yes / no question is the answer "non"', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('authorKnown'));

    const replies = await texts(client, ['en fait non']);

    expect(replies).to.deep.equal([ask('date')]);
  });
});
