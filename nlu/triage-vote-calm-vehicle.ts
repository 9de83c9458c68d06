import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A car towed or gone from the street ("voiture enlevée devant chez moi ce matin elle est
 * où"): the pound or a theft, no person taken. The model read "enlevée" as a kidnapping.
 */
const VEHICLE_GONE = rx('',
  '\\b(voiture|vehicule|auto|bagnole|caisse|scooter|moto|camion|camionnette|camping car|',
  'fourgon|utilitaire)( [a-z]+){0,2} (enlevee|enleve|embarquee|embarque|remorquee|remorque|',
  'disparue|disparu|partie|plus la)\\b',
);
/** Someone inside, or a person taken: the vehicle is then no longer the story. */
const SOMEONE_TAKEN = rx('',
  '\\b(dedans|a le interieur|bebe|enfant|enfants|fils|fille|petit|petite|mon fils|ma fille|',
  'ma femme|mon mari|quelqu un|personne|homme|femme|chien|enleve (mon|ma|mes|le|la)|',
  'menace|arme|couteau|frappe|blesse|blessee|au secours|aidez moi)\\b',
);

export function vehicleGoneOnly(normalized: string): boolean {
  return gatedTest(VEHICLE_GONE, normalized) && !gatedTest(SOMEONE_TAKEN, normalized);
}
