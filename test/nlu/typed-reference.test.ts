import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { normalize } from '../../nlu/normalize';
import { typesReference, withTypedReference } from '../../nlu/typed-reference';

const MODEL: TopicResult = {
  topic: 'none', score: 0.78, ambiguous: false,
  alternatives: [{ topic: 'none', score: 0.78 }, { topic: 'faq.complaint_followup', score: 0.1 }],
  best: { topic: 'none', score: 0.78 },
};

const typed = (text: string): boolean => typesReference(text, normalize(text));

describe('the pré-plainte reference typed back', () => {
  const references = [
    'PP-7K4M-Q2XD',
    'pp-7k4m-q2xd',
    'PP7K4MQ2XD',
    'pp 7k4m q2xd',
    'PP-ABCD-EFGH',
    'ma référence est PP-7K4M-Q2XD',
    'ma reference c PP-7K4M-Q2XD',
    'voici ma ref : PP 9XZT 3WQA',
    'Bonjour, mon numéro de pré-plainte : PP-7K4M-Q2XD. Merci',
    'où en est le dossier PP-7K4M-Q2XD ?',
  ];
  for (const text of references) {
    it(`reads ${JSON.stringify(text)} as the follow-up`, () => {
      const result = withTypedReference(MODEL, text, normalize(text));

      expect(result.topic).to.equal('faq.complaint_followup');
      expect(result.alternatives[0]).to.deep.equal({ topic: 'faq.complaint_followup', score: 0.9 });
    });
  }

  const others = [
    'ma pp insta est moche',
    'pp pour quoi faire',
    'annuler la PP-7K4M-Q2XD',
    'je veux retirer ma pré-plainte PP-7K4M-Q2XD',
    'PP-7K4M-Q2XD mais cette nuit on a encore cassé la vitre de ma voiture et volé le poste',
    'pp abcd efgh',
  ];
  for (const text of others) {
    it(`leaves ${JSON.stringify(text)} to the model`, () => {
      expect(typed(text)).to.equal(false);
      expect(withTypedReference(MODEL, text, normalize(text))).to.equal(MODEL);
    });
  }
});
