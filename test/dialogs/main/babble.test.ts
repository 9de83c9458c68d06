import { expect } from 'chai';
import { isBabble } from '../../../dialogs/common/babble';
import { content, harness, type Said } from '../../bots/harness';

const HELD_KEY = 'a'.repeat(5000);
const MASHED = 'qsdfghjklmqsdfghjklmqsdfghjklm';

/** What the model answered the tester (tester16's F14): its nearest topic, a goodbye. */
const KNOWN: Said[] = [
  { text: HELD_KEY, normalized: HELD_KEY, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: MASHED, normalized: MASHED, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: 'au revoir', topic: 'smalltalk.goodbye', score: 0.95 },
];

describe('main dialog: a key held down is not a goodbye (tester16 F14)', () => {
  for (const said of [HELD_KEY, MASHED]) {
    it(`"${said.slice(0, 12)}…" (${said.length} letters) is answered "not understood"`,
      async () => {
        const { texts } = await harness({ known: KNOWN });

        const replies = await texts(said);

        expect(replies.join('\n')).to.include(content.render('bot/notSure'));
        expect(replies.join('\n')).not.to.include(content.render('faq/smalltalk.goodbye'));
      });
  }

  it('still says goodbye to "au revoir"', async () => {
    const { texts } = await harness({ known: KNOWN });

    const replies = await texts('au revoir');

    expect(replies.join('\n')).to.include(content.render('faq/smalltalk.goodbye'));
  });

  it('reads words, short repeats and long real words as words', () => {
    expect(isBabble('aaa aaaa')).to.equal(true);
    expect(isBabble('aa')).to.equal(false);
    expect(isBabble('anticonstitutionnellement')).to.equal(false);
    expect(isBabble('aaaa je veux porter plainte')).to.equal(false);
    expect(isBabble('')).to.equal(false);
  });
});
