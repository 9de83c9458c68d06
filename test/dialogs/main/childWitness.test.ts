import { expect } from 'chai';
import { route, type RoutingRules } from '../../../dialogs/main/routing';
import { normalize } from '../../../nlu/normalize';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer, Understanding } from '../../../nlu/types';

const CHILD = 'faq.child_in_danger';
const RULES: RoutingRules = {
  minScore: 0.3,
  minClarifyScore: 0.2,
  procedures: new Map([[CHILD, 'procedure.violence']]),
  hasAnswer: () => true,
  labelOf: (topic) => topic,
};

const heard = (text: string): Understanding => ({
  text, normalized: normalize(text), topic: CHILD, score: 0.9, alternatives: [],
  ambiguous: false, emergency: { detected: false, numbers: [] },
});

/** A witness tells of someone else's child: the topic's answer (the 119), not "are you safe?". */
const WITNESSES = [
  'mon voisin maltraite son fils je l entends pleurer chaque nuit',
  'la voisine du dessus hurle sur ses gosses et les frappe tous les jours',
  'je pense que le gamin d a cote se fait battre par son pere',
  'les voisins enferment leur enfant sur le balcon le soir',
  'une eleve de ma classe a des bleus partout je crois que sa mere la frappe',
  'le petit du voisin pleure tout le temps et son pere lui crie dessus',
  'je crois que la petite d en face est maltraitee par ses parents',
  'je pense que ma niece est abusee par son beau pere',
  'mon neveu de 6 ans a des bleus, je crois que son pere le frappe',
];
/** The writer is the child, or the victim: the violence procedure and its safety question. */
const VICTIMS = [
  'mon pere me frappe quand il a bu',
  'ma mere me tape tous les soirs',
  'mon beau pere frappe ma petite soeur et moi',
  'mon mari frappe sa fille quand il rentre du travail',
  'mon copain crie sur son fils et le secoue a la maison',
];

describe('a child in danger, told by a witness or by the victim', () => {
  for (const text of WITNESSES) {
    it(`answers the child-in-danger topic: "${text}"`, () =>
      expect(route(heard(text), { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'answer', topic: CHILD }));
  }
  for (const text of VICTIMS) {
    it(`starts the violence procedure: "${text}"`, () =>
      expect(route(heard(text), { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'procedure', topic: CHILD, dialogId: 'procedure.violence' }));
  }
});

describe('a witness\'s report of a child in danger, as the recognizer reads it', () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const text of WITNESSES) {
    it(`is the child-in-danger topic, answered as such: "${text}"`, async () => {
      const understood = await recognizer.understand(text);

      expect(understood.topic, text).to.equal(CHILD);
      expect(route(understood, { notUnderstood: 0 }, RULES))
        .to.deep.equal({ kind: 'answer', topic: CHILD });
    });
  }
});
