import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * A household product swallowed (a fresh set's miss after the seventh session's merges: a
 * toddler who drank drain cleaner got the child line first, from the vote alone): the
 * poison is the 15's, whoever drank it; buying or using the product stays calm.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage: a household product swallowed', () => {
  specifyFirstNumbers(assess, [
    ['mon petit de 2 ans a bu du déboucheur, il tousse', '15'],
    ['ma fille a avalé du désherbant dans le garage elle vomit', '15'],
    ['il a bu de l insecticide pour les plantes', '15'],
    ['mon fils a avalé du dégraissant sous l évier !!', '15'],
  ]);

  specifyCalm(assess, [
    'quel déboucheur acheter pour un évier bouché ?',
    'le voisin met du désherbant partout, c est autorisé ?',
  ]);
});
