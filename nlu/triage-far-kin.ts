import { gatedTest } from './regex-gate';
import type { EmergencyAssessment } from './types';
import { FOREIGN_PLACE } from './triage-far-places';
import { rx } from './triage-words';

/**
 * A relative hurt, beaten or taken in another country, told from France: "ma sœur est en
 * Égypte, son mari la frappe, elle vient d'appeler", "mon frère a été pris en otage au
 * Liban". The 17 cannot act over there: 112 leads (it reaches the local services from a
 * phone in most countries, and the answer names the consulate). The 114 is for a writer who
 * cannot speak, not for a relative who phoned. A relative lost from sight keeps its own
 * numbers (triage-far.ts): there, the danger's first number is a search.
 */
const KIN_ABROAD = rx('',
  '\\b(mon|ma|mes|notre|nos) (frere|soeur|fils|fille|pere|mere|cousin|cousine|oncle|tante|ami|',
  'amie|copain|copine|parents|enfants|enfant|grand pere|grand mere|neveu|niece|mari|femme|',
  'compagnon|compagne|petit fils|petite fille|belle soeur|beau frere)( (est|sont|vit|vivent|',
  'habite|habitent|travaille|travaillent|etudie|qui (est|vit|habite)))? (en|au|aux|a) ',
  `${FOREIGN_PLACE}\\b|\\b(mon|ma|notre) [a-z]+( [a-z]+)? (a ete|se est fait|aurait ete) `,
  '(enleve|enlevee|enlever|kidnappe|kidnappee|kidnapper|sequestre|sequestree|pris en otage)',
  `( [a-z]+){0,3} (en|au|aux|a) ${FOREIGN_PLACE}\\b`,
);

/** Dangers done by someone, where the local police is the one to reach. */
const DONE_BY_SOMEONE: ReadonlySet<string> = new Set([
  'violence', 'domestic_violence', 'child_violence', 'weapon', 'intrusion',
]);

export function withKinAbroadFirst(assessment: EmergencyAssessment, normalized: string):
  EmergencyAssessment {
  if (!DONE_BY_SOMEONE.has(assessment.situation ?? '') || !gatedTest(KIN_ABROAD, normalized)) {
    return assessment;
  }

  const rest = assessment.numbers.filter((number) => number !== '112' && number !== '114');
  return { ...assessment, numbers: ['112', ...rest], abroad: true };
}
