import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';

/**
 * The gendarmerie's name as voice dictation and phonetic writers spell it
 * (sms-phonetic-gendarmerie.ts, blind93), read in the dictionary's spelling by the triage
 * and the topic model alike; real phrases with the same sounds are kept.
 */
const RESPELT: ReadonlyArray<readonly [string, string, string]> = [
  ['"l\'agent de marie"', 'comment on devient enqueteur dans l agent de marie',
    'comment on devient enqueteur dans la gendarmerie'],
  ['"l\'agent de Marie" with its apostrophe', "J'ai appelé l'agent de Marie",
    'je ai appele la gendarmerie'],
  ['a glued "lagent de marie"', 'entrer a lagent de marie', 'entrer a la gendarmerie'],
  ['"la gens d\'arme rit"', 'elle veut entrer a la gens d arme rit',
    'elle veut entrer a la gendarmerie'],
  ['"la gens d\'armerie"', "la gens d'armerie", 'la gendarmerie'],
  ['"la jean darmerie"', 'je veux entrer a la jean darmerie', 'je veux entrer a la gendarmerie'],
  ['"la gendarme rie"', 'travailler dans la gendarme rie', 'travailler dans la gendarmerie'],
  ['"des gens d\'armes"', 'les gens d armes sont venus', 'les gendarmes sont venus'],
  ['"un jean d\'arme"', 'devenir jean d arme', 'devenir gendarme'],
];

const KEPT: ReadonlyArray<readonly [string, string, string]> = [
  ['a town hall\'s agent', 'je suis agent de mairie', 'je suis agent de mairie'],
  ['a first name', 'Marie est partie', 'marie est partie'],
  ['people armed', 'des gens armés', 'des gens armes'],
  ['a gendarme who laughs', 'le gendarme rit', 'le gendarme rit'],
  ['a woman gendarme who laughs', 'la gendarme rit', 'la gendarme rit'],
  ['a weapon', 'une arme chez Jean', 'une arme chez jean'],
];

describe('normalize: the gendarmerie as dictation spells it', () => {
  RESPELT.forEach(([what, input, expected]) => {
    it(`respells ${what}: "${input}"`, () => expect(normalize(input)).to.equal(expected));
  });

  KEPT.forEach(([what, input, expected]) => {
    it(`keeps ${what}: "${input}"`, () => expect(normalize(input)).to.equal(expected));
  });
});
