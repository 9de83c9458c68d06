import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a suicide told by its plan or its means without the word (a rope
 * in a barn, a bridge, pills "pour partir ce soir", "personne ne remarquera si je
 * disparais"): 3114 first, which the learned model's "uncertain" answer never gives.
 */

/** The place or the moment that turns a rope or a bridge into a plan. */
const ROPE_PLACE = rx('',
  '\\b(grange|garage|grenier|poutre|poutres|arbre|foret|bois|cave|hangar|ce soir|cette nuit|',
  'maintenant|tabouret|chaise|adieu|en finir|pour de bon|seul|seule|noeud|accrochee?|pret|',
  'prete|nouee)\\b',
);

const JUMP = rx('',
  '\\b(sauter|saute|sauterai|me jeter|me lancer|enjamber|enjambe|me laisser tomber|',
  'regarde en bas|en finir|pour de bon|adieu|plus la force|le vide|personne|plus envie|',
  'marre|courage)\\b',
);

/** Gone for good, said softly: "partir ce soir", "disparaître", "ne plus me réveiller". */
const FOR_GOOD = '(partir|men aller|me en aller|en finir|disparaitre|dormir pour toujours|' +
  'plus me reveiller|ne plus me reveiller|tout arreter|arreter tout|rejoindre (papa|maman|' +
  'mon pere|ma mere|mon fils|ma fille|mon mari|ma femme)|plus souffrir|ne plus souffrir)';
const PILLS = '(cachets|medocs|medicaments|comprimes|pilules|somniferes|anxiolytiques|' +
  'antidepresseurs|boites|plaquettes|doliprane|paracetamol|lexomil|xanax|stilnox|lithium)';

export const NET_PLAN: readonly NetFamily[] = [
  {
    id: 'net-rope',
    situation: 'suicide',
    patterns: [
      rx('',
        '\\b(pris|prendre|prepare|preparee|achete|acheter|accroche|accrocher|attache|attacher|',
        'noue|nouer|monte|monter|sorti|ai|avec) (une|la|ma|sa|un bout de|de la) corde\\b',
      ),
      rx('',
        '\\bcorde (autour|au cou|a la poutre|a une poutre|a le arbre|a la branche|est prete|',
        'est nouee)\\b',
      ),
    ],
    requires: ROPE_PLACE,
    unless: rx('',
      '\\b(escalade|grimpe|grimper|alpinisme|rappel|bateau|voilier|amarrer|linge|balancoire|',
      'hamac|sauter a la corde|corde a sauter|jouer|tirer|remorquer|depanner|bois de chauffage|',
      'foin|bottes|cheval|chevaux|vache|tente|camping|bache|chien|guitare|violon|demenagement|',
      'demenager|meubles|cartons?|colis)\\b',
    ),
  },
  {
    id: 'net-bridge',
    situation: 'suicide',
    patterns: [
      rx('',
        '\\b(sur|au bord de|au bord|en haut de|au dessus de|sous|devant|a le bord de) ',
        '(le|un|du|la|une|ce|cette) (pont|viaduc|falaise|toit|parapet|rambarde|balcon|fenetre|',
        'voie ferree|rails|quai)\\b',
      ),
      rx('',
        '\\b(je suis|jsuis|suis|je me suis mis|je me suis mise) (sur|au bord de) (le|la) ',
        '(pont|toit|rebord|corniche)\\b',
      ),
    ],
    requires: JUMP,
    unless: rx('',
      '\\b(elastique|benji|saut a le elastique|parachute|plongeon|plonger|baignade|baigner|',
      'copains|potes|tremplin|piscine|photo|photos|selfie|vue|chat|chaton|oiseau|ballon|',
      'parkour|base jump|tyrolienne|cascade|reparer|antenne|tuiles|gouttiere|travaux|couvreur|',
      'ramoner|ramonage|installer|neige)\\b',
    ),
  },
  {
    id: 'net-pills-tonight',
    situation: 'suicide',
    always: true,
    patterns: [
      new RegExp(`\\b${PILLS}( [a-z]+){0,4} pour ${FOR_GOOD}\\b`),
      new RegExp(`\\b(tout|toutes mes affaires|mes lettres) (est |sont )?(prepare|pret|prete|` +
        `range|rangees?) pour ${FOR_GOOD}\\b`),
      new RegExp(`\\bpour ${FOR_GOOD} (ce soir|cette nuit|demain matin|pour de bon|pour ` +
        'toujours|pour toujours)\\b'),
      // leaving "for good" with the letters written
      rx('',
        '^(?=.*\\b(lettre|lettres|adieu|en ordre|testament)\\b).*\\bje (pars|men vais|',
        'me en vais|partirai|quitte tout) pour (de bon|toujours)\\b',
      ),
      // "rejoindre maman ce soir" is a visit, unless the pills or the rope are there
      new RegExp(`^(?=.*\\b(${PILLS.slice(1, -1)}|corde|fusil|arme)\\b).*\\b${FOR_GOOD}` +
        '( [a-z]+){0,2} (ce soir|cette nuit|bientot|aujourd hui|maintenant)\\b'),
    ],
    unless: rx('',
      '\\b(vacances|voyage|train|avion|valise|valises|demenagement|demenager|weekend|week end|',
      'randonnee|camping|concert|fete|soiree|mariage|festival)\\b',
    ),
  },
  {
    // pills hoarded for a night: "j'ai stocké des médocs, c'est pour cette nuit"
    id: 'net-pills-hoarded',
    situation: 'suicide',
    patterns: [
      new RegExp(`\\b(stocke|garde|mis de cote|accumule|amasse|economise|cache|planque)` +
        `( [a-z]+){0,3} ${PILLS}\\b`),
    ],
    requires: rx('',
      '\\b(ce soir|cette nuit|demain|en finir|pour de bon|pour partir|le moment|pret|',
      'prete)\\b',
    ),
    unless: /\b(pharmacie|ordonnance|voyage|vacances|perimes|recycler|rapporter)\b/,
  },
  {
    // "personne remarquera si je disparais", "personne ne me regrettera"
    id: 'net-unmissed',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('',
        '\\bpersonne (ne )?(remarquera|remarquerait|verra|verrait|se rendra compte|se rendrait ',
        'compte|se apercevra|se apercevrait|me regrettera|me regretterait|me pleurera|',
        'me manquera|va remarquer|va se rendre compte)( [a-z]+){0,3} si je (disparais|',
        'disparaissais|suis plus la|etais plus la|meurs|mourais|me tue|',
        'existe plus|existais plus)\\b',
      ),
      /\bpersonne (ne )?(me regrettera|me regretterait|me pleurera|me pleurerait)\b/,
      rx('',
        '\\b(tout le monde|ils|elles|ma famille|mes parents|mes enfants) (serai(en)?t|sera|',
        'seront|vivront|vivrai(en)?t) (mieux|plus heureux|plus heureuse|plus tranquilles?) ',
        'sans moi\\b',
      ),
    ],
  },
  {
    // "j'ai fait une tentative il y a trois ans et je veux recommencer ce soir": the past
    // attempt says what "recommencer" means
    id: 'net-attempt-again',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('',
        '\\b(je|j) ?(veux|vais|voudrais|ai envie de|pense a|compte) (recommencer|retenter|',
        'essayer encore|le refaire|reessayer|refaire (une tentative|une ts|pareil|la meme ',
        'chose))\\b(?! (le|la|les|mon|ma|mes|un|une|des|a|au|en|mon|sa|son|ses)\\b)',
      ),
    ],
    // a driving test or a fraud is also a "tentative": then "le refaire" is calm
    requires: rx('',
      // "TS" is normalised to "tous" (sms-words.ts): "une tous" can only be the attempt
      '\\b(tentative|ts|(une|ma|la|des|deux) tous|tente de me|essaye de me|voulu me|',
      'voulu en finir)\\b(?! de (permis|',
      'code|escroquerie|cambriolage|vol|fraude|phishing|arnaque|record|conciliation))',
    ),
  },
];
