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

  it('leaves a complaint against a town hall or an administration to the model', () => {
    for (const text of ['je veux porter plainte contre ma mairie, je suis tombé sur le trottoir',
      'je souhaite déposer plainte contre la préfecture']) {
      expect(withExplicitIntent(SPLIT, normalize(text))).to.equal(SPLIT);
    }
  });

  it('leaves a question about complaints to the model ("comment porter plainte")', () => {
    expect(withExplicitIntent(SPLIT, normalize('comment porter plainte ?'))).to.equal(SPLIT);
  });
});

describe('the criminal record named outright', () => {
  for (const text of [
    'B3 demandé pour un CDD en maison de retraite', 'bulletin n°3 pour un job de vigile',
    'extrait de casier pour mon employeur, il me faut quoi']) {
    it(`"${text}" goes to the record when the model found nothing sure`, () => {
      const result = withExplicitIntent(SPLIT, normalize(text));

      expect(result.topic).to.equal('faq.criminal_record');
      expect(result.alternatives[0]).to.deep.equal({ topic: 'faq.criminal_record', score: 0.5 });
    });
  }

  it('leaves a sure topic alone', () => {
    expect(withExplicitIntent(SURE, normalize('il a un casier judiciaire et me frappe')))
      .to.equal(SURE);
  });

  it('leaves other numbers and boards to the model ("bulletin de salaire", "b 12")', () => {
    for (const text of ['bulletin de salaire perdu', 'je gare ma voiture au parking b12']) {
      expect(withExplicitIntent(SPLIT, normalize(text))).to.equal(SPLIT);
    }
  });
});
