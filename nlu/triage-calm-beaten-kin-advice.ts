import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * A parent or a friend asking how to help someone beaten at home ("mon gendre bat ma fille,
 * elle a peur de partir avec les enfants, comment l'aider"): the advice and the 3919 page,
 * not a patrol, as long as no blow is told as happening now. "il la frappe là", "en ce
 * moment", tonight, a weapon or a threat to kill keep the alarm.
 */
const KIN = '(ma fille|ma soeur|ma mere|ma maman|ma niece|ma cousine|ma petite fille|' +
  'ma belle fille|ma belle soeur|ma tante|mon amie|ma meilleure amie|une amie|ma copine|' +
  'une copine|ma voisine|une collegue|ma collegue|mon fils|mon frere)';

const BLOWS = rx('',
  `\\b(bat|frappe|tape|cogne|violente|maltraite|brutalise|gifle|battue|frappee|tapee|`,
  `maltraitee|violentee|brutalisee)\\b`,
);

const KIN_HURT = rx('',
  `\\b${KIN}( [a-z]+){0,3} (est|se fait|se fait encore) (battue|frappee|tapee|maltraitee|`,
  `violentee|brutalisee)\\b|\\b(bat|frappe|tape|cogne|violente|maltraite|brutalise|gifle) `,
  `${KIN}\\b|\\b(la|le) (bat|frappe|tape|cogne|violente|maltraite|brutalise)\\b`,
);

/** The writer asks what to do for them. */
const ASKS_ADVICE = rx('',
  '\\b(comment (la |le |les |l )?(aider|proteger|convaincre|soutenir|sortir)|',
  'comment faire pour (la|le|les|l)|que (puis je|peut on|dois je|faire pour)|',
  'quoi faire|que faire|des conseils|un conseil|conseillez|vers qui (me|se) tourner|',
  'a qui (en )?parler|(peur|ose pas|osent pas|veut pas|refuse) (de )?(partir|porter plainte|',
  'le quitter|en parler))\\b',
);

/** What says the danger is under way or near: then it is an emergency after all. */
const DANGER_NOW = rx('',
  '\\b(la devant|la maintenant|la tout de suite|en ce moment|ce soir|cette nuit|tuer|',
  'couteau|arme|fusil|etrangle|etrangler|inconsciente|inconscient|hopital|urgences|',
  'enfermee|sequestree|au secours|vite)\\b',
);

export function beatenKinAdvice(text: string): boolean {
  return gatedTest(BLOWS, text) && gatedTest(KIN_HURT, text) && gatedTest(ASKS_ADVICE, text) &&
    !gatedTest(DANGER_NOW, text) && !hereNow(text);
}
