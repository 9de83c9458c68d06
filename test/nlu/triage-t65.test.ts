import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round t65 (a fresh tester's finding): the violence named, then the one who did it back
 * and inside now, typed at the pré-plainte's first choice. Beside its calm look-alikes.
 */
export const T65_EXAMPLES: Record<string, string[]> = {
  'net-back-inside': ['des violences il est revenu il est dans le entree'],
};

const BACK_INSIDE: ReadonlyArray<readonly [string, string]> = [
  ['des violences il est revenu il est dans l entrée', '17'],
  ['des violences, il est revenu, il est dans l\'entrée', '17'],
  ['il m a tapé il revient il est devant la porte', '17'],
  ['menaces, mon ex est de retour il est dans le hall', '17'],
];

const BACK_CALM: readonly string[] = [
  'mon fils est revenu il est dans sa chambre',
  'mon mari est rentré il est dans le salon',
  'des violences il y a 3 ans, il est revenu vivre chez moi',
  'il est revenu de vacances il est dans le salon, on a parle des violences au journal',
];

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t65', () => {
  describe('the violence told, the one who did it back inside: 17 first', () => {
    specifyFirstNumbers(assess, BACK_INSIDE);
    specifyCalm(assess, BACK_CALM);
  });

  it('reads it as violence, not as a doubt', () => {
    expect(assess('des violences il est revenu il est dans l entrée').situation)
      .to.equal('violence');
  });
});
