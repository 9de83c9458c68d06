import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * One's own death set for tonight, the word suicide never said ("je vais mourir ce soir, j'ai
 * tout prévu", "cette nuit je m'en vais pour de bon, tout est prêt"): 3114 first. The
 * call-for-help rule reads "je vais mourir" as a cry (17), and the farewell family wants "la
 * fin pour moi". A plan or a despair word must be there too: "je vais mourir ce soir" alone
 * may be pain, and "mourir de faim" or a party's plans are no death at all.
 */
const WHEN = '(ce soir|cette nuit|demain|demain matin|tout a le heure|dans (une|1|deux|2|' +
  'quelques|\\d+) (heure|heures|minutes)|avant minuit|a minuit)';
const END = '(je serai (mort|morte|plus la|plus de ce monde|plus en vie|partie?)|je (meurs|' +
  'mourrai|mourais|vais mourir|vas mourir|(pars|me en vais) pour (de bon|toujours)' +
  '(?! (en|au|aux|a|vers|chez|dans|pour)\\b)|y passe|tire ma reverence|' +
  'disparais pour (de bon|toujours)|quitte ce monde)|' +
  '(ce sera|ce est|cest) (fini|la fin|termine) pour moi)';

const TONIGHT_END = rx('',
  `\\b${WHEN},? ${END}\\b|\\b${END},? ${WHEN}\\b(?! (de|du|pour le|pour la|au|a la|chez)\\b)|`,
  '\\b(ma derniere nuit|mon dernier soir|ma derniere soiree|mon dernier jour) (sur terre|',
  'ici|en vie|de ma vie)?\\b(?! (de|du|des|au|a le|a la|en) )',
);

/** The plan made, or the despair beside it. */
const PLANNED = rx('',
  '\\b(tout (est )?(prevu|pret|prepare|organise|planifie|en place|regle|decide)|je ai tout ',
  '(prevu|prepare|organise|planifie|regle|range)|jai tout|ce est decide|cest decide|',
  'decision est prise|ai pris ma decision|range mes affaires|(ecrit|ecris|laisse) (mes|une|',
  'ma|des) (lettres?|mots?)|plus la force|marre|personne|adieu|pardon|plus envie|je en peux ',
  'plus|plus rien)\\b',
);

/** Hunger, laughter, a party, a holiday, a match, a quote of someone else. */
const NOT_A_DEATH = rx('',
  '\\b(de faim|de rire|de chaud|de froid|de ennui|de fatigue|de honte|de peur|vacances|voyage|',
  'fete|anniversaire|soiree|concert|spectacle|match|exam|examen|partiel|oral|film|serie|jeu|',
  'personnage|saison|role|mdr|lol|ptdr|mariage|demenagement|demenage|(me a|nous a|lui a|il a|',
  'elle a|ils ont) (dit|ecrit|envoye|texte)|dit que|ecrit que)\\b',
);

/**
 * Someone else's end set for tonight, told by the writer ("ma copine dit que ce soir c'est
 * fini pour elle, tout est prêt"): the suicide line, and the police first when they are out
 * of reach ("je sais pas où elle est", "il a coupé son téléphone").
 */
const OTHER_END = '((ce sera|ce est|cest|c est) (fini|la fin|termine) pour (elle|lui)(?! avec)|' +
  '(il|elle) (va|vont) (mourir|en finir|se tuer|y passer)|(il|elle) (en finit|meurt)|' +
  '(il|elle) (part|se en va) pour (de bon|toujours)(?! (en|au|aux|a|vers|chez|dans|pour)\\b))';

const TONIGHT_END_TOLD = rx('',
  `\\b${WHEN},? ${OTHER_END}\\b|\\b${OTHER_END},? ${WHEN}\\b`,
  '(?! (de|du|pour le|pour la|au|a la|chez)\\b)',
);

/** Their plan made, or their farewell. */
const PLANNED_TOLD = rx('',
  '\\b(tout (est )?(prevu|pret|prepare|organise|planifie|en place|regle|decide)|(il|elle) a ',
  'tout (prevu|prepare|organise|planifie|regle|range)|lettres? de adieu|adieu|dit au revoir|',
  'plus envie|en peut plus|donne ses affaires)\\b',
);

/** The same figures of speech as one's own, the relay words aside: the writer tells it. */
const NOT_A_DEATH_TOLD = rx('',
  '\\b(de faim|de rire|de chaud|de froid|de ennui|de fatigue|de honte|de peur|vacances|voyage|',
  'fete|anniversaire|soiree|concert|spectacle|match|exam|examen|partiel|oral|film|serie|jeu|',
  'personnage|saison|role|mdr|lol|ptdr|mariage|demenagement|demenage|travail|boulot|dossier|',
  'dossiers|contrat|stage|relation|couple|ensemble)\\b',
);

/** Out of reach: the police locate them first (17), as for any end told from afar. */
const OUT_OF_REACH = rx('',
  '\\b((coupe|eteint) son (telephone|portable|tel)|(telephone|portable|tel) (est )?(eteint|',
  'coupe)|repond (plus|pas)|decroche (plus|pas)|injoignable|(sais|savons|sait) (pas|plus) ou ',
  '(il|elle) est|(il|elle) est (parti|partie)|on (le|la) trouve (pas|plus))\\b',
);

export const NET_TONIGHT_END: readonly NetFamily[] = [
  {
    id: 'net-tonight-end',
    situation: 'suicide',
    always: true,
    patterns: [TONIGHT_END],
    requires: PLANNED,
    unless: NOT_A_DEATH,
  },
  {
    id: 'net-tonight-end-told',
    situation: 'suicide',
    always: true,
    patterns: [TONIGHT_END_TOLD],
    requires: PLANNED_TOLD,
    unless: NOT_A_DEATH_TOLD,
  },
  {
    id: 'net-tonight-end-told-away',
    situation: 'suicide_fled',
    always: true,
    patterns: [TONIGHT_END_TOLD],
    requires: OUT_OF_REACH,
    unless: NOT_A_DEATH_TOLD,
  },
];
