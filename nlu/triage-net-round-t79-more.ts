import { SOMEONE, type NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t79, second half: more dangers that only the learned vote caught (windows smashed
 * now, a car on its roof with people inside, a child beaten out in the snow, prowlers in a
 * barn, an old neighbour on her floor, a driver ramming the writer, a cliff's edge).
 */

/** Smashing a shop window or the cars' windows now: the offence under way. */
const SMASHING_NOW = rx('',
  `\\b${SOMEONE} (qui )?(est en train de |sont en train de |essaie de |essaient de )?`,
  '(casse|cassent|casser|brise|brisent|briser|defonce|defoncent|defoncer|fracasse|',
  'fracassent|fracasser|explose|explosent|exploser) (la|les|ma|mon|notre|nos|des|une) ',
  '(vitrine|vitrines|vitre|vitres|devanture|baie vitree|carreaux|pare brise|fenetres)\\b',
);
/** Whose window: a shop, the cars of a car park. */
const SHOP_OR_CARS = rx('',
  '\\b(magasin|boutique|commerce|vitrine|devanture|pharmacie|bijouterie|boulangerie|',
  'tabac|bar|restaurant|resto|agence|voitures|voiture|bagnoles|parking|sacs|sac)\\b',
);

/** A car just rolled over or on its roof, people trapped inside. */
const ROLLED_OVER = rx('',
  '\\b((vient|viennent) de (faire|se) (un tonneau|des tonneaux|retourner)|',
  '(a|ont) fait (un tonneau|des tonneaux|plusieurs tonneaux)|',
  '(se est|se sont) (retournee|retourne|retournees|retournes)|sur le toit)\\b',
);
/** A vehicle named: a cat "stuck on the roof" is no car on its roof. */
const VEHICLE = '(voiture|voitures|bagnole|vehicule|auto|camion|camionnette|utilitaire|' +
  'fourgon|4x4|caisse|car|bus|tracteur|moto)';
const TRAPPED_INSIDE = rx('',
  `^(?=.*\\b${VEHICLE}\\b).*`,
  '\\b(coince|coinces|coincee|coincees|bloque|bloques|bloquee|bloquees|enferme|enfermes|',
  'incarcere|incarceres|(encore|toujours) (dedans|a le interieur)|arrivent pas a sortir|',
  'peuvent pas sortir|peut pas sortir)\\b',
);

/** A parent hitting a child outside, where the writer sees it. */
const PARENT_HITS_CHILD = rx('',
  '(?<!\\b(a|ont|avait|avaient) )',
  '\\b(son|sa|leur) (pere|mere|beau pere|belle mere|daron|daronne|papa|maman) (le|la|les) ',
  '(frappe|tape|bat|cogne|gifle|tabasse|secoue|traine|met des coups)\\b',
);
const CHILD_OUTSIDE = rx('',
  '^(?=.*\\b(enfant|petit|petite|gamin|gamine|gosse|fils|fille|garcon|fillette|bebe)\\b)',
  '(?=.*\\b(cour|jardin|dehors|neige|rue|balcon|parking|voisin|voisins|voisine)\\b)',
);
/** A child shut out in the cold in light clothes for a long time. */
const CHILD_IN_COLD = rx('',
  '\\b(en (tee shirt|tu shirt|tshirt|t shirt|short|slip|pyjama|chaussettes)|pieds nus|',
  'sans (manteau|veste|blouson|chaussures)) (dans|sous) (la neige|le froid|la pluie glacee)\\b|',
  '\\b(dans|sous) (la neige|le froid) (en|sans) (tee shirt|tu shirt|tshirt|t shirt|short|',
  'slip|pyjama|manteau|veste|chaussures)\\b',
);
const OUT_LONG = rx('',
  '\\b(depuis (une|1|deux|2|\\d+|plus de une|plus de 1|une demi) ?(heure|heures|h|demi heure)|',
  'depuis longtemps|depuis tout a le heure|enferme dehors|laisse dehors|a la porte)\\b',
);
const AT_PLAY = rx('', '\\b(jouent|joue|jouer|bonhomme de neige|luge|bataille de boules)\\b');

/** Strangers with lamps prowling the writer's farm buildings. */
const FARM_BUILDING = '(ma|la|mon|le|notre|nos|les) (grange|granges|hangar|hangars|ecurie|' +
  'etable|bergerie|ferme|grenier|atelier|remise|cabane|poulailler|cour)';
const PROWLING_FARM = rx('',
  `\\b${SOMEONE}( avec (des|une|leurs) [a-z]+( [a-z]+)?)? (qui )?(rodent|rode|tournent|`,
  'tourne|fouillent|fouille|sont|est|entrent|rentrent) (dans|autour de|a le interieur de) ',
  `${FARM_BUILDING}\\b|\\b(il y a|y a|ya) ${SOMEONE}( avec (des|une|leurs) [a-z]+( [a-z]+)?)? `,
  `(dans|autour de) ${FARM_BUILDING}\\b`,
);
const ALONE_OR_LIGHTS = rx('',
  '\\b(seule?|tout seule?|lampes?|frontales?|torches?|la maintenant|en ce moment|',
  'je les vois|je les entends|cette nuit|la nuit)\\b',
);

/** An old neighbour seen lying on her floor, barely moving. */
const ON_FLOOR = rx('',
  '\\b((allongee?|couchee?|etendue?|effondree?|tombee?|est|gisant) (par terre|au sol|sur le sol|',
  'sur le carrelage|sur le parquet))\\b',
);
const BARELY_MOVING = rx('',
  '^(?=.*\\b(voisine?|dame|monsieur|mamie|papi|papy|grand mere|grand pere|[6-9][0-9] ans|',
  'vieille|vieux)\\b)',
  '(?=.*\\b((bouge|remue|respire) (a peine|presque plus|plus|pas|tres peu|un peu)|',
  'se releve pas|arrive pas a se relever|peut pas se relever)\\b)',
);
const EXERCISE = rx('', '\\b(gym|yoga|sport|etirements|exercices|pilates|sieste|jeu)\\b');

/** A driver ramming or pushing the writer off the road. */
const RAMMED_OFF_ROAD = rx('',
  '\\b((essaie de|essaye de|essaient de|tente de|tentent de|veut|veulent|cherche a) ',
  '(me|nous) (pousser|sortir|faire sortir|envoyer|jeter|mettre)|',
  '(me|nous) (pousse|poussent|pousser|envoie|envoient|serre|serrent|tasse|tassent)) ',
  '(hors de la route|de la route|dans le fosse|vers le fosse|vers le bas cote|',
  'sur le bas cote|dans le bas cote|contre la glissiere|contre le rail|contre le terre plein|',
  'dans le decor|hors de la voie)\\b',
);
const ON_THE_ROAD = rx('',
  '\\b(autoroute|route|nationale|departementale|rocade|periph|peripherique|voie rapide|',
  'a\\d+|n\\d+|conducteur|conductrice|chauffard|voiture|camion|4x4|fourgon|colle|collait)\\b',
);

/** Heat: an old relative burning hot, not answering, talking nonsense. */
const HOT_CONFUSED = rx('',
  '^(?=.*\\b(brulante?|toute? chaude?|bouillante?|fievre)\\b)',
  '(?=.*\\b(repond plus|repond pas|raconte ne importe quoi|dit ne importe quoi|',
  'raconte nimporte quoi|dit nimporte quoi|delire|incoherente?|confuse?|',
  'me reconnait plus)\\b)',
);
const HEAT = rx('',
  '\\b(canicule|chaleur|chaud|\\d+ degres|coup de chaud|[6-9][0-9] ans|mamie|papi|',
  'grand mere|grand pere|vieille|vieux)\\b',
);

/** At a cliff's or a bridge's edge, wanting it to end. */
const WANTS_TO_END = rx('',
  '\\b(envie de (tout )?(en )?finir|envie de tout arreter|veux (tout )?(en )?finir|',
  'vais (tout )?(en )?finir|envie de sauter|vais sauter|veux sauter)\\b',
);
const AT_THE_EDGE = rx('',
  '\\b(falaise|falaises|bord du vide|au bord de le vide|pont|viaduc|parapet|precipice|ravin)\\b',
);

/** People with a reason to be there, named by the writer. */
const FARM_HANDS = rx('',
  '\\b(ce sont|c est (le|la|les|mon|ma|mes|nos|des)|chasseurs?|ouvriers?|employes?|',
  'saisonniers?|veterinaire|mon mari|mes fils|mon fils|mon frere|mes freres)\\b',
);
/** A jump for fun: a bungee, a paraglider. */
const JUMP_FOR_FUN = rx('',
  '\\b(elastique|parachute|parapente|base jump|plongeon|plonger|deltaplane)\\b',
);

export const NET_ROUND_T79_MORE: readonly NetFamily[] = [
  {
    id: 'net-windows-smashed-now',
    situation: 'intrusion',
    patterns: [SMASHING_NOW],
    requires: SHOP_OR_CARS,
  },
  {
    id: 'net-car-rolled-people-inside',
    situation: 'road_injury',
    patterns: [ROLLED_OVER],
    requires: TRAPPED_INSIDE,
  },
  {
    id: 'net-parent-hits-child-outside',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [PARENT_HITS_CHILD],
    requires: CHILD_OUTSIDE,
  },
  {
    id: 'net-child-shut-out-in-cold',
    situation: 'child_neglect',
    patterns: [CHILD_IN_COLD],
    requires: OUT_LONG,
    unless: AT_PLAY,
  },
  {
    id: 'net-prowlers-in-farm',
    situation: 'intrusion',
    patterns: [PROWLING_FARM],
    requires: ALONE_OR_LIGHTS,
    unless: FARM_HANDS,
  },
  {
    id: 'net-elder-on-floor-barely-moving',
    situation: 'medical',
    patterns: [ON_FLOOR],
    requires: BARELY_MOVING,
    unless: EXERCISE,
  },
  {
    id: 'net-rammed-off-the-road',
    situation: 'violence',
    habitCancels: true,
    patterns: [RAMMED_OFF_ROAD],
    requires: ON_THE_ROAD,
  },
  {
    id: 'net-elder-hot-confused',
    situation: 'medical',
    patterns: [HOT_CONFUSED],
    requires: HEAT,
  },
  {
    id: 'net-edge-wants-to-end',
    situation: 'suicide',
    always: true,
    patterns: [WANTS_TO_END],
    requires: AT_THE_EDGE,
    unless: JUMP_FOR_FUN,
  },
];
