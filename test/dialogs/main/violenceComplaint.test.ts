import { expect } from 'chai';
import { route, type RoutingRules } from '../../../dialogs/main/routing';
import { normalize } from '../../../nlu/normalize';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer, Understanding } from '../../../nlu/types';

const PRE_COMPLAINT = 'procedure.pre_complaint';
const VIOLENCE = 'procedure.violence';
const RULES: RoutingRules = {
  minScore: 0.3,
  minClarifyScore: 0.2,
  procedures: new Map([[PRE_COMPLAINT, 'preComplaint'], ['faq.domestic_violence', VIOLENCE],
    ['faq.sexual_violence', VIOLENCE], ['faq.harassment', VIOLENCE]]),
  hasAnswer: () => true,
  labelOf: (topic) => topic,
};

const readAsPreComplaint = (text: string): Understanding => ({
  text, normalized: normalize(text), topic: PRE_COMPLAINT, score: 0.6, alternatives: [],
  ambiguous: false, emergency: { detected: false, numbers: [] },
});

// tester28: the online pré-plainte began, then turned the victim away (author known)
const VIOLENCE_TOLD: ReadonlyArray<[string, string]> = [
  ['je veux porter plainte car mon ex m a frappe l an dernier', 'faq.domestic_violence'],
  ['je veux porter plainte car mon ex ma frapper lan dernier', 'faq.domestic_violence'],
  ['deposer plainte contre mon mari qui me bat', 'faq.domestic_violence'],
  ['je voudrais porter plainte mon voisin m a tapé', 'faq.domestic_violence'],
  ['pre plainte pour agression par mon beau frere', 'faq.domestic_violence'],
  ['porter plainte pour harcelement de mon ancien patron', 'faq.harassment'],
  ['je veux porter plainte, il me menace depuis des mois', 'faq.harassment'],
  ['je veux porter plainte pour viol', 'faq.sexual_violence'],
];
const PROPERTY_TOLD = [
  'je veux porter plainte on m a vole mon velo',
  'pre plainte pour vol avec violence',
  'porter plainte ma voiture a ete tapee sur le parking',
  'je veux faire une pre plainte pour un cambriolage',
];

describe('a complaint asked for violence starts the violence procedure, not the pré-plainte',
  () => {
    for (const [text, topic] of VIOLENCE_TOLD) {
      it(`"${text}" → the violence procedure (${topic})`, () =>
        expect(route(readAsPreComplaint(text), { notUnderstood: 0 }, RULES))
          .to.deep.equal({ kind: 'procedure', topic, dialogId: VIOLENCE }));
    }
    for (const text of PROPERTY_TOLD) {
      it(`"${text}" → still the pré-plainte`, () =>
        expect(route(readAsPreComplaint(text), { notUnderstood: 0 }, RULES))
          .to.deep.equal({ kind: 'procedure', topic: PRE_COMPLAINT, dialogId: 'preComplaint' }));
    }
  });

describe('tester28\'s complaint for an ex\'s blows, as the recognizer reads it', () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const text of ['je veux porter plainte car mon ex m a frappe l an dernier',
    'je veux porter plainte car mon ex ma frappé l année derniere',
    'je souhaite deposer plainte parce que mon ex m a battue il y a un an']) {
    it(`"${text}" never starts the pré-plainte`, async () => {
      const decision = route(await recognizer.understand(text), { notUnderstood: 0 }, RULES);
      expect(decision).to.deep.include({ kind: 'procedure', dialogId: VIOLENCE });
    });
  }
});
