import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * The aggressor back once the patrol has left (tester17's follow-up, in our own words):
 * "sont partis" and "tape à la porte" must not hide it; a patrol gone with nobody back, or
 * the same story told as yesterday's, stays calm.
 */
export const PATROL_EXAMPLES: Record<string, string[]> = {
  'net-back-after-patrol': ['les gendarmes sont partis et il est revenu il tape a la porte'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage: the aggressor back after the patrol left', () => {
  specifyFirstNumbers(assess, [
    ['les gendarmes sont partis et il est revenu, il tape à la porte', '17'],
    ['la patrouille est repartie il y a 10 min et mon ex est de retour devant chez moi', '17'],
    ['les policiers viennent de partir, il est déjà là il tape comme un fou', '17'],
    ['gendarmes partis, mon mari est revenu et il recommence à crier', '17'],
    ['les flics sont partis et le mec est re là en bas de l immeuble', '17'],
    ['vos collègues sont partis mais il est revenu, il sonne sans arrêt', '17'],
  ]);

  specifyCalm(assess, [
    'les gendarmes sont partis et il n est pas revenu depuis, merci',
    'la patrouille est repartie, tout est calme maintenant',
    'les gendarmes sont partis hier soir, comment je récupère le récépissé ?',
    'les policiers sont partis et mon fils est revenu de l école',
    'les gendarmes sont partis et il est revenu du travail, on a mangé tranquilles',
  ]);
});
