import { rx } from './triage-words';
import { NOT_HOW_SEEN } from './triage-calm-seems';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for someone gone who cannot look after themselves: a young child, or
 * an elder with dementia. Gone just now, or where a child gets lost, it is a search to start
 * at once (17); the teenager's runaway of last week is the missing-person FAQ.
 */

/** "de 6 ans", "de 6ans", "de 18 mois": the typed age often loses its space. */
export const AGE = '(de )?(\\d{1,2} ?(ans|an|mois)|un|deux|trois|quatre|cinq|six|sept|huit|' +
  'neuf|dix)( ans| an| mois)?';
/** Twelve or younger: "pas rentré" is an emergency for them, not for a son of 17. */
const YOUNG_AGE = '(de )?([1-9]|1[0-2]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|' +
  'douze) ?(ans|an|mois)';
/** Child words, but "ma petite cuillère" is no child: "petit(e)" only before a verb. */
export const YOUNG = '(enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|fils|fille|' +
  'mome|bambin|bambine|nourrisson|neveu|niece|petit garcon|petite fille|petit frere|garcon|' +
  'fiston|petiot|petiote|loulou|ptit|ptite|' +
  'petite soeur|(mon|ma|notre|le|la) (petit|petite)(?= (de \\d|a|est|se|ne|qui|il|elle)\\b))';
/** Gone for a child: not "parti" nor "fugué" (the teenager's runaway is the FAQ). */
const CHILD_GONE = 'a disparu|a disparue|disparu|disparue|introuvable|est perdu|est perdue|' +
  'se est perdu|se est perdue|se est echappe|se est echappee|volatilise|volatilisee|' +
  'envole|envolee|reste introuvable';
const GONE = `${CHILD_GONE}|se est enfui|se est enfuie|pas rentre|pas rentree|plus rentre|` +
  'plus rentree';

/**
 * "on le cherche partout", "je la trouve plus": the search is under way. The "ne" of the
 * negation is written or not ("on ne la retrouve plus"), and so is the effort ("on n'arrive
 * pas à la retrouver", "impossible de le trouver").
 */
const CANNOT_FIND = '\\b((on|je|nous) (ne |n )?(le|la|les) (trouve|retrouve|retrouvons|vois|' +
  `voit) (plus|pas|nulle part)${NOT_HOW_SEEN}|` +
  '(on|je|nous) (le|la|les) (cherche|cherchons) partout|personne ' +
  'ne (le|la) (trouve|retrouve|voit)|(on|je|nous) (ne |n )?(arrive|arrivons) (pas|plus) a ' +
  '(le|la|les) (trouver|retrouver)|impossible de (le|la|les) (trouver|retrouver)|(on|je|nous) ' +
  '(ne )?(sait|sais|savons) (pas|plus) ou (il|elle) est|personne (ne )?sait ou (il|elle) (est|' +
  'se trouve))\\b';

/** Gone out: an everyday word, a danger only at night, in slippers, in the cold. */
const WENT_OUT = '((est |se est )?(parti|partie|sorti|sortie|en allee|en alle|barre|barree|' +
  'perdu|perdue|egare|egaree)|en train de errer|erre|errent|errait|a quitte|quitte)';
const WANDERING = rx('',
  '\\b(pleine nuit|la nuit|cette nuit|il fait nuit|de nuit|ce soir|pyjama|chemise de nuit|',
  'pieds nus|chaussons|sans manteau|sans chaussures|froid|neige|depuis (\\d+|une|deux|trois|',
  'quelques) ?(h|heures?)|depuis ce matin|on le cherche|on la cherche|partout|sans prevenir|',
  'au bord de la (route|nationale|riviere)|sur la route|tout a le heure|',
  'il y a (\\d+|une|deux|dix|vingt|trente) ?(min|mn|minutes?|heures?)|(toujours|encore) ',
  'pas (revenu|revenue|rentre|rentree)|pas (encore )?(revenu|revenue|rentre|rentree) depuis|',
  '(est|ne est) pas (rentre|rentree|revenu|revenue))\\b',
  `|${CANNOT_FIND}`,
);

/** Just now or in a place where a child gets lost: not the runaway of last month. */
const JUST_NOW = rx('',
  '\\b(depuis (\\d+|une|deux|trois|dix|vingt|trente|quelques|une demi) ?(min|mn|minutes?|h|',
  'heures?|demi heure)|depuis (ce matin|ce soir|cette nuit|midi|tout a le heure|le gouter)|',
  'il y a (\\d+|une|deux|dix|vingt|quelques) ?(min|mn|minutes?|heures?)|tout a le heure|',
  'ce matin|ce soir|cette nuit|maintenant|en ce moment|la nuit|il fait nuit|pleine nuit|',
  'de nuit|supermarche|magasin|centre commercial|galerie|parc|plage|foule|fete|foire|marche|',
  'gare|sortie de le ecole|piscine|manege|camping|festival|aeroport|metro|fete foraine|',
  'on le cherche|on la cherche|je le cherche|je la cherche|partout|',
  `(on|je|nous) (le|la) (trouve|retrouve) (pas|plus|nulle part)${NOT_HOW_SEEN}|`,
  'en pyjama|chemise de nuit|pieds nus|en chaussons|sans manteau|il fait froid|dehors|',
  'au bord de la (route|nationale|riviere)|sur la route)\\b',
  `|${CANNOT_FIND}`,
);

/** Dementia, great age, a disability: a walk at night can kill. */
const VULNERABLE = rx('',
  '\\b(alzheimer|demence|dement|demente|desoriente|desorientee|senile|confus|confuse|',
  'autiste|autisme|handicape mental|handicapee mentale|trisomique|amnesique|agee de [7-9]\\d|',
  'age de [7-9]\\d|[7-9]\\d ans|personne agee|tres agee|tres age|maladie de alzheimer|',
  'troubles de la memoire|perd la tete|perd la memoire|handicape|handicapee|polyhandicape|',
  'vieux monsieur|vieille dame|vieil homme|vieille femme|sait (pas|plus) ou (il|elle) habite|',
  'sait plus qui (il|elle) est|maison de retraite|ehpad|mamie|papi)\\b',
);

export const NOT_A_PERSON = rx('',
  '\\b(photo|photos|snap|snapchat|insta|instagram|reseaux|facebook|doudou|tetine|jouet|',
  'chaussure|velo|trottinette|cartable|telephone|portable|ecran|radar|',
  'de la circulation|demande|demandes|conseils|que faire si|notes|classement|partie de cartes|',
  'partie de jeu|tutelle|curatelle|chez son pere|chez sa mere|chez ses grands parents|',
  'en colonie|centre aere)\\b|',
  // "dame âgée de 90 ans, mon chéquier a disparu de mon sac au marché": a thing is gone
  '\\b(chequier|chequiers|carnet de cheques|portefeuille|porte monnaie|porte feuille|carte|',
  'carte bleue|cb|carte bancaire|carte vitale|carte de identite|passeport|permis|papiers|',
  'sac|sac a main|cabas|cles|bijoux|argent|liquide|montre|bague|alliance|collier|lunettes|',
  'appareil|appareils|dentier|sonotone)( [a-z]+){0,2} (a|ont|avait|avaient) (disparu|',
  'disparue|disparus|disparues)\\b',
);

export const NET_MISSING: readonly NetFamily[] = [
  {
    id: 'net-child-gone',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [
      new RegExp(`\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,4} (${CHILD_GONE})\\b`),
      new RegExp(`\\b${YOUNG} ${YOUNG_AGE}( [a-z0-9]+){0,3} (est |ne est )?(pas|plus|toujours ` +
        'pas) (rentre|rentree|revenu|revenue|arrive|arrivee)\\b'),
      new RegExp(`^(?=.*\\b${YOUNG}\\b).*\\b(il|elle) (a disparu|est introuvable|est perdue?)\\b`),
      new RegExp(`\\b(perdu|perdue)( de vue)? ((notre|mon|ma|nos|le|la) )?${YOUNG}\\b`),
      // "ma fille de 9 ans devait rentrer il y a une heure et elle n'est pas là"
      new RegExp(`^(?=.*\\b${YOUNG_AGE}\\b).*\\b(est|ne est|sont) (pas|toujours pas) (la|` +
        'arrive|arrivee)\\b'),
    ],
    requires: JUST_NOW,
    unless: NOT_A_PERSON,
  },
  {
    // twelve or younger, gone: wherever and whenever, unless the message says it is over
    id: 'net-young-child-gone',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [
      new RegExp(`\\b[a-z]+ ${YOUNG_AGE}( [a-z0-9]+){0,3} (${CHILD_GONE})\\b`),
      // "ma fille de 3 ans n'est plus dans le jardin", "... n'est pas rentré de l'école"
      new RegExp(`^(?=.*\\b${YOUNG_AGE}\\b).*\\b(est|ne est|sont) ((pas|toujours pas|plus) ` +
        '(rentre|rentree|revenu|revenue|rentres)|plus (la|dans))\\b'),
      // "ma fille de 8 ans n'est pas descendue du car scolaire ": never got home
      new RegExp(`^(?=.*\\b${YOUNG_AGE}\\b).*\\b(est|ne est|sont) (pas|toujours pas) ` +
        '(descendu|descendue|descendus|sortie?) (du|de le) (car|bus|autocar|ramassage)\\b'),
    ],
    unless: NOT_A_PERSON,
  },
  {
    // into a stranger's car: an abduction under way, whatever the child said
    id: 'net-child-taken-along',
    situation: 'missing_child',
    patterns: [
      new RegExp(`\\b${YOUNG}( ${AGE})?( [a-z0-9]+){0,3} (est |a ete )?(monte|montee|emmene|` +
        'emmenee|embarque|embarquee|parti|partie|suivi|suivie) (dans la voiture de|avec) (un|une|' +
        'des) (inconnu|inconnue|inconnus|homme|hommes|femme|individu|mec|type|adulte)\\b'),
    ],
  },
  {
    id: 'net-child-not-found',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [
      new RegExp(`^(?=.*\\b${YOUNG}\\b).*${CANNOT_FIND}`),
      new RegExp('\\b(trouve|retrouve|vois) (plus|pas|nulle part) ((mon|ma|notre|nos|le|la) )?' +
        YOUNG),
    ],
    unless: NOT_A_PERSON,
  },
  {
    id: 'net-vulnerable-gone',
    situation: 'missing_person',
    habitCancels: true,
    patterns: [
      new RegExp(`^(?=.*${VULNERABLE.source}).*\\b(${GONE})\\b`),
      new RegExp(`^(?=.*${VULNERABLE.source}).*${CANNOT_FIND}`),
    ],
    // "ma mère atteinte d'alzheimer a disparu" alone is the missing-person FAQ
    requires: JUST_NOW,
    unless: NOT_A_PERSON,
  },
  {
    id: 'net-vulnerable-wandering',
    situation: 'missing_person',
    habitCancels: true,
    patterns: [new RegExp(`^(?=.*${VULNERABLE.source}).*\\b${WENT_OUT}\\b`)],
    requires: WANDERING,
    unless: NOT_A_PERSON,
  },
];
