import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "Il est rentré chez moi", "ils sont entrés dans la maison": "rentrer" said of someone
 * coming into the writer's home now, an intrusion (17), where "il est rentré chez lui" tells
 * that the danger has left (triage-calm-gone-away.ts). The members of the household coming
 * home ("mon fils est rentré à la maison") name themselves and are not read here.
 */
const INTRUDER = '(il|ils|elle|elles|mon ex|son ex|le voisin|un homme|des hommes|un mec|des mecs|' +
  'un type|des types|le mec|le type|ce mec|ce type|un inconnu|des inconnus|une inconnue|' +
  'quelqu un|quelque un|qqn|mon agresseur|le agresseur|un gars|des gars|des jeunes|' +
  'un individu|des individus|un cambrioleur|des cambrioleurs|un voleur|des voleurs)';
const CAME_IN = '(est |sont |se est |se sont )?(rentre|rentree|rentres|rentrees|rentrent|entre|' +
  'entree|entres|entrees|entrent|introduit|introduite|introduits)( de force)?';
const MY_HOME = '(chez moi|chez nous|dans (la|ma|notre|mon) (maison|appart|appartement|chambre|' +
  'salon|cuisine|garage|cave|logement|studio|mobil home|caravane))';

const CAME_INTO_MY_HOME = rx('', `\\b${INTRUDER} ${CAME_IN} ${MY_HOME}\\b`);

/** Someone let in, coming home with leave, or a burglary found on return: no intrusion now. */
const LET_IN = rx('',
  '\\b(je (le|la|les) ai (fait|laisse) (entrer|rentrer)|je (lui|leur) ai ouvert|avec mon ',
  'accord|il a (les|ses|mes) cles|elle a (les|ses|mes) cles|pour (manger|dormir|se changer|',
  'recuperer ses affaires|chercher ses affaires|prendre ses affaires|voir les enfants)|',
  'a (\\d+|une|deux|minuit|midi) ?h|du travail|de le ecole|du boulot|de vacances|des courses|',
  'le chat|le chien|la chatte|pendant (les|mes|nos|ma|notre) (vacances|absence|sejour)|',
  'en (mon|notre) absence|ce week end|le week end|quand (je|nous|on) (etais|etions|etait)|',
  'a (mon|notre) retour|en rentrant|en revenant|(ont|a) (vole|pris|tout|fouille|embarque))\\b',
);

export const NET_CAME_IN: readonly NetFamily[] = [
  {
    id: 'net-came-into-home',
    situation: 'intrusion',
    habitCancels: true,
    patterns: [CAME_INTO_MY_HOME],
    unless: LET_IN,
  },
];
