import { expect } from 'chai';
import { content, newClient, newWorld, say, texts } from './harness';
import { START } from './script';

const EMERGENCY = content.render('preComplaint/orient/emergency');
const ASKED_AGAIN = content.render('prompts/errors.danger_unclear');
const UNSURE = content.render('prompts/errors.danger_unsure');
const KIND = content.render('preComplaint/ask/kind');

// a fresh tester: "je sais pas", "hier", "Bordeaux" or an emoji at « êtes-vous en danger en
// ce moment… ? » were taken as a yes, queueing the citizen as an emergency and parking the
// form (every later message got « Votre message est transmis aux gendarmes »)
describe('pré-plainte: what each answer to the danger question leads to', () => {
  const ASKED: ReadonlyArray<[string, string]> = [
    ['je sais pas', UNSURE],
    ['jsp', UNSURE],
    ['peut-être', UNSURE],
    ['hier', ASKED_AGAIN],
    ['Bordeaux', ASKED_AGAIN],
    ['🙂', ASKED_AGAIN],
    ['🤔', ASKED_AGAIN],
  ];
  for (const [said, answer] of ASKED) {
    it(`"${said}" → the question again with its choices, then "non" goes on`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await say(client, [START.answer, said]);
      const then = await texts(client, ['non']);

      const last = replies[replies.length - 1];
      expect(last.text).to.equal(answer);
      expect(last.suggestedActions?.actions.map((action) => action.title))
        .to.deep.equal(['Oui', 'Non']);
      expect(replies.map((reply) => reply.text).join('\n')).not.to.include(EMERGENCY);
      expect(then.join('\n')).to.include(KIND.split('\n')[0]);
      expect(world.handoffs).to.deep.equal([]);
    });
  }

  it('a second doubt is read as danger: the safety net of UnclearOncePrompt stays', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'je sais pas', 'je sais pas']);

    expect(replies).to.include(EMERGENCY);
    expect(world.handoffs).to.deep.equal(['emergency']);
  });

  const DANGER = ['oui', 'ouais', 'Oui je suis en danger', 'au secours', 'je crois que oui',
    'bah un peu oui il est encore dans le coin', 'il est là dehors'];
  for (const said of DANGER) {
    it(`"${said}" → the emergency path`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, [START.answer, said]);

      expect(replies).to.include(EMERGENCY);
      expect(world.handoffs).to.deep.equal(['emergency']);
    });
  }

  for (const said of ['non', 'nan', 'non ça va']) {
    it(`"${said}" → goes on to the kind of facts`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, [START.answer, said]);

      expect(replies.join('\n')).not.to.include(EMERGENCY);
      expect(replies.join('\n')).to.include(KIND.split('\n')[0]);
      expect(world.handoffs).to.deep.equal([]);
    });
  }
});
