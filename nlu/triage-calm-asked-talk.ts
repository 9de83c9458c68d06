import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Asked ahead about someone else's talk of suicide: "que dire si un collègue parle de mettre
 * fin à ses jours ?", "si un proche évoque le suicide, que faire ?". An "if" about what
 * another might say is information; a relative who says it now ("ma fille me dit ce soir
 * qu'elle va en finir"), the writer's own wish or an act under way keep the alarm.
 */
const HINT = /\bsi\b/;

const IF_THEY_TALK = rx('',
  '\\bsi (un|une|mon|ma|son|sa|le|la|quelqu un|un jour un|un jour une|jamais un|jamais une)',
  '( [a-z]+){0,2} (me |nous |te |vous )?(parle|parlait|evoque|evoquait|dit|disait|confie|',
  'confiait|pense|pensait|ecrit|ecrivait|annonce|annoncait) ',
);
const ASKED = rx('',
  '\\b(que|quoi|comment) (faire|dire|reagir|repondre|agir)\\b|\\bje (fais|dis|reponds) quoi\\b|',
  '\\b(qui|quel numero) (appeler|contacter)\\b',
);
const NOW_OR_MINE = rx('',
  '\\b(ce soir|cette nuit|maintenant|en ce moment|vite|la il|la elle|a pris|a avale|adieu|',
  'repond plus|decroche plus|je veux|je vais|me tuer|me suicider|en finir ce|est sur|',
  'corde|cachets|medocs)\\b',
);

export function askedAboutOthersTalk(text: string): boolean {
  return gatedTest(HINT, text) && gatedTest(IF_THEY_TALK, text) && gatedTest(ASKED, text) &&
    !gatedTest(NOW_OR_MINE, text);
}
