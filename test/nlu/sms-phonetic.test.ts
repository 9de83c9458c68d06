import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';

/**
 * French spelt as it sounds (sms-phonetic.ts), read in the dictionary's spelling by the
 * triage and the topic model alike; the ambiguous words only where nothing else is meant.
 */
const RESPELT: ReadonlyArray<readonly [string, string, string]> = [
  ['time markers', 'il me tape depui des anné', 'il me tape depuis des annees'],
  ['months and days counted', 'ça fé 3 moi, depui 2 jour', 'ca fait 3 mois depuis 2 jours'],
  ['long ago and often', 'depui longtemp il boit souvan', 'depuis longtemps il boit souvent'],
  ['never, always', 'jamai il la lache toujour la', 'jamais il la lache toujours la'],
  ['every evening, all the time', 'tou les soir tou le temp', 'tous les soirs tout le temps'],
  ['last year', 'l anné derniere', 'le annee derniere'],
  ['"jé" before what one has', 'jé peur jé vu', 'je ai peur je ai vu'],
  ['"je sé" before a negation', 'je sé pa', 'je sais pas'],
  ['"é" after a subject', 'il é parti', 'il est parti'],
  ['"é" after a named subject', 'le chauffeur é coincé', 'le chauffeur est coince'],
  ['"cé" before a state', 'cé grave cé pas moi', 'ce est grave ce est pas moi'],
  ['"je sui"', 'je sui sourde', 'je suis sourde'],
  ['people', 'kelk1 a pris les enfan', 'quelqu un a pris les enfants'],
  ['"pour eu"', 'jai peur pour eu', 'je ai peur pour eux'],
  ['help and danger words', 'o secour acident grav voitur', 'au secours accident grave voiture'],
  ['a glued "feu dartifice"', 'feu dartifice', 'feu de artifice'],
  ['the phone, the answer', 'il repon plu au telefone', 'il repond plus au telephone'],
  ['a lot', 'mersi bocou', 'mersi beaucoup'],
  ['the country\'s elided address', "bonjour m'sieur dame", 'bonjour monsieur dame'],
  ['"m\'dame", "msieur"', "merci m'dame, au revoir msieur", 'merci madame au revoir monsieur'],
];

const KEPT: ReadonlyArray<readonly [string, string, string]> = [
  ['a name', 'la fete de Anne', 'la fete de anne'],
  ['an inverted question', 'ai-je besoin d un avocat', 'ai je besoin de un avocat'],
  ['"n\'est-ce pas"', 'n est-ce pas', 'ne est ce pas'],
  ['an e-mail', 'e-mail perdu', 'e mail perdu'],
  ['"moi" as a pronoun', 'Anne et moi', 'anne et moi'],
  ['"je" before a verb', 'j envie mon frere, j essaye', 'je envie mon frere je essaye'],
  ['the Italian "e"', 'mio padre e svenuto', 'mio padre e svenuto'],
  ['a lady after "me"', "une dame m'a dit", 'une dame me a dit'],
];

describe('normalize: French spelt as it sounds', () => {
  RESPELT.forEach(([what, input, expected]) => {
    it(`respells ${what}: "${input}"`, () => expect(normalize(input)).to.equal(expected));
  });

  KEPT.forEach(([what, input, expected]) => {
    it(`keeps ${what}: "${input}"`, () => expect(normalize(input)).to.equal(expected));
  });
});
