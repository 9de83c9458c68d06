import { gatedTest } from './regex-gate';
import { FLED, HURT } from './triage-calm-fled-driver';
import { rx } from './triage-words';

/**
 * A bump told in the writer's own words, the other driver gone, nobody hurt ("jme suis fait
 * rentrer dedans et le mec s'est barré", "délit de fuite ce matin sur le parking"): the
 * hit-and-run complaint. The passive and the bare "délit de fuite" that hitAndRunTold's
 * HIT does not read. A wound, someone trapped, a driver who comes back or aimed at the
 * writer keeps the alarm.
 */
const BUMPED = rx('',
  '\\b(me suis|se est|nous sommes|on se est|sommes|suis) fait (rentrer dedans|emboutir|',
  'percuter|accrocher|tamponner|defoncer|rayer|taper|cogner|shooter)\\b|',
  '\\b(ma|mas) rentre dedans|',
  '\\b(me|nous|lui) (a|ont) (rentre|fonce) dans (le cul|la voiture|ma voiture|mon pare choc|',
  'mon aile|ma portiere|ma caisse)|\\b(accrochage|petit accident|',
  'accident materiel|carrosserie|pare choc|parechoc|portiere|retroviseur|retro)\\b|',
  '\\b(ma|mon|notre) (voiture|caisse|bagnole|auto|moto|scooter) (a ete|est) (emboutie?|',
  'percutee?|accrochee?|tamponnee?|rayee?|enfoncee?|defoncee?|touchee?)\\b',
);
const HIT_AND_RUN = /\bdelit de fuite\b/;
const DANGER_BACK = rx('',
  '\\b(revient|reviennent|expres|volontairement|fonce dessus|foncer dessus|me suit|',
  'nous suit|poursuit|menace|menacent|arme|couteau|(?<!se est )tire|frappe|tape|vite|',
  'au secours|aidez|en feu|prend feu|pris feu|flammes|fumee|fuite de essence|mort|morte|',
  'morts|tue|tuee|tues|decede|decedee|gravement|ambulance|',
  'essence qui coule)\\b',
);

export function bumpAndFledTold(text: string): boolean {
  const told = (gatedTest(BUMPED, text) && gatedTest(FLED, text)) ||
    gatedTest(HIT_AND_RUN, text);
  return told && !gatedTest(HURT, text) && !gatedTest(DANGER_BACK, text);
}
