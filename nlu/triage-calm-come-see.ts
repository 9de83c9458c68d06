import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Venez vite voir mon nouveau chat mdr", "venez vite chercher votre colis", "pouvez-vous
 * venir vite récupérer l'objet trouvé": the plea to come quickly opens an errand or a joke.
 * The thing to see or fetch must be named, or the writer laugh; "venez vite me chercher",
 * "venez vite voir, il y a du sang" and any danger word keep the alarm.
 */
const COME = rx('',
  '\\b(venez|vener|venir|viens|passez|passer) (vite |rapidement |tout de suite |svp )?',
  '(voir|chercher|recuperer|prendre|admirer|gouter)\\b',
);

/** An errand's object: a parcel, a found object, the writer's papers. */
const ERRAND = rx('',
  '\\b(chercher|recuperer|prendre) (votre|vos|le|la|les|mon|ma|mes|un|une|ce|cet|cette) ',
  '(colis|paquet|courrier|commande|objet|objets|cles|portefeuille|papiers|dossier|velo|',
  'recepisse|attestation|carte|document|documents|formulaire|lettre|recommande)\\b',
);

/** Laughter or a treat: what the writer shows is for fun. */
const FUN = rx('',
  '\\b(mdr|mdrr|mdrrr|lol|ptdr|xd|haha|hahaha|hihi|trop (mignon|mignonne|beau|belle|drole)|',
  'mon nouveau|ma nouvelle|mes nouveaux|mes nouvelles|gateau|tarte)\\b',
);

const DANGER = rx('',
  '\\b(sang|saigne|blesse|blessee|blesses|feu|fumee|flammes|gaz|mort|morte|tombe|tombee|',
  'inconscient|inconsciente|respire|malaise|frappe|frappent|couteau|arme|flingue|peur|',
  'menace|agresse|secours|aide|aidez|urgent|urgence|danger|voleur|voleurs|cambrioleur|',
  'entre chez|chez moi il|il est la|ils sont la|noie|accident|bagarre|se battent)\\b',
);

export function comeForErrandOrFun(text: string): boolean {
  return gatedTest(COME, text) && (gatedTest(ERRAND, text) || gatedTest(FUN, text)) &&
    !gatedTest(DANGER, text);
}
