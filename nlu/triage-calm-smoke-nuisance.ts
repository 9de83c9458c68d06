import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A neighbour's barbecue, garden fire or chimney whose smoke is a nuisance, asked about as
 * the law ("la fumée du barbecue du voisin, c'est légal ?", "il fait un feu de jardin tous
 * les week-ends"): the neighbour-dispute answer, not the 18. A fire that spreads, a hedge
 * caught, someone unwell in the smoke or a cry for help keep the alarm.
 */
const SOURCE = rx('',
  '\\b(barbecue|barbecues|bbq|barbeuc|plancha|brasero|fumoir|feu de jardin|feux de jardin|',
  'feu de camp|feux de camp|dechets verts|ses dechets|brulage|ecobuage|cheminee|poele a bois|',
  'chicha|cigarette|cigarettes|clope|clopes)\\b',
);

const NUISANCE = rx('',
  '\\b(legal|illegal|legale|le droit|autorise|autorisee|autorises|interdit|interdits|',
  'reglementation|reglemente|arrete municipal|recours|porter plainte|mediateur|mairie|gene|',
  'genant|derange|penible|insupportable|nuisance|nuisances|ca pue|odeur|tous les (jours|soirs|',
  'week ends)|chaque (soir|week end)|souvent|que faire|comment faire)\\b',
);

const SPREADING = rx('',
  '\\b(flammes|incendie|se propage|propage|prend feu|pris feu|a pris|mis le feu|met le feu|',
  'en feu|haie|la maison brule|malaise|respire (plus|pas|mal)|ne respire|inconscient|',
  'inconsciente|evanoui|evanouie|crise de asthme|au secours|vite|explose|explosion)\\b',
);

/** Built once: the regex gate knows a regex by its identity. */
const SMOKE_OR_FIRE = /\bfumee|feu\b/;

export function smokeNuisanceAsked(text: string): boolean {
  return gatedTest(SMOKE_OR_FIRE, text) && gatedTest(SOURCE, text) &&
    gatedTest(NUISANCE, text) && !gatedTest(SPREADING, text);
}
