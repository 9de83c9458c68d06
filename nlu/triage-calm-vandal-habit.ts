import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "des jeunes cassent les vitres du hall tous les week-ends", "chaque soir ils cassent les
 * boîtes aux lettres": vandalism told as a habit, for a complaint or the neighbourhood's
 * trouble. Wreckers at it now ("là maintenant", "en train de"), threats, blows, a weapon,
 * fire or someone getting in keep the alarm.
 */
const WRECKING = rx('',
  '\\b(cassent|casse|brisent|defoncent|degradent|saccagent|caillassent|taguent|explosent|',
  'petent|vandalisent|abiment|detruisent|brulent|crament)\\b',
);

const HABIT = rx('',
  '\\b(tous les (week ends|soirs|jours|samedis|vendredis|ans|etes|mois)|toutes les (nuits|',
  'semaines|fins de semaine)|chaque (soir|nuit|week end|semaine|samedi|vendredi|annee|ete|',
  'fois)|le week end|les week ends|souvent|regulierement|sans arret|',
  'tout le temps|depuis (des|plusieurs|quelques) (semaines|mois|annees)|a chaque fois)\\b',
);

const NOW_OR_HARM = rx('',
  '\\b(maintenant|en ce moment|en train de|actuellement|ce soir|cette nuit|la tout de suite|',
  'menacent|menace|frappent|frappe|tapent|agressent|couteau|couteaux|arme|armes|batte|',
  'battes|feu|flammes|incendie|blesse|blesses|blessee|sang|entrer|entrent|rentrer|rentrent|',
  'chez moi|ma porte|au secours|aidez|vite)\\b',
);

export function vandalismAsHabit(text: string): boolean {
  return gatedTest(WRECKING, text) && gatedTest(HABIT, text) && !gatedTest(NOW_OR_HARM, text);
}
