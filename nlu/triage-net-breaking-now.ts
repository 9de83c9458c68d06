import type { NetFamily } from './triage-net-families';
import { NO_INTRUDER } from './triage-net-break-in';
import { rx } from './triage-words';

/**
 * "Quelqu'un casse les vitres de ma maison", "des jeunes caillassent mes fenêtres", "y a qqn
 * qui force ma porte": a stranger breaking into the home told in the present, with no "en
 * ce moment" and no one yet inside. The subject right before the verb keeps the perfect
 * ("quelqu'un a cassé ma vitre") for the complaint; the wind, a ball or the insurer stay calm
 * (NO_INTRUDER). A deaf writer gets the 114 first from the triage's cannot-call reading.
 */
const STRANGER = '(quelqu un|quelquun|qqn|un homme|des hommes|un type|des types|un mec|' +
  'des mecs|des gens|des jeunes|un individu|des individus|un inconnu|des inconnus|' +
  'un cambrioleur|des cambrioleurs|un voleur|des voleurs|ils|des gars|un gars)';
const BREAKING = '(casse|cassent|force|forcent|defonce|defoncent|brise|brisent|fracasse|' +
  'fracassent|enfonce|enfoncent|fracture|fracturent|explose|explosent|caillasse|caillassent|' +
  'est en train de (casser|forcer|defoncer|briser|enfoncer)|sont en train de (casser|forcer|' +
  'defoncer|briser|enfoncer))';
const OPENING = '(fenetre|fenetres|vitre|vitres|carreau|carreaux|porte|portes|baie vitree|' +
  'porte fenetre|porte de entree|porte du garage|volet|volets|serrure|velux|portail|verriere)';

const BREAKING_NOW = rx('',
  `\\b${STRANGER}( qui)? ${BREAKING} (ma|mes|la|les|nos|notre|le) ${OPENING}\\b`,
);

/** Vandalism told as a habit, or cars' windows: the complaint's answer, not a 17. */
const HABIT_OR_CARS = rx('',
  `${NO_INTRUDER.source}|`,
  '\\b(chaque (nuit|soir|jour|semaine|week end|annee)|toutes les nuits|tous les soirs|',
  'tous les week ends|souvent|regulierement|voitures|vehicules)\\b',
);

export const NET_BREAKING_NOW: readonly NetFamily[] = [
  {
    id: 'net-breaking-now',
    situation: 'intrusion',
    patterns: [BREAKING_NOW],
    // "chaque nuit", "tous les week-ends": the vandalism's complaint, not a 17
    habitCancels: true,
    unless: HABIT_OR_CARS,
  },
];
