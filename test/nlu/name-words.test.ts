import { expect } from 'chai';
import { countWords, createCorrector } from '../../nlu/corrector';
import { stem } from '../../nlu/features';
import { NAME_WORDS, TOPIC_PROTECTED_WORDS, withoutNameWords } from '../../nlu/name-words';

describe('month names and first names, read by the topic model', () => {
  it('are the words Snowball confuses with "mari" (why they are left out)', () => {
    expect(stem('mars')).to.equal(stem('mari'));
    expect(stem('marie')).to.equal(stem('mari'));
  });

  it('are left out of a message, the family words stay', () => {
    expect(withoutNameWords('ne le 15 mars 1985')).to.equal('ne le 15 1985');
    expect(withoutNameWords('marie')).to.equal('');
    expect(withoutNameWords('mon mari me frappe')).to.equal('mon mari me frappe');
    expect(withoutNameWords('ma fille manon a disparu')).to.equal('ma fille a disparu');
  });

  it('hold every month and the listed first names, in normalised spelling', () => {
    for (const word of ['janvier', 'fevrier', 'aout', 'decembre', 'marie', 'helene', 'zoe']) {
      expect(NAME_WORDS.has(word), word).to.equal(true);
    }
    for (const word of ['mari', 'mariee', 'femme', 'pierre', 'rose']) {
      expect(NAME_WORDS.has(word), word).to.equal(false);
    }
  });

  it('are never corrected into a nearby word by the topic corrector', () => {
    const corrector = createCorrector(countWords(['macon marine mario mari louis']),
      TOPIC_PROTECTED_WORDS);

    expect(corrector.correct('manon karine marion marie louise'))
      .to.equal('manon karine marion marie louise');
    expect(corrector.correctWord('marrine')).to.equal('marine');
  });
});
