import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A drunk adult at the wheel, or taking it, with children aboard: "il a pris les clés, il
 * est saoul, les enfants sont dedans". Nobody is hurt yet and a car is named, which the
 * road and ingestion families read as an accident (18) or a binge (15): it is the police's,
 * to stop the car (17, the child line after it). Once a crash with injured is told, the
 * road family keeps the 18 first, so this one stands aside.
 */
const DRUNK = rx('',
  '\\b(bourre|bourree|ivre|saoul|saoule|soul|soule|a bu|a trop bu|alcoolise|',
  'alcoolisee|picole|a picole|torche|defonce|defoncee|beurre|',
  'bu comme un trou|plein comme une huitre|sous alcool|trop bu|completement fait|drogue|',
  'droguee|sous coke|cocaine|fume des joints)\\b',
);

const AT_THE_WHEEL = rx('',
  '\\b(cles|clefs|cle de la voiture|voiture|bagnole|caisse|volant|conduire|conduit|conduis|',
  'demarre|demarrer|roule|rouler|prend la route|prendre la route|siege auto|vehicule|camion|',
  'camionnette|fourgon|camping car)\\b',
);

const CHILDREN = rx('',
  '\\b(enfants|enfant|gosses|gosse|gamins|gamin|gamine|petits|(le|la|mon|ma) (petit|petite)|',
  'bebe|bebes|mioches|',
  'mon fils|ma fille|mes fils|mes filles|jumeaux|jumelles|nos fils|ma soeur|mon frere|',
  'ma petite soeur|mon petit frere|le siege auto)\\b',
);

/** A crash told (the road family's 18), or the worry of a later weekend. */
const NOT_NOW = rx('',
  '\\b(accident|percute|percutee|renverse|renversee|carambolage|tonneau|dans le fosse|',
  'sortie de route|blesse|blessee|blesses|saigne|coince|coincee|le week end prochain|',
  'ce week end|demain|la prochaine fois|quand il les a|quand il les prend|droit de visite|',
  'garde alternee|juge|jaf|avocat|main courante|peut il|a t il le droit|est ce que il peut|',
  'conduisait|roulait|avait conduit|avait bu|une biere|un seul verre|un verre de vin|',
  'ce est grave|est ce grave|taux|grammes|limite|alcootest|ethylotest)\\b',
);

export const NET_DRUNK_CHILDREN: readonly NetFamily[] = [
  {
    id: 'net-drunk-children',
    situation: 'violence',
    habitCancels: true,
    patterns: [DRUNK],
    requires: new RegExp(`^(?=.*${AT_THE_WHEEL.source}).*${CHILDREN.source}`),
    unless: NOT_NOW,
  },
];
