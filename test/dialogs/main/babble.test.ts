import { expect } from 'chai';
import { isBabble } from '../../../dialogs/common/babble';
import { content, harness, type Said } from '../../bots/harness';

const HELD_KEY = 'a'.repeat(5000);
const MASHED = 'qsdfghjklmqsdfghjklmqsdfghjklm';
const REPEATED = 'je '.repeat(1666).trim();
const HELD_WITH_DOTS = `${'a'.repeat(4998)}…`;

/** What the model answered the tester (tester16's F14): its nearest topic, a goodbye. */
const KNOWN: Said[] = [
  { text: HELD_KEY, normalized: HELD_KEY, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: MASHED, normalized: MASHED, topic: 'smalltalk.goodbye', score: 0.9 },
  // t89's F5: a word over and over, a held key ending in an ellipsis, read as goodbyes
  { text: REPEATED, normalized: REPEATED, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: HELD_WITH_DOTS, normalized: HELD_WITH_DOTS, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: 'au revoir', topic: 'smalltalk.goodbye', score: 0.95 },
];

describe('main dialog: a key held down is not a goodbye (tester16 F14)', () => {
  for (const said of [HELD_KEY, MASHED, REPEATED, HELD_WITH_DOTS]) {
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
    expect(isBabble('je je je je je je je je')).to.equal(true);
    expect(isBabble('non non non')).to.equal(false);
    expect(isBabble('au revoir et merci pour tout bonne journee')).to.equal(false);
  });
});
