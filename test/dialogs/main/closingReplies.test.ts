import { expect } from 'chai';
import type { UnansweredCounter } from '../../../dialogs/main/mainDialog';
import { shortcutFor } from '../../../dialogs/common/commands';
import { content, harness } from '../../bots/harness';

const CLOSING = content.render('bot/closing');
const ASK = content.render('bot/askQuestion');
const THANKS = content.render('faq/smalltalk.thanks');

/** Bare replies to "Puis-je vous aider pour autre chose ?", as the classifier sees them. */
const REPLIES: Array<[string, string]> = [
  ['non', CLOSING],
  ['nn', CLOSING],
  ['Non merci', CLOSING],
  ['ok', CLOSING],
  ["d'accord", CLOSING],
  ['👍', CLOSING],
  ['👍🏽', CLOSING],
  ['c bon', CLOSING],
  ["c'est bon", CLOSING],
  ["c'est tout", CLOSING],
  ['merci', THANKS],
  ['Merci beaucoup !', THANKS],
  ['ça ira', CLOSING],
  ['oui', ASK],
  ['Ouais', ASK],
  ['oui svp', ASK],
];

function counting(): UnansweredCounter & { counted: string[] } {
  const counted: string[] = [];
  return {
    counted,
    record: async (understanding) => {
      counted.push(understanding.text);
      return 'none';
    },
  };
}

describe('main dialog: bare yes / no / ok replies', () => {
  for (const [said, answer] of REPLIES) {
    it(`"${said}" gets ${answer === ASK ? 'the invitation' : 'a short closing'}`,
      async () => {
        const unanswered = counting();
        const { texts } = await harness({
          known: [{ text: said, topic: 'none', score: 0.9 }], unanswered,
        });

        const replies = await texts(said);

        expect(replies).to.deep.equal([answer]);
        expect(unanswered.counted, 'not logged as unanswered').to.deep.equal([]);
      });
  }

  it('three of them in a row never push the citizen into the queue', async () => {
    const { texts, gate } = await harness({
      known: ['non', 'ok', '👍', 'non'].map((text) => ({ text, topic: 'none', score: 0.9 })),
    });

    for (const said of ['non', 'ok', '👍', 'non']) {
      expect(await texts(said)).to.deep.equal([CLOSING]);
    }

    expect(gate.requests).to.deep.equal([]);
  });

  it('a closing reply resets the count of messages not understood', async () => {
    const { texts, gate } = await harness();

    await texts('blabla');
    await texts('blabla bis');
    await texts('ok');
    await texts('blabla ter');

    expect(gate.requests).to.deep.equal([]);
  });

  const NOT_BARE = ['non je voulais parler de mon vélo volé', 'merci bonne soirée',
    'ok mais ma carte a été débitée', 'oui on m a volé mon sac', '👍 et pour ma plainte ?'];
  for (const said of NOT_BARE) {
    it(`"${said}" is a message of its own, not a bare reply`, () => {
      expect(shortcutFor(said)).to.equal(undefined);
    });
  }
});
