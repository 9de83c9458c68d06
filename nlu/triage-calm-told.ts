import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * More messages that name a danger without one under way, each read as a mechanism (blind13
 * to blind15 false alarms): threats received by letter over time, a collision with game that
 * only hurt the car, fireworks compared to gunshots, smoke that was "juste un barbecue", a
 * past event dated ("c'est encore arrivé samedi") before a complaint, prevention after past
 * break-ins, a weapon at home that "n'a rien fait", a dog bite whose owner left. Each yields
 * to a sign of danger here and now.
 */

/** Here and now, read strictly: a presence, an attempt, blood, a call for help. */
export const HERE_NOW = rx('',
  '\\b(en ce moment|la tout de suite|tout de suite|actuellement|vite|au secours|a le aide|',
  'aidez moi|urgent|urgence|(il|ils|elle|elles) (est|sont) (la|en bas|devant|derriere|dehors|',
  'a la porte|dans (le|la|mon|ma|notre))|ce soir|cette nuit|sang|saigne|saignent|',
  'me attrape|me tient|(?<!\\ba )(pointe|braque)|(il|ils|elle|elles|on) (arrive|arrivent|revient|',
  'reviennent)|essaie|essaye|tente|defonce|enfonce|en train de|recommence|recommencent|',
  'blesse|blessee|blesses|blessees|la (il|elle|ils|elles|on) [a-z]+)\\b',
);

/** "maintenant" that only dates the complaint: "je voudrais porter plainte maintenant". */
const COMPLAINT_NOW = /\b(porter|deposer|faire) plainte maintenant\b/g;
const NOW_WORD = /\b(maintenant|en ce moment|actuellement)\b/;

export function hereNow(text: string): boolean {
  return gatedTest(HERE_NOW, text) || gatedTest(NOW_WORD, text.replace(COMPLAINT_NOW, ' '));
}

/** Threats that come by letter or message, over time: harassment, not someone here. */
const WRITTEN_THREATS = rx('',
  '\\b((lettres?|courriers?|mots?|messages?|sms|mails?|tags?) (anonymes?|de menace|',
  'de menaces|menacants?)|(recois|recoit|recevons|trouve|retrouve) (des|encore des|',
  'regulierement des) (lettres|courriers|mots|messages|sms|mails|menaces))\\b',
);

/** A collision with game that only damaged the car. */
const GAME_HIT = rx('',
  '\\b(percute|heurte|tape|renverse|touche|pris|fauche|percuter|heurter) (un|une|des) ',
  '(sanglier|sangliers|chevreuil|chevreuils|cerf|biche|daim|blaireau|renard|animal)\\b|',
  '\\b(sanglier|chevreuil|cerf|biche|daim) (a |me a |est )?(percute|heurte|tape|touche|',
  'rentre dans|fonce sur)\\b',
);
const ONLY_THE_CAR = rx('',
  '\\b(pare choc|parechoc|capot|phare|phares|carrosserie|calandre|retroviseur|assurance|',
  'constat|degats|personne (de |n est |ne est )?blesse|pas de blesse|sans blesse|plus de peur)\\b',
);
/** "cette nuit" dates the collision; blood or a call for help does not. */
const BLOOD_OR_HELP = /\b(sang|saigne|saignent|au secours|aidez moi|vite)\b/;
const HURT_OR_STUCK = rx('',
  '\\b(coince|coincee|inconscient|inconsciente|ne bouge plus|ne repond plus|blesse grave|',
  '(est|sont|suis|es) (blesse|blessee|blesses|blessees)|mal (au|a la|aux)|douleur|',
  'sur la chaussee|au milieu de la route|en travers)\\b',
);

/** "on dirait des coups de feu" for fireworks: a likeness, not a shooting. */
const LIKENESS = rx('',
  '\\b(petards?|feux de artifice|feu de artifice|mortiers?|fusees?|pots? de echappement)\\b',
  '.*\\b(on dirait|comme des|comme un|ressemble|ressemblent|on croirait)\\b|',
  '\\b(on dirait|comme des|on croirait)\\b.*\\b(petards?|feux de artifice|mortiers?)\\b',
);

/**
 * "c'était juste un barbecue", "fausse alerte": the citizen has found it calm. Not "ce n'est
 * pas une fausse alerte", which insists on the danger.
 */
const FOUND_CALM = rx('',
  '\\b(ce etait|ce est|etait|finalement|en fait) (juste|seulement|que|rien que|simplement)? ?',
  '(un|une|le|la|des) (barbecue|feu de jardin|feu de camp|brulage|ecobuage|cheminee|plancha|',
  'pneu|petard|petards|feu de artifice|exercice|fausse alerte|chat|chien|voisin)\\b|',
  '(?<!\\b(pas|plus|jamais|sauf|non|aucune) (une |de |un |du tout une )?)\\bfausse alerte\\b',
);

/** A past event dated before the complaint: "il y a 3 semaines", "encore arrivé samedi". */
const DATED_PAST = rx('',
  '\\b(il y a (\\d+|un|une|deux|trois|quatre|quelques|plusieurs) (jour|jours|semaine|',
  'semaines|mois|an|ans)|',
  '(ce est|c est)( encore| deja)? (arrive|passe|produit) (samedi|dimanche|lundi|mardi|mercredi|',
  'jeudi|vendredi|hier|avant hier|la semaine derniere|le week end dernier|ce week end))\\b',
);

/** Prevention after past break-ins: "on m'a déjà forcé la porte deux fois, comment...". */
const PREVENTION = rx('',
  '\\b(comment|conseils?|que faire pour|moyen de|astuces?) (pour )?(securiser|proteger|',
  'eviter|empecher|dissuader|renforcer|bien fermer)\\b',
);
const ALREADY_TIMES = /\b(deja|plusieurs fois|(deux|trois|\d+) fois)\b/;

/** A weapon at home that worries: "il n'a rien fait mais j'ai peur, comment le retirer". */
const NOTHING_DONE = /\b(il|elle) (ne a|a) (rien fait|jamais rien fait|jamais menace)\b/;
const REMOVE_WEAPON = rx('',
  '\\b(retirer|enlever|confisquer|faire saisir|saisir|recuperer|se debarrasser|',
  'faire retirer|faire enlever)\\b',
);

/** A dog bite told with the owner gone: a complaint, unless the wound is there now. */
const BITE_OWNER_GONE = rx('',
  '\\b(chien|chienne|molosse|pitbull)\\b.*\\b(a mordu|ma mordu|me a mordu|mordu)\\b.*',
  '\\b(proprietaire|maitre|maitresse|la dame|le monsieur)\\b.*\\b(parti|partie|',
  'enfui|enfuie|sauve|disparu|disparue|introuvable)\\b',
);
const BITE_NOW = rx('',
  '\\b(saigne|sang|profond|profonde|arrache|visage|gorge|attaque encore|encore la|',
  'ne lache pas|vite|urgence)\\b',
);

export function gameHitCarOnly(text: string): boolean {
  return gatedTest(GAME_HIT, text) && gatedTest(ONLY_THE_CAR, text) &&
    !gatedTest(HURT_OR_STUCK, text) && !gatedTest(BLOOD_OR_HELP, text);
}

/** Told calm: past, a likeness, a false alert, prevention, a worry, a bite of the past. */
export function toldCalm(text: string): boolean {
  if (gameHitCarOnly(text)) {
    return true;
  }

  // the mechanisms first: most messages have none, and the here-and-now check copies the text
  const told = gatedTest(WRITTEN_THREATS, text) || gatedTest(LIKENESS, text) ||
    gatedTest(FOUND_CALM, text) || gatedTest(DATED_PAST, text) ||
    (gatedTest(PREVENTION, text) && gatedTest(ALREADY_TIMES, text)) ||
    (gatedTest(NOTHING_DONE, text) && gatedTest(REMOVE_WEAPON, text)) ||
    (gatedTest(BITE_OWNER_GONE, text) && !gatedTest(BITE_NOW, text));
  return told && !hereNow(text);
}

/** Locked in as a habit, when the son is out: the elderly-abuse FAQ, not a hiding now. */
const LOCKED_IN = /\b(me|nous) (enferme|enferment|enfermait)\b/;
const WHILE_AWAY = rx('',
  '\\bquand (mon|ma|mes|son|sa|il|elle|ils|le|la)( [a-z]+)? (ne est pas la|ne sont pas la|',
  'est absent|est absente|part|partent|sort|sortent|travaille|travaillent|est au travail)\\b',
);

export function lockedInAsHabit(text: string): boolean {
  return gatedTest(LOCKED_IN, text) && gatedTest(WHILE_AWAY, text) && !hereNow(text);
}

/** A crime novel in the writing: "j'écris un polar", "mon thriller". */
const WRITTEN_FICTION = /\b(polar|polars|thriller|thrillers|mon manuscrit|ma nouvelle policiere)\b/;

export function writtenFiction(text: string): boolean {
  return gatedTest(WRITTEN_FICTION, text);
}
