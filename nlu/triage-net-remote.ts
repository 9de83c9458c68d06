import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for help that cannot come easily (round 13): someone hurt far from
 * everything with a phone that barely works, and a person who cannot look after themselves
 * gone minutes ago towards a railway, a road or water.
 */

const HURT = rx('',
  '\\b(chute|tombe|tombee|blesse|blessee|blesses|fracture|casse (la|le|sa|son)|',
  'tordu|tordue|ouvert (le|la)|saigne|saignent|mal au dos|peut plus marcher|',
  'bouge (pas|plus) (la|le)|se tient (la|le))\\b',
);
const NO_PHONE = rx('',
  '\\b(pas de reseau|plus de reseau|reseau (tres )?faible|capte (a peine|mal|pas|plus)|',
  'appels de urgence (seulement|uniquement)|seuls les appels de urgence|une barre de reseau|',
  'plus de batterie|batterie (est )?a \\d+|(tel|telephone|portable) (se eteint|va se eteindre)|',
  'loin de tout|du refuge)\\b',
);

/** Who cannot look after themselves. */
const VULNERABLE = rx('',
  '\\b(autiste|alzheimer|demence|dement|handicape|handicapee|trisomique|desoriente|',
  'desorientee|non verbal|non verbale|ne parle pas|polyhandicape)\\b',
);
const GONE_TOWARDS = rx('',
  '\\b(quitte|parti|partie|sorti|sortie|echappe|echappee|enfui|enfuie|fugue|file|',
  'escalade|disparu|disparue|introuvable)\\b',
);
const HAZARD_NEAR = rx('',
  '\\b(nationale|voie ferree|voies|train|gare|autoroute|riviere|canal|etang|lac|falaise|',
  'departementale|route|gele|il gele)\\b',
);

export const NET_REMOTE: readonly NetFamily[] = [
  {
    id: 'net-hurt-no-phone',
    situation: 'medical',
    patterns: [HURT],
    requires: NO_PHONE,
    unless: /\b(hier|la semaine derniere|le an dernier|assurance|rembourse|plainte)\b/,
  },
  {
    id: 'net-vulnerable-gone-near',
    situation: 'missing_person',
    patterns: [new RegExp(`^(?=.*${VULNERABLE.source}).*${GONE_TOWARDS.source}`)],
    requires: HAZARD_NEAR,
    unless: rx('',
      '\\b(retrouve|retrouvee|rentre|rentree|revenu|revenue|ramene|ramenee|accompagne|',
      'accompagnee|avec (son|sa|ses|le|la|les|un|une) (aide|educateur|educatrice|infirmiere|',
      'soignant|soignante|accompagnant|accompagnante|famille))\\b',
    ),
  },
];
