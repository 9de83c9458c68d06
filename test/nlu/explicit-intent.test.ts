import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { withExplicitIntent } from '../../nlu/explicit-intent';
import { normalize } from '../../nlu/normalize';

/** What the model answered to a message whose facts split its votes. */
const SPLIT: TopicResult = {
  topic: 'none', score: 0.3, ambiguous: false,
  best: { topic: 'faq.harassment', score: 0.26 },
  alternatives: [{ topic: 'none', score: 0.3 }, { topic: 'faq.harassment', score: 0.26 },
    { topic: 'procedure.pre_complaint', score: 0.19 }],
};

const SURE: TopicResult = { ...SPLIT, topic: 'faq.domestic_violence', score: 0.98,
  alternatives: [{ topic: 'faq.domestic_violence', score: 0.98 }] };

describe('a complaint asked for outright', () => {
  for (const text of [
    'mon voisin m’a menacé avec un couteau il y a 3 jours, je veux porter plainte',
    'jveux déposer plainte', 'on voudrait faire une pré-plainte svp']) {
    it(`"${text}" goes to the pré-plainte when the model found nothing sure`, () => {
      const result = withExplicitIntent(SPLIT, normalize(text));

      expect(result.topic).to.equal('procedure.pre_complaint');
      expect(result.alternatives[0]).to.deep.equal(
        { topic: 'procedure.pre_complaint', score: 0.5 });
    });
  }

  it('leaves a sure topic alone (the violence help before the form)', () => {
    const text = normalize('je voudrais porter plainte contre mon mari qui me frappe');

    expect(withExplicitIntent(SURE, text)).to.equal(SURE);
  });

  it('leaves a question about complaints to the model ("comment porter plainte")', () => {
    expect(withExplicitIntent(SPLIT, normalize('comment porter plainte ?'))).to.equal(SPLIT);
  });
});
