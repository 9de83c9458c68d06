import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Two kinds of message the learned vote read as danger (t42 red team), left to the rules
 * and the FAQ when nothing harmful is told beside them:
 * - a dispute before the family judge ("mon ex veut la garde du bébé, il menace de saisir le
 *   juge"): custody, visiting rights, maintenance, a lawyer;
 * - a worry told in general ("j'ai peur de rentrer seule le soir en général").
 */
const FAMILY_LAW = rx('',
  '\\b(la garde|garde alternee|garde exclusive|droit de visite|droits de visite|',
  'pension alimentaire|jaf|juge aux affaires familiales|saisir le juge|saisir la justice|',
  'avocat|avocate|mediation familiale|mediateur|audience|proces|divorce)\\b',
);
const IN_GENERAL = /\b(en general|generalement|de maniere generale|de facon generale)\b/;

/** What would make either a danger after all. */
const HARM = rx('',
  '\\b(frappe|frapper|frappee|tape|taper|bat|battre|coups|gifle|etrangle|tuer|tue|buter|',
  'couteau|arme|fusil|pistolet|sang|saigne|blesse|blessee|enleve|enlevee|kidnappe|',
  'parti avec|partie avec|embarque|disparu|disparue|menace de mort|suit|suivie?|rode|',
  'devant chez moi|en bas|defonce|casse|hurle|crie|cache|cachee|au secours|aidez)\\b',
);

export function disputeOrGeneralWorry(normalized: string): boolean {
  return (gatedTest(FAMILY_LAW, normalized) || gatedTest(IN_GENERAL, normalized)) &&
    !gatedTest(HARM, normalized);
}
