import { rx } from './triage-words';

/**
 * A case supposed, then "what should I do", the question asked last and often without a
 * question mark (dictated, blind93): "si un jour quelqu un rentre chez moi la nuit qu est ce
 * que je dois faire", "au cas ou un cambrioleur entre la nuit que faut il faire", "imaginons
 * que quelqu un force ma porte comment je dois reagir". The whole clause, from the "if" to
 * the question, is removed like the other hypothetical clauses (triage-net-context.ts), so
 * that what follows it ("j habite seule a la campagne") is still read.
 *
 * Never a supposition: "je sais pas si quelqu un est rentre" (an indirect question, the
 * intruder may be inside), nor a case with a word of now or someone said to be here ("si il
 * me trouve, il est dans le couloir, que dois je faire"): those words stop the clause, and
 * the danger words before them stay.
 */

/** "si", "s'il" (written "se il"), and the longer ways of supposing; not "je sais pas si". */
const WHAT_IF = '(?<!\\b(sais|sait|savais|savoir|demande|demandais|pas|verifier|voir|vois) )' +
  '\\b(si|se(?= ils?\\b)|au cas ou|en cas ou|dans le cas ou|pour le cas ou|imaginons que|' +
  'imaginez que|supposons que|admettons que|mettons que|le jour ou)';

/** A word of the supposed case: never one of now, nor someone said to be here. */
const SUPPOSED = '( (?!((il|elle|ils|elles|on|quelqu un|qqn) (est|sont) (la|ici|dans|devant|' +
  'derriere|chez|en bas|encore|toujours|juste)|(me|nous) (tue|tuent|tuera|tueront)|maintenant|' +
  'actuellement|vite|secours|moment|aidez|aide|urgent|venez|ce soir|cette nuit)\\b)[a-z0-9]+)';

/** "que dois-je faire", "qu'est-ce qu'il faut faire", "comment je dois réagir". */
const WHAT_TO_DO = '(que est ce que|que est ce qu) (je|on|il|nous) (dois|doit|devons|devrais|' +
  'devrait|faut|fais|fait|faisons|peux|peut|pourrais|pourrait)( faire| reagir| appeler)?|' +
  'que (dois je|doit on|faut il|puis je|peut on|devrais je|devrait on|devons nous|faire)' +
  '( faire)?|comment (je dois|dois je|on doit|doit on|faut il|il faut|je peux|puis je)? ?' +
  '(reagir|agir|faire|me proteger|me defendre)|' +
  '(je|on) (dois|doit|devrais|devrait) (faire|reagir) (quoi|comment)|' +
  'quelle est la (bonne )?(conduite a tenir|reaction|attitude|marche a suivre)|' +
  'quels sont les (bons )?(gestes|reflexes)';

/** Removed before the danger words are read: nothing of the supposed case is under way. */
export const WHAT_IF_ASKED = rx('g', `${WHAT_IF}${SUPPOSED}{1,14}? (${WHAT_TO_DO})\\b`);
