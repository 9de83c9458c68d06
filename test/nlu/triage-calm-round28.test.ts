import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 28: a teenager who hits his mother each time he is refused something is a habit (the
 * family-violence answer), no 17 with the child line; told as happening now it still alarms.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('round 28: blows each time a teenager is refused something', () => {
  specifyCalm(assess, [
    'mon ado de 14 ans tape sa mère dès qu\'on lui refuse la console',
    'mon fils de 16 ans frappe sa mère quand on lui dit non pour sortir',
    'mon grand de 15 ans cogne sa mère quand on lui refuse de l\'argent',
    'ma fille de 14 ans frappe son père quand il lui dit non',
    'mon fils ado bat sa mère quand elle lui refuse la sortie',
    'notre garçon de 16 ans frappe sa mère quand elle lui interdit de sortir',
    'mon fils frappe sa mère chaque fois qu\'il n\'obtient pas ce qu\'il veut',
  ]);

  specifyFirstNumbers(assess, [
    ['mon fils de 15 ans frappe sa mère en ce moment parce qu\'on lui a refusé de sortir', '17'],
    ['au secours mon ado tape sa mère maintenant, on lui a dit non pour la console', '17'],
  ]);
});
