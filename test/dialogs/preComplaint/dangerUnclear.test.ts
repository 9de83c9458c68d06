import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { START } from './script';

const EMERGENCY = content.render('preComplaint/orient/emergency');
const ASKED_AGAIN = content.render('prompts/errors.danger_unclear');

// tester13's F2: "ok merci", the most common reply to an intro, queued citizens as
// emergencies and dropped their form
describe('pré-plainte: a reply that answers nothing at the danger question', () => {
  for (const said of ['merci', 'ok', "d'accord", 'ok mrc 👍', 'ça marche', 'ok merci']) {
    it(`"${said}" is asked again once; "non" then goes on to the facts`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const first = await texts(client, [START.answer, said]);
      const then = await texts(client, ['non']);

      expect(first[first.length - 1]).to.equal(ASKED_AGAIN);
      expect(first.join('\n')).not.to.include(EMERGENCY);
      expect(then.join('\n')).not.to.include(EMERGENCY);
      expect(world.handoffs).to.deep.equal([]);
    });
  }

  it('a second reply that answers nothing is read as danger', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'merci', 'ok']);

    expect(replies.slice(-2)).to.deep.equal([EMERGENCY,
      content.render('preComplaint/alerted')]);
    expect(world.handoffs).to.deep.equal(['emergency']);
  });

  it('"oui" after being asked again is danger at once', async () => {
    const world = newWorld();
    const client = newClient(world);

    await texts(client, [START.answer, 'ok']);
    const replies = await texts(client, ['oui']);

    expect(replies).to.include(EMERGENCY);
    expect(world.handoffs).to.deep.equal(['emergency']);
  });

  it('"c quoi le 3919 ?" is answered, then the question comes back', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'c quoi le 3919 ?']);

    expect(replies.join('\n')).to.include(content.render('answers/helpLines'));
    expect(replies[replies.length - 1]).to.include('êtes-vous en danger en ce moment');
    expect(world.handoffs).to.deep.equal([]);
  });

  for (const said of ['comment je fais il est encore là ?', 'oui merci', 'ok il est dehors']) {
    it(`"${said}" still speaks of danger: numbers at once`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, [START.answer, said]);

      expect(replies).to.include(EMERGENCY);
      expect(world.handoffs).to.deep.equal(['emergency']);
    });
  }
});

// tester15's F4: "un vol" typed at the danger question queued a citizen as an emergency
describe('pré-plainte: the kind of facts typed at the danger question', () => {
  // the kind is kept (kindAtDanger.test.ts): only the danger is asked again
  const ASKED_FOR_FACTS = content.render('preComplaint/errors.danger_kind_noted');

  for (const said of ['un vol', 'cambriolage', 'une arnaque', "c'est pour un vol de vélo"]) {
    it(`"${said}" is asked again once; "non" then goes on to the facts`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const first = await texts(client, [START.answer, said]);
      const then = await texts(client, ['non']);

      expect(first[first.length - 1]).to.equal(ASKED_FOR_FACTS);
      expect(first.join('\n')).not.to.include(EMERGENCY);
      expect(then.join('\n')).not.to.include(EMERGENCY);
      expect(world.handoffs).to.deep.equal([]);
    });
  }

  it('a second reply naming the facts is read as danger', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'un vol', 'un vol je vous dis']);

    expect(replies).to.include(EMERGENCY);
    expect(world.handoffs).to.deep.equal(['emergency']);
  });

  for (const said of ['un vol avec un couteau', 'un vol avec violence', "un vol à l'arraché",
    'un cambriolage il est encore là', 'une agression']) {
    it(`"${said}" speaks of danger: numbers at once`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, [START.answer, said]);

      expect(replies).to.include(EMERGENCY);
      expect(world.handoffs).to.deep.equal(['emergency']);
    });
  }
});
