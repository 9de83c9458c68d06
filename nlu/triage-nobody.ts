import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "personne de blessé", "personne n'est blessé" deny it; "une personne ne respire plus"
 * does not (an article before "personne" makes it someone).
 */
const NOBODY = rx('',
  '(?<!\\b(une|la|cette|chaque|toute|autre|quelle|seule|derniere|premiere) )',
  '\\bpersonne (de|ne( se)?( est| a| semble| parait)?( ete)?)( gravement| serieusement)? ?$',
);

/**
 * "personne blessé" (masculine: nobody hurt), but "personne blessée" is a hurt person: the
 * agreement tells them apart where the article is missing.
 */
const NOBODY_HURT = /(?<!\b(une|la|cette|toute|autre|seule) )\bpersonne $/;

export function nobodyBefore(textBefore: string, word = ''): boolean {
  return gatedTest(NOBODY, textBefore) || (gatedTest(NOBODY_HURT, textBefore) &&
    /^blesses?\b/.test(word));
}
