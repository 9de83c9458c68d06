import { rx } from './triage-words';

/**
 * An animal that ran into a car ("une biche s'est jetée sous mes roues", "un sanglier s'est
 * lancé contre la portière"): a collision with wildlife, told with the very words of a
 * suicide attempt. The animal is the subject, so no person threw themselves: the net's
 * attempt family must not read it. A person hurt in the same crash is read by the road
 * families, which this does not touch.
 */
const WILDLIFE = '(biche|biches|chevreuil|chevreuils|cerf|cerfs|daim|daims|sanglier|sangliers|' +
  'laie|marcassin|renard|renards|blaireau|blaireaux|lievre|lapin|faisan|chat|chien|chienne|' +
  'cheval|vache|veau|mouton|animal|animaux|bete|betes|oiseau|hibou|chouette|herisson|loup|' +
  'ragondin|fouine|martre|raton laveur|cochon|ane|poney|chevre|elan)';

export const ANIMAL_THREW_ITSELF = rx('',
  `\\b${WILDLIFE} (se est|me est|nous est|lui est|est) ([a-z]+ )?(jete|jetee|jetes|lance|`,
  'lancee|precipite|precipitee|suicide|suicidee|rue|ruee|rentre|rentree|couche|couchee)\\b',
);
