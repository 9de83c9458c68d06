import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Squatters in a home the citizen does not live in (a second home, a holiday house, a
 * rented flat between tenants): a case for a complaint and an eviction, nobody threatened
 * there now. A threat, a weapon, a blow, a door being forced now, or the writer's own home
 * with them inside keeps the alarm.
 */
const SQUAT = /\b(squat|squats|squatteur|squatteurs|squatteuse|squattent|squatte|squattee)\b/;
const EMPTY_HOME = rx('',
  '\\b(residence secondaire|maison secondaire|maison de vacances|maison de campagne|',
  'appartement vide|maison vide|logement vide|ma location|mon logement en location|',
  'entre deux locataires|mon bien|ma maison de famille|la maison de mes parents|',
  'la maison de ma mere|la maison de mon pere|mon chalet|mon mobil home)\\b',
);
const DANGER_NOW = rx('',
  '\\b(arme|armes|couteau|menace|menacent|frappe|frappent|tape|agresse|agressent|',
  'au secours|aidez|vite|feu|incendie|blesse|blessee|sang|je suis dedans|on est dedans|',
  'je suis a la maison|je suis sur place|ils me|cassent|casse|forcent|force|defoncent|',
  'defonce|fracturent|entrent|rentrent|en train|viennent de|vient de|maintenant|en ce moment)\\b',
);

export function squatInEmptyHome(text: string): boolean {
  return gatedTest(SQUAT, text) && gatedTest(EMPTY_HOME, text) && !gatedTest(DANGER_NOW, text);
}
