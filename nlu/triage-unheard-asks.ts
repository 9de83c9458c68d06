import { gatedTest } from './regex-gate';
import { CANNOT_HEAR, rx } from './triage-words';

/**
 * Who cannot phone asks how to warn the emergency services in writing while telling a
 * danger: "je suis malentendant, mon voisin saigne de la tête, comment prévenir les secours
 * par écrit". The question is how to call, not about the danger: it must not calm it.
 */

const CANNOT_PHONE_SELF = rx('',
  `\\b((je suis|suis|jsuis|chui) (${CANNOT_HEAR}|sourd muet|sourde muette)|`,
  'je (ne )?entends (pas|rien)|sourde? de naissance|je (ne )?(peux|sais) pas telephoner|',
  'je (ne )?parle pas|sans voix)\\b|',
  `^(${CANNOT_HEAR})\\b`,
);
const HOW_TO_REACH_HELP = rx('',
  '\\b(comment|on peut|je peux|quel numero|un numero|il faut)\\b.{0,50}\\b(secours|pompiers|',
  'samu|ambulance|urgences|urgence|medecin|15|18|112|114|gendarmes|gendarmerie|police)\\b|',
  '\\b(par ecrit|par sms|par texto|par message|par tchat|par chat|en ecrivant)\\b',
);

/** True when the question only asks how to reach help without a voice. */
export function asksHowToWriteForHelp(normalized: string): boolean {
  return gatedTest(CANNOT_PHONE_SELF, normalized) && gatedTest(HOW_TO_REACH_HELP, normalized);
}
