import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A threat to kill said laughing by a friend, told as such: "il a menacé de me tuer en
 * rigolant, c'est un pote". The joke family knew "mdr" and "pour rire" said by the writer;
 * here the laughter is the friend's and the friendship is named. A weapon, fear, blows, a
 * "c'était sérieux" or anything now keeps the alarm: a partner ("mon copain") is no friend.
 */
const THREAT = rx('',
  '\\b(menace|menacer|menacait|menacee) de (me|nous|te|le|la|les) (tuer|buter|frapper|',
  'defoncer|crever|egorger|fumer|planter|massacrer|casser la gueule)|',
  '(va|vais|allait) (me|te|nous|le|la) (tuer|buter|defoncer|crever|fumer|planter)|',
  '(dit|dis|a dit|disait) (que )?(il|elle|je)? ?(allait|va|vais) (me|te|nous) (tuer|buter)\\b',
);
const IN_JEST = rx('',
  '\\b(en (rigolant|riant|plaisantant|blaguant|deconnant|se marrant|souriant)|pour (rire|',
  'rigoler|plaisanter|deconner|blaguer|de faux|la blague)|(ce etait|cetait|ce est|cest) ',
  '(une blague|pour rire|de la rigolade|pour de faux|du second degre|de la deconne)|',
  '(il|elle|on) (rigolait|plaisantait|blaguait|deconnait|se marrait)|second degre)\\b',
);
const FRIEND = rx('',
  '\\b(pote|potes|poto|ami|amie|amis|collegue|collegues|meilleur ami|meilleure amie|',
  'entre (potes|amis|copains|collegues)|copain de (classe|foot|boulot|sport)|mon cousin|',
  'ma cousine|mon frere|pour jouer)\\b',
);
const SERIOUS = rx('',
  '\\b(couteau|arme|flingue|fusil|pistolet|peur|frappe|tape|coups|sang|blesse|maintenant|',
  'en ce moment|vite|aidez|secours|serieux|pour de vrai|pas une blague|rigole pas|',
  'rigolait pas|plaisantait pas|devant chez moi|chez moi|encore|mon copain|ma copine)\\b',
);

export function banterAmongFriends(text: string): boolean {
  return gatedTest(THREAT, text) && gatedTest(IN_JEST, text) && gatedTest(FRIEND, text) &&
    !gatedTest(SERIOUS, text);
}
