import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { withExplicitIntent } from '../../nlu/explicit-intent';
import { normalize } from '../../nlu/normalize';
import { route, type RoutingRules } from '../../dialogs/main/routing';
import type { Understanding } from '../../nlu/types';

/** What the model answered to a bare "un vol" (tester14 F7): one FAQ, sure of it. */
const SURE_FAQ: TopicResult = {
  topic: 'faq.vehicle_theft', score: 0.91, ambiguous: false,
  best: { topic: 'faq.vehicle_theft', score: 0.91 },
  alternatives: [{ topic: 'faq.vehicle_theft', score: 0.91 },
    { topic: 'faq.stolen_documents', score: 0.05 },
    { topic: 'procedure.pre_complaint', score: 0.02 }],
};

const BARE: Array<[string, string]> = [
  ['vol', 'faq.complaint_info'],
  ['un vol', 'faq.complaint_info'],
  ['un vol svp', 'faq.complaint_info'],
  ["c'est pour un vol", 'faq.complaint_info'],
  ['un cambriolage', 'faq.burglary_prevention'],
  ['une arnaque', 'faq.online_scam'],
  ['escroquerie', 'faq.online_scam'],
  ['une agression', 'faq.complaint_info'],
];

describe('a kind of facts named alone offers the pré-plainte and the closest FAQ', () => {
  for (const [said, faq] of BARE) {
    it(`"${said}" → pré-plainte or ${faq}, to choose`, () => {
      const result = withExplicitIntent(SURE_FAQ, normalize(said));

      expect(result.topic).to.equal('procedure.pre_complaint');
      expect(result.ambiguous).to.equal(true);
      expect(result.alternatives.map((entry) => entry.topic))
        .to.deep.equal(['procedure.pre_complaint', faq]);
    });
  }

  for (const said of ['vol de voiture', 'on m a volé mon vélo', 'un vol de portable',
    'mon vol pour Lisbonne est annulé']) {
    it(`leaves the facts told with more words to the model: "${said}"`, () => {
      expect(withExplicitIntent(SURE_FAQ, normalize(said))).to.equal(SURE_FAQ);
    });
  }
});

const RULES: RoutingRules = {
  minScore: 0.35,
  minClarifyScore: 0.2,
  procedures: new Map([['procedure.pre_complaint', 'preComplaint']]),
  hasAnswer: () => true,
  labelOf: (topic) => topic,
};

describe('the router asks which one for a bare "un vol"', () => {
  it('clarifies between the pré-plainte and the FAQ, instead of the vehicle theft answer', () => {
    const result = withExplicitIntent(SURE_FAQ, normalize('un vol'));
    const understanding: Understanding = {
      text: 'un vol', normalized: 'un vol', topic: result.topic, score: result.score,
      alternatives: result.alternatives, ambiguous: result.ambiguous,
      emergency: { detected: false, numbers: [] },
    };

    expect(route(understanding, { notUnderstood: 0 }, RULES)).to.deep.equal(
      { kind: 'clarify', candidates: ['procedure.pre_complaint', 'faq.complaint_info'] });
  });
});
