import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A whole message that opens on a supposed scene, the question left unsaid: "si quelqu'un
 * fait un malaise devant moi ?", "si je vois quelqu'un se noyer". Nobody is in danger now;
 * the keyword answer gives the number for that scene (dialogs/common/rescueQuestion.ts).
 * The supposition holds to the end of the message: a word of now ("maintenant", "vite",
 * "aidez"), someone said to be here, or "si" answering a question ("si, il est là") is
 * no supposition, and keeps its alarm.
 */
const WORD = '( (?!(maintenant|actuellement|vite|secours|moment|aidez|aide|urgent|venez|la il|' +
  'en ce moment|(il|elle|ils|elles|on|quelqu un) (est|sont) (la|ici|dans|devant|derriere|chez|' +
  'en bas|encore|toujours))\\b)[a-z0-9]+)';
const SUPPOSER = '(je vois|je voyais|je tombe sur|je trouve|on voit|on tombe sur|on trouve|' +
  'je suis temoin de|je assiste a|quelqu un|qqn|une personne|un passant|une passante|un inconnu|' +
  'un enfant|un baigneur|un nageur|un collegue|un client|un eleve|un jour)';

const OPENING = '((et|mais|bonjour|euh|question|petite question|une question|quels? gestes?|' +
  'quels? reflexes?|que faire|quoi faire|comment reagir|comment agir|on fait quoi|je fais quoi) )*';

const WITNESS_IF = rx('',
  `^${OPENING}si ${SUPPOSER}` +
  `(?! (est|sont) )${WORD}{1,16}$`,
);

/** Cheap first test: the message opens on "si", or on a question and "si". */
const OPENS_ON_IF = new RegExp(`^${OPENING}si `);

/** A whole message that only supposes a scene ("si je vois quelqu un se noyer"): nothing. */
export function withoutSupposedScene(text: string): string {
  return gatedTest(OPENS_ON_IF, text) && gatedTest(WITNESS_IF, text) ? '' : text;
}
