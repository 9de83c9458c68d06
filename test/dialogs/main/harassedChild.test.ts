import { expect } from 'chai';
import { route, type RoutingRules } from '../../../dialogs/main/routing';
import { normalize } from '../../../nlu/normalize';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer, Understanding } from '../../../nlu/types';

const HARASSMENT = 'faq.harassment';
const RULES: RoutingRules = {
  minScore: 0.3,
  minClarifyScore: 0.2,
  procedures: new Map([[HARASSMENT, 'procedure.violence']]),
  hasAnswer: () => true,
  labelOf: (topic) => topic,
};

const heard = (text: string): Understanding => ({
  text, normalized: normalize(text), topic: HARASSMENT, score: 0.9, alternatives: [],
  ambiguous: false, emergency: { detected: false, numbers: [] },
});

/** A parent tells of their child harassed: the topic's answer (the 3018), not "are you safe?". */
const PARENTS = [
  'on lui écrit de se tuer sur insta',
  'mon ado est harcelé sur snapchat',
  'mon fiston se fait harceler sur snap par des mecs du lycée',
  'ma fille 11 ans recoit des insultes sur insta tous les jours',
  "on dit à mon fils d'aller mourir dans les commentaires de ses vidéos",
  'ils lui envoient des menaces sur tiktok, ma fille a peur',
  'je me fais du souci, ma gamine est harcelée au collège',
];
/** The writer is the one harassed: the violence procedure and its safety question. */
const VICTIMS = [
  'je suis harcelée sur les réseaux sociaux',
  'on me harcèle sur snap depuis des semaines',
  "mon ex m'insulte et me menace, même devant mes enfants",
  'des filles de ma classe me disent de me tuer sur insta',
  'je me fais harceler par mon voisin, mon fils a peur aussi',
];

describe('harassment told by a parent of the child, or by the one harassed', () => {
  for (const text of PARENTS) {
    it(`answers the harassment topic: "${text}"`, () =>
      expect(route(heard(text), { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'answer', topic: HARASSMENT }));
  }
  for (const text of VICTIMS) {
    it(`starts the violence procedure: "${text}"`, () =>
      expect(route(heard(text), { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'procedure', topic: HARASSMENT, dialogId: 'procedure.violence' }));
  }
});

describe("a parent's report of their child harassed, as the recognizer reads it", () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const text of PARENTS.slice(0, 5)) {
    it(`is the harassment topic, answered as such: "${text}"`, async () => {
      const understood = await recognizer.understand(text);

      expect(understood.topic, text).to.equal(HARASSMENT);
      expect(route(understood, { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'answer', topic: HARASSMENT });
    });
  }
});
