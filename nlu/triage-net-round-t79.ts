import { SOMEONE, type NetFamily } from './triage-net-families';
import { NET_ROUND_T79_MORE } from './triage-net-round-t79-more';
import { rx } from './triage-words';

/**
 * Round t79: dangers that only the learned vote caught, so that a retraining could drop
 * them (one was dropped once). Each family reads the situation itself, so the rules alarm
 * by themselves whatever the model learns; told as past, asked about or fiction, calm.
 */

/** Far out on the water: a swimmer, a board, a kite. */
const RIDER = rx('',
  '\\b(kite|kitesurf|kite surf|kitesurfeur|kitesurfer|kiteur|windsurf|windsurfeur|',
  'windsurfer|planche a voile|paddle|surfeur|surfeuse|nageur|nageuse|nage|nager|baigneur|',
  'baigneuse|se baigner|bodyboard|wing|wingfoil|foil)\\b',
);

/** Not coming back, or signalling for help from out there. */
const IN_TROUBLE_OFFSHORE = rx('',
  '\\b((revient|reviens|reviennent|rentre|rentrent|remonte) (pas|plus)(?! avant)|',
  '(arrive|arrivent|peut|peuvent) (pas|plus) a (revenir|rentrer|regagner)|',
  '(fait|font) (des |de )?(grands |grand )?(signes?|gestes)|(agite|agitent|secoue|secouent) ',
  '(les|ses|leurs) bras|(bouge|bougent) (les|ses) bras)\\b',
);

/** Far: the open sea. */
const FAR_OUT = rx('', '\\b(au large|tres loin|trop loin|super loin|loin)\\b');
/** A lake or a pool is the firemen's 18 (earlier rounds); a wave hello is no distress. */
const INLAND_OR_FINE = rx('',
  '\\b(lac|etang|riviere|piscine|fleuve|canal|plan de eau|dire bonjour|saluer|salue|',
  'nous salue|coucou|normal|champion|championne|entrainement|competition|regate)\\b',
);

/** A sailboat dismasted or a boat with water coming in, people aboard. */
const BOAT_IN_DISTRESS = rx('',
  '(?<!\\b(comment|pourquoi) )',
  '\\b((a |avons |ont |vient de |viennent de )?demate|(perdu|casse) (le|son|notre) mat|',
  'mat (est )?casse|le eau (rentre|entre|monte|arrive)|on coule|il coule|ca coule)\\b',
);
const ABOARD = rx('',
  '\\b(a bord|voilier|bateau|catamaran|cata|zodiac|semi rigide|barque|cale|pont|equipage|',
  'au large|en mer|skipper|coque)\\b',
);
const BOAT_REPAIRED = rx('',
  '\\b(reparer|repare|reparation|chantier|assurance|roman|regate virtuelle)\\b');

/** Someone forcing the shop's or the home's way in while the writer is above or inside. */
const FORCING_NOW = rx('',
  `\\b${SOMEONE} (qui )?(essaie de |essaye de |essaient de |essayent de |tente de |`,
  'tentent de |est en train de |sont en train de )?(force|forcent|forcer|fracture|fracturent|',
  'fracturer|defonce|defoncent|defoncer|crochete|crochetent|crocheter|souleve|soulevent|',
  'soulever|arrache|arrachent|arracher) (le|la|les|mon|ma|mes|notre|nos) ',
  '(rideau|rideaux|porte|volet|volets|grille|serrure|vitrine|fenetre|baie|porte fenetre)\\b',
);
/** A locksmith, the firemen: forcing a door for the writer, not against them. */
const OPENING_FOR_US = rx('',
  '\\b(serrurier|pompiers|gendarmes|policiers|police|huissier|depanneur|syndic)\\b',
);
const I_AM_ABOVE = rx('',
  '\\b((je suis|on est|nous sommes|suis|je me suis|on se est) (cache |cachee |caches )?',
  '(a le etage|en haut|au dessus|la haut|dans la chambre|dans ma chambre|',
  'dans le appart|dans le appartement|dans la maison|a la maison|dedans)|',
  'je habite au dessus|je loge au dessus)\\b',
);

/** An old woman or man who has just fallen outside and no longer answers. */
const FELL_NOW = rx('',
  '\\b((vient|viens) de (tomber|chuter|faire une chute)|(est|sont) (tombe|tombee|tombes)|',
  'a chute|a fait une chute)\\b',
);
const ELDER_SILENT = rx('',
  '^(?=.*\\b(vieille dame|vieux monsieur|vieil homme|dame agee|monsieur age|personne agee|',
  'petite vieille|petit vieux|mamie|mami|papi|papy|grand mere|grand pere|[6-9][0-9] ans|',
  'vieille|vieux)\\b)',
  '(?=.*\\b(parle plus|parle pas|dit plus rien|dit rien|repond plus|repond pas|reagit plus|',
  'reagit pas|bouge plus|ouvre plus les yeux)\\b)',
);
const ELDER_RECOVERED = rx('',
  '\\b(va mieux|va bien|se est releve|se est relevee|rien de casse)\\b');

/** A child brought to the writer's mind by its parent: who is followed, lured. */
const CHILD = rx('',
  '\\b(ma|mon|notre|sa|son) (fille|fils|gamine|gamin|petite|petit|ado|cadette|ainee|niece|',
  'neveu)\\b|\\b(1[0-7]|[4-9]) ans\\b',
);
const FOLLOWED_LURED = rx('',
  '(?<!\\b(a|ont|avait|avaient) )',
  '\\b((la|le|les) (suit|suivent|suis|poursuit|poursuivent) depuis (le |la |les )?',
  '(ecole|college|lycee|sortie|arret|bus|gare|cours|sport|piscine|parc)|',
  '(essaie|essaye|essaient|tente|tentent|veut|veulent|voulait|essayait) de (la|le|les) ',
  '(faire )?(monter|entrer|embarquer|pousser|tirer) dans (sa|son|leur|une|un) ',
  '(voiture|camion|camionnette|van|fourgon|utilitaire|bagnole|caisse))\\b',
);

/** Groped in a train, a bus, the metro, or pinned against its window. */
const GROPED_PINNED = rx('',
  `\\b${SOMEONE} (qui )?(me|nous) ((touche|touchent|tripote|tripotent|pelote|pelotent|`,
  'caresse|caressent|frotte|frottent)\\b|(plaque|plaquent|coince|coincent|bloque|bloquent|',
  'colle|collent|serre|serrent|pousse|poussent) contre\\b)',
);
const IN_TRANSPORT = rx('',
  '\\b(train|rer|metro|tgv|ter|bus|tram|tramway|wagon|navette|transilien|rame|',
  'contre la vitre|contre la fenetre|contre la porte|personne (ne )?(reagit|bouge|fait rien|',
  'dit rien|intervient))\\b',
);

export const NET_ROUND_T79: readonly NetFamily[] = [
  {
    id: 'net-rider-far-out-signalling',
    situation: 'sea',
    patterns: [IN_TROUBLE_OFFSHORE],
    requires: rx('', `^(?=.*${RIDER.source}).*${FAR_OUT.source}`),
    unless: INLAND_OR_FINE,
  },
  {
    id: 'net-boat-dismasted-or-filling',
    situation: 'sea',
    patterns: [BOAT_IN_DISTRESS],
    requires: ABOARD,
    unless: BOAT_REPAIRED,
  },
  {
    id: 'net-way-in-forced-while-above',
    situation: 'intrusion',
    patterns: [FORCING_NOW],
    requires: I_AM_ABOVE,
    unless: OPENING_FOR_US,
  },
  {
    id: 'net-elder-fallen-silent',
    situation: 'medical',
    patterns: [FELL_NOW],
    requires: ELDER_SILENT,
    unless: ELDER_RECOVERED,
  },
  {
    id: 'net-child-followed-lured',
    situation: 'child_violence',
    patterns: [FOLLOWED_LURED],
    requires: CHILD,
  },
  {
    id: 'net-groped-pinned-in-transport',
    situation: 'violence',
    habitCancels: true,
    patterns: [GROPED_PINNED],
    requires: IN_TRANSPORT,
  },
  ...NET_ROUND_T79_MORE,
];
