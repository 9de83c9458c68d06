import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * The driver who hit someone, told by the driver ("j'ai bu, j'ai renversé un piéton, il
 * bouge plus"): a road injury, the firefighters first, then the SAMU. The alcohol, the fear
 * of the police or "j'ai tapé un mec" must not turn it into a fight (17): the person on the
 * road needs the rescue first. The hit is told by its verb and a person, the danger by a
 * body lying there.
 */
const PERSON = '(un|une|le|la|des|les|ce|cette|mon|ma)( [a-z]+)? (pieton|pietonne|pietons|' +
  'cycliste|cyclistes|motard|motarde|enfant|gamin|gamine|gosse|petit|petite|femme|homme|dame|' +
  'monsieur|mec|gars|type|fille|garcon|jeune|ado|vieux|vieille|personne|passant|passante|' +
  'joggeur|joggeuse|livreur|livreuse)|quelqu un|quelque un|quelquun|quelqun|qqn|qq1';

/** Verbs that say a vehicle hit a person. */
const HIT_BY_CAR = rx('',
  '\\b(ai|a|avons|ont|viens de|vient de|venons de)( [a-z]+){0,2} (renverse|percute|heurte|',
  'fauche|ecrase|roule sur|tamponne|renverser|percuter|heurter|faucher|ecraser|rouler sur) ',
  `(${PERSON})\\b`,
);

/**
 * "taper", "toucher", "accrocher" hit a person by car only with the road around them, and so
 * does "je l'ai renversé" (a vase is knocked over too).
 */
const TOUCHED = rx('',
  '\\b(ai|a|avons|ont|viens de|vient de)( [a-z]+){0,2} (tape|touche|accroche|cogne|shoote|',
  `tue|taper|toucher|accrocher|cogner) (${PERSON})\\b|`,
  '\\b(le|la|les) (ai|a|avons|ont) (renverse|renversee|percute|percutee|heurte|heurtee|',
  'fauche|fauchee|ecrase|ecrasee)\\b',
);
const ON_THE_ROAD = rx('',
  '\\b(voiture|caisse|bagnole|camion|camionnette|moto|scooter|volant|conduisais|conduis|',
  'conduit|roulais|roulait|en reculant|en voiture|sur la route|sur la chaussee|au volant|',
  'pare brise|capot|trottinette|velo|pieton|cycliste|motard|passage pieton)\\b',
);

/** The person lies there: the body the rescue is for. */
const LYING_THERE = rx('',
  '\\b(bouge (plus|pas)|reagit (plus|pas)|repond (plus|pas)|respire (plus|pas|mal)|',
  'par terre|au sol|a terre|allonge|allongee|etendu|etendue|couche|couchee|inerte|immobile|',
  'inconscient|inconsciente|saigne|sang|gisant|git|dans le fosse|sur la route|sur la chaussee|',
  'ne se releve pas|se releve pas|blesse|blessee|mort|morte)\\b',
);

/** Unhurt or long over: "il s'est relevé", "il va bien", the court case. */
const UNHURT = rx('',
  '\\b(va bien|vont bien|se est releve|se est relevee|reparti|repartie|rien de casse|',
  'pas de blesse|aucun blesse|personne de blesse|egratignure|egratignures|sans gravite|',
  'plus de peur que de mal|aux echecs|a la console|au jeu|a le jeu)\\b',
);

export const NET_DRIVER_HIT: readonly NetFamily[] = [
  {
    id: 'net-driver-hit',
    situation: 'road_injury',
    patterns: [HIT_BY_CAR],
    requires: LYING_THERE,
    unless: UNHURT,
  },
  {
    id: 'net-driver-touched',
    situation: 'road_injury',
    patterns: [TOUCHED],
    requires: new RegExp(`^(?=.*${ON_THE_ROAD.source})(?=.*${LYING_THERE.source})`),
    unless: UNHURT,
  },
];
