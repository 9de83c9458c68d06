import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Accident de chasse, un chasseur blessé" reads as a road accident to the phrase rules (the
 * 18 first): a gunshot wound in the woods needs the SAMU first, the firemen with it.
 */
const HUNT_WOUND = rx('',
  '\\b(accident de chasse|acident de chasse|accident a la chasse|a la chasse|battue|',
  'chasseur|chasseurs|balle|balles|plomb|plombs|chevrotine|par balle)\\b',
);
const ROAD = rx('',
  '\\b(voiture|voitures|route|routes|moto|camion|percute|percutee|renverse|renversee|',
  'collision|scooter|velo|conducteur|conductrice|carambolage|autoroute|chauffard|vehicule|',
  'tracteur|quad|sanglier sur la route|fosse|coince|coincee|incarcere|incarceree)\\b',
);

export function huntNotRoad(text: string): boolean {
  return gatedTest(HUNT_WOUND, text) && !gatedTest(ROAD, text);
}
