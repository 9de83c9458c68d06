import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A break-in told by what was just broken ("quelqu'un vient de casser ma fenêtre") and by
 * who is now inside ("il est dans le salon", "ils sont entrés"): the police first, whatever
 * courtesy word opens the message. A window broken by the wind, a ball or a child, or one
 * told for the insurer, is no intruder.
 */
const BREAK = '(casser|casse|cassee|cassent|forcer|force|forcee|forcent|peter|pete|petee|' +
  'briser|brise|brisee|defoncer|defonce|defoncee|fracturer|fracture|fracturee|enfoncer|' +
  'enfonce|enfoncee|fracasser|fracasse|exploser|explose|eclater|eclate)';
const OPENING = '(fenetre|fenetres|vitre|vitres|carreau|carreaux|porte|portes|baie vitree|' +
  'baie|porte fenetre|porte de entree|porte du garage|porte de le garage|volet|volets|' +
  'serrure|velux|lucarne|portail|grille|soupirail|verriere)';
const WHOSE = '(ma|mon|la|le|notre|nos|les|une|un|la petite|la grande)';

/** The act, just done or in the perfect: "vient de casser ma fenêtre", "a forcé la porte". */
const BROKEN_OPENING = rx('',
  `\\b${BREAK}( [a-z]+){0,2} ${WHOSE} ${OPENING}\\b|`,
  `\\b${WHOSE} ${OPENING}( [a-z]+){0,3} (vient|viennent) de (etre )?${BREAK}\\b`,
);

/** Someone inside now: the intruder's place in the house, or the entry itself. */
const INSIDE_NOW = rx('',
  '\\b(il|ils|elle|elles|quelqu un|quelquun|qqn|on|le type|le mec|les types|les mecs|un homme|',
  'des hommes|un type|un mec|des types|des mecs|des gens|le voleur|les voleurs|le gars|',
  'les gars)( est| sont| se trouve| se trouvent)( encore| toujours| deja)? (dans|en bas|',
  'en haut|a le etage|dedans|a le interieur|chez moi|chez nous|au salon|au garage|au sous sol|',
  'a la cave|a la cuisine)\\b|',
  '\\b(sont|est) (entre|entres|entree|entrees|rentre|rentres|rentree|rentrees)\\b|',
  '\\b(il y a|y a|ya) (quelqu un|quelquun|qqn|un homme|des hommes|un type|des types|un mec|',
  'des mecs|des gens|du monde) (dans|au|a la|a le|en bas|en haut|dedans|chez)\\b|',
  '\\b(je|on) (les|le|la) (entends|entend|entendons|vois|voit) (dans|en bas|en haut|marcher|',
  'fouiller|monter)\\b',
);

/** In through an opening: "ils sont entrés par la fenêtre", "il est passé par le velux". */
const ENTERED_THROUGH = rx('',
  '\\b(sont|est|se sont|se est) (entre|entres|entree|entrees|rentre|rentres|rentree|',
  'rentrees|introduit|introduits|introduite|passe|passes|passee|monte|montes) (par|dans) ',
  `${WHOSE}( [a-z]+)? ${OPENING}\\b`,
);

/** Someone placed in the house now (the entry itself is the pattern's). */
const PLACED_NOW = rx('',
  '\\b(il|ils|elle|elles|quelqu un|quelquun|qqn|le type|le mec|les types|les mecs|',
  'un homme|des hommes|le gars|les gars)( est| sont| se trouve| se trouvent)( encore| ',
  'toujours)? (dans (le|la|ma|mon|notre|les) [a-z]+|en bas|en haut|a le etage|dedans|',
  'a le interieur|au salon|au garage|au sous sol|a la cave|a la cuisine)\\b|',
  '\\b(je|on) (les|le|la) (entends|entend|entendons|vois|voit) (dans|en bas|en haut|marcher|',
  'fouiller|monter)\\b',
);

/** "Just now" with a stranger as subject: the intruder may still be there. */
const JUST_BROKEN = rx('',
  '\\b(quelqu un|quelquun|qqn|un homme|un type|un mec|des hommes|des types|des mecs|des gens|',
  'des individus|un individu|des cambrioleurs|un cambrioleur|des voleurs|un voleur|',
  'des inconnus|un inconnu|ils|on) (vient|viennent) de ',
  `${BREAK}( [a-z]+){0,2} ${WHOSE} ${OPENING}\\b`,
);

/** No intruder: weather, a ball, a child or a pet; or the repair and its paperwork. */
export const NO_INTRUDER = rx('',
  '\\b(vent|tempete|grele|orage|branche|arbre|ballon|balle|mon fils|ma fille|les enfants|',
  'mon chien|le chien|le chat|mon chat|sans faire expres|par accident|en jouant|assurance|',
  'assureur|devis|vitrier|serrurier|reparer|remplacer|changer la|pre plainte|',
  'porter plainte|declaration|constat|pendant (mes|nos|les) vacances|plus personne|',
  'sont partis|est parti|se sont enfuis|se est enfui|ont fui|a fui|voiture)\\b',
);

export const NET_BREAK_IN: readonly NetFamily[] = [
  {
    id: 'net-break-in-inside',
    situation: 'intrusion',
    patterns: [BROKEN_OPENING],
    requires: INSIDE_NOW,
    unless: NO_INTRUDER,
  },
  {
    id: 'net-entered-inside',
    situation: 'intrusion',
    patterns: [ENTERED_THROUGH],
    requires: PLACED_NOW,
    unless: NO_INTRUDER,
  },
  {
    id: 'net-break-in-just',
    situation: 'intrusion',
    patterns: [JUST_BROKEN],
    unless: NO_INTRUDER,
  },
];
