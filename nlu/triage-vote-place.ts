import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A bare place or journey, as typed at a form's "où ?" question ("dans le train entre
 * Rennes et Nantes", "sur l'A7 vers Lyon", "au péage de Saint-Arnoult"): the learned model
 * read the train and the motorway as danger (they fill its emergencies' settings). With no
 * word of danger or of someone, the message is a place, and the vote leaves it to the rules.
 */
const BARE_PLACE = rx('',
  '^((je suis|on est|nous sommes|suis|chui|jsuis|actuellement|en ce moment|la|la je suis) )?',
  '(en (voiture|moto|scooter|velo|camion|camping car) )?',
  '(dans|sur|au|aux|a|en|a la|a le|pres de|vers|devant|depuis|entre) ((le|la|les|un|une|',
  'mon|notre) )?(train|trains|tgv|ter|rer|ouigo|intercites|metro|bus|car|autocar|tram|',
  'tramway|navette|taxi|vtc|avion|ferry|bateau|autoroute|a\\d{1,3}|n\\d{1,3}|rn\\d{1,3}|',
  'nationale|departementale|rocade|periph|peripherique|parking|aire|aire de repos|',
  'aire de autoroute|gare|quai|voie|peage|station|station service|arret|arret de bus|',
  'terminal|aeroport|sortie|echangeur|rond point|centre commercial|galerie)',
  '( [a-z0-9]+){0,10}$',
);

/** Any word of danger, of a person or of a plea: then the place is the setting of a story. */
const SOMETHING_HAPPENS = rx('',
  '\\b(suit|suivi|suivie|frappe|touche|agress[a-z]*|couteau|arme|menace[a-z]*|feu|fumee|',
  'flammes|sang|saigne|malaise|inconscient|inconsciente|tombe|tombee|accident|bless[a-z]*|',
  'peur|aide|aidez|secours|urgent|urgence|vite|vol|vole|volee|homme|hommes|type|types|mec|',
  'mecs|individu|individus|fille|femme|enfant|bebe|crise|respire|mort|morte|tue|bagarre|',
  'viol|exhib[a-z]*|harcel[a-z]*|insulte|crache|pousse|vomi|convulse|accouche|perdu|perdue|',
  'seul|seule|bloque|bloquee|coince|coincee|panne|incendie|bombe|colis|suspect|hurle|crie|',
  'pleure|moi|me|il|elle|ils|elles|on me|police|gendarme|gendarmes|controle)\\b',
);

/** A message that only says where. */
export function barePlace(normalized: string): boolean {
  return gatedTest(BARE_PLACE, normalized) && !gatedTest(SOMETHING_HAPPENS, normalized);
}
