import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Someone's suicide long ago, told to ask about grief or about helping associations: "un ami
 * s'est suicidé il y a 5 ans, je voudrais savoir comment aider des associations". A death
 * over, years or months ago: no emergency, unless the writer's own despair is told beside
 * it ("je veux le rejoindre", "moi aussi je veux en finir") or something happens now.
 */
const SUICIDE_DONE = rx('',
  '\\b((se est|sest|se sont|s est) (suicide|suicidee|suicides|suicidees|donne la mort|pendu|',
  'pendue|jete|jetee)|(a|ont) mis fin a (ses|leurs) jours|mort par suicide|morte par suicide|',
  'decede par suicide|decedee par suicide)\\b',
);
const LONG_AGO = rx('',
  '\\b((il y a|y a|ca fait|cela fait|voila) (\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|',
  'dix|quelques|plusieurs) (ans|annees|mois)|le an dernier|le annee derniere|en (19|20)\\d\\d|',
  'quand (je etais|jetais) (petit|petite|jeune|ado|au lycee|au college))\\b',
);
const OWN_DESPAIR_NOW = rx('',
  '\\b(me tuer|me suicider|en finir|mourir|le rejoindre|la rejoindre|les rejoindre|',
  'envie de partir|plus envie de vivre|plus la force|moi aussi|ce soir|cette nuit|maintenant|',
  'en ce moment|va se|veut se|menace de se|a une corde|a des cachets)\\b',
);

/** True when a suicide long over is all the message tells of death. */
export function griefLongAgo(text: string): boolean {
  return gatedTest(SUICIDE_DONE, text) && gatedTest(LONG_AGO, text) &&
    !gatedTest(OWN_DESPAIR_NOW, text);
}
