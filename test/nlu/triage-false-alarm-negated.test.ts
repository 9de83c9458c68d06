import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * "Ce n'est pas une fausse alerte" insists on the danger: it read as "fausse alerte", the
 * citizen's own all-clear, and calmed a knife in the garden (lead's probe after t63).
 */
const INSISTED: readonly (readonly [string, string])[] = [
  ['c\'est pas une fausse alerte il y a un type avec un couteau dans mon jardin', '17'],
  ['ce n\'est pas une fausse alerte, il y a un homme armé chez moi', '17'],
  ['non c pas une fausse alerte y a le feu dans la cuisine', '18'],
  ['ATTENTION pas de fausse alerte, mon père ne respire plus', '15'],
  ['cest tout sauf une fausse alerte il me menace avec un couteau', '17'],
];

const ALL_CLEAR: readonly string[] = [
  'fausse alerte c\'était mon chat',
  'finalement fausse alerte, c\'était le voisin qui bricolait',
  'désolé fausse alerte, le feu était un barbecue',
];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, "fausse alerte" negated', () => {
  describe('"pas une fausse alerte" with a danger: the danger\'s number first', () => {
    specifyFirstNumbers(assess, INSISTED);
  });

  describe('"fausse alerte" said plainly: still calm', () => {
    specifyCalm(assess, ALL_CLEAR);
  });
});
