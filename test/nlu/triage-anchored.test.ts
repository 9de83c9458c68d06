import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { assessWhole } from '../../nlu/long-message';
import { anchoredSentences } from '../../nlu/triage-anchored';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { ANCHORED_CALM, ANCHORED_DANGER } from './triage-anchored-cases';

// the recognizer's reading: the whole message, then its later windows and anchored sentences
const triage = createTriage();
const assess = (text: string) =>
  assessWhole(text, triage.assess(normalize(text)), (part) => triage.assess(part));

describe('a danger told now after a calm beginning', () => {
  specifyFirstNumbers(assess, ANCHORED_DANGER);
});

describe('long calm messages told in the present of another day, a dream or a screen', () => {
  specifyCalm(assess, ANCHORED_CALM);
});

describe('which sentences are read alone', () => {
  it('reads a sentence headed by "mais là" in an undated message', () => {
    expect(anchoredSentences('Une question. Mais là il est dans le jardin.'))
      .to.deep.equal(['mais la il est dans le jardin']);
  });

  it('does not read "et là" in a story dated yesterday', () => {
    expect(anchoredSentences('Hier au bar. Et là il sort un couteau.')).to.deep.equal([]);
  });

  it('still reads "maintenant" after a past story', () => {
    expect(anchoredSentences('Hier il m a menacé. Maintenant il est devant chez moi.'))
      .to.have.length(1);
  });

  it('reads nothing in a dream or a film', () => {
    expect(anchoredSentences('J ai rêvé de lui. Maintenant il est là avec un couteau.'))
      .to.deep.equal([]);
  });

  it('reads nothing in a one-sentence message (the whole was read already)', () => {
    expect(anchoredSentences('mais là il est dans le jardin avec un couteau')).to.deep.equal([]);
  });
});
