import { rx } from './triage-words';

/** What drifts only figuratively: talk, plans, a life, a team; never a boat nor a swimmer. */
const ABSTRACT = '(discussion|discussions|conversation|conversations|debat|debats|reunion|' +
  'reunions|projet|projets|vie|couple|mariage|relation|entreprise|boite|societe|equipe|classe|' +
  'situation|dossier|gestion|budget|finances|pays|economie|politique|scolarite|carriere|' +
  'famille|groupe|soiree|echange|echanges|negociation|negociations|chantier|association)';

/**
 * "la discussion part à la dérive", "ma vie est à la dérive": a drift said of something
 * abstract, removed before the sea rule reads "à la dérive"; a boat or a person stays.
 */
export const ADRIFT_IDIOMS: readonly RegExp[] = [
  rx('g',
    `\\b${ABSTRACT}( [a-z]+){0,2} (part|partent|partait|partaient|est partie|est parti|`,
    'sont partis|va|vont|est|sont|etait|etaient|semble|parait|file|glisse) a la derive\\b',
  ),
  // "tout part à la dérive", "ça part à la dérive": nobody in the water
  /\b(tout|ca) (part|partait|est parti|va|file) a la derive\b/g,
];
