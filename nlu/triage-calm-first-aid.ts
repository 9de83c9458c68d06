import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A first-aid how-to question about anyone ("les gestes de premiers secours si une personne
 * tombe dans les pommes", "la bonne réaction devant quelqu'un qui perd connaissance", "la
 * conduite à tenir si quelqu'un ne répond pas"): a lesson asked, nobody down. A relative
 * named, or the scene here and now, keeps the alarm.
 */
const HOW_TO = rx('',
  '\\b(premiers secours|premier secours|gestes qui sauvent|geste qui sauve|bons gestes|',
  'bon geste|les gestes|quels gestes|bonne reaction|bonnes reactions|bon reflexe|',
  'bons reflexes|conduite a tenir|attitude a adopter|comment reagir|comment agir|',
  'que faut il faire|quoi faire|que faire|on fait quoi|protocole|psc1|formation)\\b',
);
const ANYONE = rx('',
  '\\b(si|quand|lorsque|devant|face a|en cas de|pour) (une personne|quelqu un|qqn|',
  'quelquun|une victime|la victime|un enfant|un bebe|un adulte|un inconnu|une inconnue|',
  'un passant|une passante|un collegue|une collegue|un eleve|un sportif|un malaise|une chute|',
  'un arret|une perte|une syncope|on)\\b',
);
const SOMEONE_HERE = rx('',
  '\\b(mon|ma|mes|notre|nos|il est|elle est|la il|la elle|maintenant|en ce moment|vite|',
  'au secours|aidez|urgent|urgence|tout de suite|ici|devant moi|a cote de moi|chez moi|',
  'suicide|suicider|se tuer|mourir|en finir)\\b',
);

export function firstAidLesson(text: string): boolean {
  return gatedTest(HOW_TO, text) && gatedTest(ANYONE, text) && !gatedTest(SOMEONE_HERE, text);
}
