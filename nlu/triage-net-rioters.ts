import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Rioters breaking shop windows and cars or setting fire in the street while the writer
 * watches: people are the danger, the police first, the firemen for the flames. Only the
 * present tense: damage found the morning after is a complaint.
 */
const WRECKERS = '(casseurs|emeutiers|pilleurs|vandales|une bande|des bandes|des jeunes|' +
  'des mecs|des types|des gars|des individus|des gens|des cagoules|des encagoules|' +
  'une vingtaine|une dizaine|une trentaine|un groupe|des groupes|ils|y en a qui|certains)';
const WRECKING = '(cassent|casse|casser|cassent tout|explosent|explose|exploser|eclatent|' +
  'brisent|brise|briser|defoncent|defonce|defoncer|fracassent|fracasse|fracasser|saccagent|' +
  'saccage|saccager|pillent|pille|piller|caillassent|caillasse|caillasser|incendient|' +
  'incendie|incendier|brulent|brule|bruler|crament|crame|cramer|retournent|retourne|' +
  'mettent le feu|foutent le feu|fout le feu|tapent sur|detruisent|degradent|pete|petent)';
const TARGETS = '(vitrines?|voitures?|vitres?|magasins?|commerces?|boutiques?|abribus|' +
  'poubelles?|bagnoles?|caisses|scooters?|fenetres?|devantures?|banque|pharmacie|mairie|' +
  'tout|tout le quartier|la rue)';

const RIOT_NOW = rx('',
  `\\b${WRECKERS}( qui| sont en train de| en train de)?( [a-z]+){0,2} ${WRECKING}`,
  `( (les|des|la|le|nos|toutes les|tous les|une|un|aux|a la|au|dans les|sur les))? ${TARGETS}\\b|`,
  '\\b(emeute|emeutes|pillage|saccage|ca pille|ca casse tout|ca brule tout) ',
  '(en cours|dans (ma|la|notre) rue|en bas de chez (moi|nous)|devant chez (moi|nous)|',
  'dans le quartier|en ce moment|la maintenant)\\b',
);
/** On the news, in another city, afterwards. */
const NOT_HERE = rx('',
  '\\b(infos|info|journal|tele|tv|televis[a-z]*|reportage|bfm|article|video|videos|',
  'reseaux|twitter|tiktok|film|hier|la nuit derniere|ce matin (on|je|jai|je ai) ',
  '(a|ai|avons)? ?(retrouve|decouvert|vu que)|le an dernier|en 2005|il y a (des|deux|trois|\\d+) ',
  '(jours|semaines|mois|ans)|assurance|indemnis[a-z]*|remboursement|plainte)\\b',
);

export const NET_RIOTERS: readonly NetFamily[] = [
  {
    id: 'net-rioters-now',
    // the police's call (17 first); flames set too keep the firemen first, as for arson
    situation: 'generic',
    patterns: [RIOT_NOW],
    unless: NOT_HERE,
  },
];
