import { rx } from './triage-words';

/**
 * Context for the safety net (triage-net.ts): what cancels a danger word. The net is built
 * for recall, so only CLEAR signs cancel: a date or "hier", an information question, fiction,
 * a negation right before the word. Over normalised text (no accents, elisions expanded).
 */

const NUMBER = '(\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques|plusieurs)';
const MONTH = '(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|' +
  'decembre)';

/** Clearly over: a day or a date in the past, a complaint, a court case. */
export const NET_PAST = rx('',
  '\\b(hier|avant hier|le an dernier|le annee derniere|le mois dernier|la semaine derniere|',
  'le ete dernier|le hiver dernier|le week end dernier|la nuit derniere|samedi dernier|',
  `il y a ${NUMBER} (jours|semaines|mois|ans|annees)|quand je etais|a le epoque|autrefois|`,
  `(le|en|de|du) (\\d{1,2} )?${MONTH}|\\d{1,2} \\d{1,2} \\d{2,4}|en (19|20)\\d\\d|`,
  'depuis des (mois|annees)|plainte|pre plainte|y a eu|a eu lieu|ce etait|avait|suite a|',
  'tribunal|proces|condamne|jugement|a ete (arrete|interpelle))\\b',
);

/** Present signs that win over a past one: "il m'a frappée hier et il revient". */
export const NET_NOW = rx('',
  '\\b(revient|reviennent|va revenir|est revenu|est de retour|en bas|dehors|devant (ma|la|notre) ',
  'porte|encore la|toujours la|il est la|ils sont la|en ce moment|maintenant|tout de suite|',
  'vite|au secours|en train de|aidez moi|actuellement|(respire|bouge|repond|reagit) plus|',
  '(il|elle|ils|elles) (continue|continuent|recommence|recommencent))\\b',
  // "il continue à me harceler par messages" is still the complaint
  '(?! (de|a) (me |nous )?(harceler|envoyer|ecrire|appeler|contacter|insulter|publier))',
);

/**
 * Information questions: cancel the net (never a call for help, suicide or hiding) unless
 * something says now ("vite", "en train de").
 */
export const NET_INFO = rx('',
  '\\b(conseils?|astuces?|prevention|prevenir|sensibilisation|reglementation|legislation|la loi|',
  'est (il|elle|ce) (interdit|autorise|legal|obligatoire|permis)|le droit de|droit de porter|',
  'interdit|interdits|interdites|autorise|autorisee|autorises|obligatoire|comment (se )?proteger|',
  'proteger (ma|mon|sa|son|nos|notre|les) \\w+ (des|contre)|comment (reagir|reconnaitre|',
  'eviter|obtenir|declarer|devenir|signaler)|quel numero|quels? sont les|signes de|formation|',
  'cours de|stage de|expose|exposes|statistiques|memoire sur|article sur|recherche sur|',
  'declarer|declaration|(port|permis|detention|transport|vente|achat|achats|',
  'transporter|porter) (de |de une |de un |une |un |des |mon |ma )(arme|armes|couteau|fusil)|',
  'demarches?)\\b',
);

/** Hypothetical clauses removed before matching: "que faire en cas d'incendie". */
export const HYPOTHETICAL: readonly RegExp[] = [
  rx('g',
    '\\b(que|quoi|comment) (faire|reagir|agir|dois je faire|faut il faire) (en cas de|en cas|si|',
    'quand|apres|contre|face a|devant)( [a-z0-9]+){0,6}',
  ),
  /\ben cas de( [a-z0-9]+){0,3}/g,
  /\bsi jamais( [a-z0-9]+){0,6}/g,
  /\b(signes|symptomes) (de|du|des|de un|de une)( [a-z0-9]+){0,3}/g,
];

/** Idioms the phrase rules did not know, removed like theirs: "il se noie dans ses devoirs". */
export const MORE_IDIOMS: readonly RegExp[] = [
  rx('g',
    '\\b(se noie|me noie|se noient|noye|noyee|noyes) (dans|sous) (la|les|le|ses|mes|des|un|une|',
    'son|sa|mon|ma) (paperasse|travail|papiers|boulot|devoirs|dettes|problemes|demarches|',
    'dossiers|factures|mails|chagrin|alcool)\\b',
  ),
  /\b(tape|tapent|tapes|tapez) (sur|a) (les|le|mes|ses) (nerfs|systeme|ciboulot)\b/g,
];

/** Fiction, games, media: "un jeu vidéo avec des armes", "un incendie à la télé". */
export const NET_FICTION = rx('',
  '\\b(film|films|serie|series|livre|roman|jeu video|jeux video|documentaire|cauchemar|reve|',
  'fiction|netflix|episode|manga|bd|theatre|chanson|cauchemars|reves|livres|romans|mangas|',
  'chansons|episodes|documentaires|tele|television|reportage|journal|',
  'actualites|fortnite|gta|airsoft|paintball|nerf|jouet|jouets|deguisement|halloween)\\b',
);

/** Words before a danger word that negate it: "pas de feu", "sans arme", "aucun blessé". */
const BEFORE_NEGATORS = new Set(['sans', 'aucun', 'aucune', 'jamais', 'ni', 'non']);
const PAS_FOLLOWERS = new Set(['de', 'un', 'une', 'le', 'la', 'des', 'du', 'en']);
/** "il se noie pas": a negation right after the danger words, when they hold none. */
const AFTER_NEGATORS = new Set(['pas', 'jamais']);
const OWN_NEGATION = /\b(ne|pas|plus)\b/;

/** "y a pas le feu", "il n'est pas armé", "sans arme": the three words before `index`. */
export function negatedAt(text: string, index: number, end = index): boolean {
  const after = text.slice(end).trimStart().split(' ', 1)[0];
  if (end > index && AFTER_NEGATORS.has(after) && !OWN_NEGATION.test(text.slice(index, end))) {
    return true;
  }

  const before = text.slice(0, index).trim().split(' ').filter(Boolean).slice(-3);
  if (before.some((word) => BEFORE_NEGATORS.has(word))) {
    return true;
  }

  const pas = before.lastIndexOf('pas');
  return pas >= 0 && (pas === before.length - 1 || PAS_FOLLOWERS.has(before[pas + 1]));
}
