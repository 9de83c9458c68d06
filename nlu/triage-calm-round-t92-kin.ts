import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t92's calm look-alikes told about a relative, with nothing happening now: a sister's
 * bruises blamed on a fall that the writer does not believe (the domestic violence answer,
 * not a 17), a grandchild locked in the dark as his usual punishment (the child in danger
 * answer, which gives the 119). Blows heard, a call in tears or a child crying now keep the
 * alarm.
 */

/** A woman close to the writer: who the suspicion is about. */
export const RELATIVE = rx('',
  '\\b(ma|mon) (soeur|copine|amie|meilleure amie|mere|maman|fille|cousine|voisine|tante|',
  'belle soeur|belle fille|niece|collegue|pote|grand mere|petite fille|ex|belle mere)\\b|',
  '\\b(une|mon) (amie|collegue)\\b|\\bla voisine\\b',
);

/** Belief rather than a scene: "je pense que", "je suis sûre que c'est son mec". */
const SUSPECTED = rx('',
  '\\b(je pense que|je pense|je crois que|je crois|je suis sure?|je suis certaine?|',
  'je suis persuadee?|je suis convaincue?|je en suis sure?|je en suis certaine?|je soupconne|',
  'soupconne|on dirait que|ca doit etre|ce doit etre|ce est surement|ce est forcement|',
  'je me doute|je ai l impression que|jsuis sure?|jsui sure?)\\b',
);

/** The signs seen, or the fall she blames. */
const SIGNS = rx('',
  '\\b(bleus|bleu|marques|marque|traces|hematomes|hematome|oeil au beurre noir|coquard|',
  'coquards|cocard|visage marque|griffures|ecchymoses|dit que (elle|ce) (est|se est) ',
  '(tombee|rien|cognee|la porte))\\b',
);

/** Who the blows are blamed on: the partner, the stepfather. */
const PARTNER_BLAMED = rx('',
  '\\b(la|le) (bat|battre|frappe|frapper|tape|taper|cogne|cogner|brutalise|maltraite)\\b|',
  '\\b(son|ce) (mec|mari|copain|compagnon|conjoint|ex|jules|gars)\\b|',
  '\\b(mon beau pere|violences conjugales|violence conjugale|violent)\\b',
);

/** What makes it now: a call in tears, screams, a threat, a weapon, tonight. */
export const SCENE_NOW = rx('',
  '\\b(en train de|la maintenant|maintenant|en ce moment|a le instant|vient de|viennent de|',
  'me appelle|appelle en pleurant|en pleurant|au secours|a le aide|aidez|vite|urgent|crie|cris|',
  'hurle|hurlements|je entends|on entend|ce soir|cette nuit|menace|menacee|tuer|couteau|arme|',
  'sang|saigne|inconsciente|inconscient|respire|malaise|enfermee|sequestree|etrangle|etranglee|',
  'suicider|mourir|en finir|',
  'la il|et la)\\b',
);

/** True for bruises told by a relative who suspects the partner, nothing under way. */
export function partnerBlowsSuspected(text: string): boolean {
  return gatedTest(SUSPECTED, text) && gatedTest(SIGNS, text) && gatedTest(RELATIVE, text) &&
    gatedTest(PARTNER_BLAMED, text) && !gatedTest(SCENE_NOW, text);
}

const CHILD = '(petit fils|petite fille|fils|fille|neveu|niece|enfant|gamin|gamine|petit|petite|' +
  'filleul|filleule|eleve|ado)';

/** A child shut in by an adult: "son père l'enferme dans le noir". */
const CHILD_SHUT = rx('',
  '\\b(le|la|les) (enferme|enferment|enfermait|enfermaient|boucle|bouclent)\\b|',
  `\\b${CHILD}( [a-z]+){0,4} (est|etait|sont|etaient) (enferme|enfermee|enfermes)\\b`,
);

const CHILD_WORD = rx('', `\\b${CHILD}\\b`);

/** Told as a habit or a punishment: "quand il est puni", "des heures", "chaque fois". */
const AS_PUNISHMENT = rx('',
  '\\b(quand (il|elle) (est|etait) (puni|punie)|quand (il|elle) (fait|faisait) (une|des) ',
  'betises?|quand (il|elle) (desobeit|fait pipi au lit|fait pipi)|pour le punir|',
  'pour la punir|comme punition|en punition|(?<!depuis )des heures|pendant des heures|',
  'toute la nuit|souvent|tout le temps|chaque fois|des fois|parfois|regulierement|',
  'tous les soirs)\\b',
);

/** Now, crying, or the writer locked in: the alarm's, not this calm's. */
const LOCKED_NOW = rx('',
  '\\b(en ce moment|maintenant|a le instant|vient de|viennent de|pleure|pleurer|pleurs|crie|',
  'cris|hurle|hurler|je entends|on entend|me appelle|au secours|a le aide|vite|urgent|',
  'depuis (ce matin|hier|cette nuit|une heure|deux heures|des heures)|toujours enferme|',
  'encore enferme|toujours enfermee|encore enfermee|me enferme|nous enferme|je suis enfermee?|',
  'on est enfermes|nous sommes enfermes|frappe|tape|sang|couteau|arme|se tuer|suicider|',
  'mourir|en finir)\\b',
);

/** True for a child locked up as his usual punishment, told by a relative. */
export function childLockedAsPunishment(text: string): boolean {
  return gatedTest(CHILD_SHUT, text) && gatedTest(AS_PUNISHMENT, text) &&
    !gatedTest(LOCKED_NOW, text) && gatedTest(CHILD_WORD, text);
}
