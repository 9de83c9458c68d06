import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Je ne veux pas me suicider hein, je demande pour un dossier scolaire sur le 3114": the
 * writer denies any wish of their own and names the schoolwork. Both are needed, and any
 * "mais", a present despair or a "j'y pense" after the denial keeps the alarm.
 */
const DENIED = rx('',
  '\\b(je|il|elle) (ne )?(veux|veut|vais|va|compte|pense) (pas|surtout pas|absolument pas|',
  'du tout pas) (me|se) (suicider|tuer|faire du mal|foutre en le air)\\b|',
  '\\b(ne|n) est pas pour moi\\b|\\bce (ne )?est pas pour moi\\b|',
  '\\b(rassurez vous|rassure toi|pas de panique|tout va bien pour moi|je vais bien)\\b',
);

const SCHOOLWORK = rx('',
  '\\b(dossier scolaire|projet scolaire|expose|tpe|tipe|devoir|devoirs|dm|memoire|these|',
  'cours de|pour (la|ma|mon|notre) (classe|prof|professeur|ecole|fac|universite|cours)|',
  'sensibilisation|prevention|article|enquete pour|recherche|recherches)\\b',
);

const STILL_DESPAIR = rx('',
  '\\b(mais|pourtant|quand meme|parfois|souvent|je y pense|jy pense|ce soir|cette nuit|',
  'envie de|plus la force|en peux plus|marre|pas sur|peut etre)\\b',
);

export function deniedForSchoolwork(text: string): boolean {
  return gatedTest(DENIED, text) && gatedTest(SCHOOLWORK, text) && !gatedTest(STILL_DESPAIR, text);
}
