import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A scam that uses a relative as bait: "un SMS dit que mon fils a eu un accident, il faut
 * envoyer de l'argent tout de suite", while the son is beside the writer and fine, or the
 * writer asks "c'est une arnaque ?". The accident and the urgency are the scammer's words,
 * not a scene. A weapon, a threat at the door or a cry for help keeps the alarm.
 */

/** The claim came by a message or a call. */
const CLAIMED = rx('',
  '\\b(sms|texto|textos|message|messages|mail|email|appel|whatsapp|messagerie|numero inconnu|',
  'on me a appele|me a appele|me a appelee|me appelle|me ecrit|me a ecrit|recu)\\b',
);

/** Money asked for: the scam's point. */
const MONEY = rx('',
  '\\b(argent|largent|payer|paye|virement|virer|envoyer de le|envoyer \\d+|mandat|carte cadeau|',
  'cartes cadeaux|coupon|coupons|pcs|transcash|neosurf|rancon|euros|eur|caution|frais)\\b',
);

/** The relative is safe, or the writer names a scam. */
const SAFE_OR_SCAM = rx('',
  '\\b(arnaque|arnaques|arnaqueur|arnaqueurs|escroquerie|escroc|escrocs|fraude|faux message|',
  'faux sms|(est|etait|sont) (a cote de moi|avec moi|a la maison|chez moi|en cours|au travail|',
  'au lycee|a le ecole|dans sa chambre|en face de moi)|(il|elle|ils|elles) (va|vont) ',
  '(tres )?bien|(je le|je la|je les) ai eu au telephone|(il|elle) n a rien)\\b',
);

/** The writer's own danger: a weapon, a threat at the door, a cry for help. */
const OWN_DANGER = rx('',
  '\\b(couteau|arme|pistolet|devant chez moi|devant ma porte|me menace|nous menace|',
  'au secours|aidez moi|me suit|frappe a la porte|enferme)\\b',
);

export function scamAboutARelative(text: string): boolean {
  return gatedTest(CLAIMED, text) && gatedTest(MONEY, text) && gatedTest(SAFE_OR_SCAM, text) &&
    !gatedTest(OWN_DANGER, text);
}
