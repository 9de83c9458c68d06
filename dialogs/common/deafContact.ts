import { CANNOT_HEAR } from '../../nlu/triage-words';

/** Who the citizen is: deaf, hard of hearing, unable to speak, signing. */
const DEAF = new RegExp(`\\b(?:${CANNOT_HEAR}|langue des signes|lsf|appareille|appareillee|`
  + 'entend pas|entends pas|entends mal|entend mal|ne peux pas telephoner|peux pas telephoner)\\b');

/** How to reach the gendarmerie: contact, write, call, a number. */
const ASKS_CONTACT = new RegExp('\\b(?:contacter|contacte|contact|joindre|vous joindre|'
  + 'vous ecrire|ecrire|appeler|vous appeler|quel numero|un numero|numero|communiquer|'
  + 'comment (?:je )?(?:fais|faire|faut il faire)|prevenir|alerter)\\b');

/**
 * "je suis sourde comment je vous contacte": the answer must name the 114 and its written
 * and signed ways (SMS, application, visio), which the service presentation did not (t65).
 * Danger told beside it is the triage's, which runs before any routing.
 */
export function asksDeafContact(words: string): boolean {
  return DEAF.test(words) && ASKS_CONTACT.test(words);
}
