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

/**
 * A parked car struck by someone who then drove off ("quelqu'un a tapé ma voiture au parking
 * et il est parti"): a hit-and-run on a thing, for the insurer and a complaint. The model read
 * "tapé" as blows. Anyone hurt, or the driver still there threatening, is another story.
 */
const CAR_STRUCK_LEFT = rx('',
  '\\b(tape|tapee|percute|percutee|rentre dans|embouti|emboutie|raye|rayee|abime|abimee|',
  'cogne|cognee|accroche|accrochee|defonce|defoncee) (ma|mon|notre|la) (voiture|vehicule|auto|',
  'bagnole|caisse|scooter|moto|camionnette|portiere|pare choc|retro|retroviseur)\\b',
  '( [a-z]+){0,8} (est|sont|se est) (parti|partie|partis|enfui|enfuie|sauve|sauvee|barre)\\b',
);
const HURT_OR_THERE = rx('',
  '\\b(blesse|blessee|blesses|mal|saigne|sang|inconscient|inconsciente|coince|coincee|',
  'menace|arme|couteau|frappe|au secours|aidez moi|revient|encore la|toujours la)\\b',
);

export function vehicleGoneOnly(normalized: string): boolean {
  return (gatedTest(VEHICLE_GONE, normalized) && !gatedTest(SOMEONE_TAKEN, normalized)) ||
    (gatedTest(CAR_STRUCK_LEFT, normalized) && !gatedTest(HURT_OR_THERE, normalized));
}
