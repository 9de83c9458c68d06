import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A short answer that the danger has left, typed after an emergency or a gendarme's
 * question: "il est rentré chez lui", "c'est bon il est reparti", "oui je suis en sécurité".
 * The learned vote read "rentré" and "parti" as a break-in or a flight and raised 119, 17,
 * 15, 18 on a citizen who had just said it was over. "Rentré chez moi", "dans la maison",
 * "avec un couteau", "il revient" keep the alarm: any sign that he is there or coming back,
 * anyone taken along, any hurt or fear.
 */
const HINT = rx('',
  '\\b(rentre|rentree|rentres|parti|partie|partis|parties|partit|reparti|repartie|repartis|',
  'repartit|retourne|retournee|alle|allee|alles|barre|barree|securite|abri|plus la|loin)\\b',
);

const WHO = '(il|elle|ils|elles|mon ex|son ex|le mec|le type|le gars|ce mec|ce type|cet homme|' +
  'le homme|lui|le voisin|la voisine|mon mari|mon conjoint|mon copain|son mari|son copain|' +
  'mon pere|mon beau pere|mon frere)';
const LEFT = '(est |sont |se est |se sont |a |ont )?(rentre|rentree|rentres|rentrees|parti|' +
  'partie|partis|parties|partit|reparti|repartie|repartis|reparties|repartit|retourne|' +
  'retournee|retournes|en alle|en allee|en alles|barre|barree|barres|casse|tire|sorti|sortie|' +
  'sortis|plus la|plus ici|loin|quitte (le appart|la maison|les lieux|le immeuble|' +
  'le batiment))';
const WHERE = '( (chez (lui|elle|eux|sa mere|son pere|ses parents|sa copine|sa femme|un pote|' +
  'un ami|une amie|son frere|sa soeur|sa mere)|a (la maison|son domicile|son hotel)|' +
  'de chez (moi|nous)|ailleurs|dormir chez (lui|elle|un pote|sa mere)))?';
const SAFE = '((je suis|je me sens|on est|nous sommes|suis|jsuis|chui|je suis bien) (en securite|' +
  'a le abri|tranquille|sauve|sauvee|hors de danger)( chez (ma|mon|une|un|des|mes) [a-z]+)?|' +
  'tout va bien|ca va maintenant|ca va mieux)';
const OPENER = '((oui|ouais|non|ok|okay|bon|c est bon|ce est bon|cest bon|c bon|ce bon|voila|' +
  'merci|alors|en fait|enfait|ca va|ouf|maintenant|du coup|dc|la|bah|ben) )*';
const CLAUSE = `(${WHO} ${LEFT}${WHERE}|${SAFE})`;

const TRAIL = '(merci|maintenant|la|ouf|ca va|tout va bien|pour le moment|pour l instant|' +
  'je crois|normalement|enfin|heureusement|je pense)';

const GONE_AWAY = rx('',
  `^${OPENER}${CLAUSE}( (et |mais |donc )?${OPENER}${CLAUSE})*( ${TRAIL})*$`,
);

/** He is in, coming back, or somebody is taken, hurt or afraid. */
const STILL_DANGER = rx('',
  '\\b(chez moi|chez nous|dans (la|ma|notre|le|mon) [a-z]+|avec|revient|reviennent|revenir|',
  'reviendra|va revenir|attend|attendent|en bas|devant|tape|frappe|casse tout|menace|couteau|',
  'arme|peur|aidez|aide|secours|vite|sang|blesse|blessee|saigne|feu|pleure|crie|hurle|tuer|',
  'enfants|enfant|bebe|fille|pas|jamais|ne)\\b',
);

export function dangerGoneReply(normalized: string): boolean {
  return gatedTest(HINT, normalized) && !gatedTest(STILL_DANGER, normalized) &&
    gatedTest(GONE_AWAY, normalized);
}
