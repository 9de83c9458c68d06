import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t71 (two fresh blind sets' misses): someone shot now, on a hunt or not (15 first:
 * the wound; a shooter still there is the weapon families' 17); a fight where someone lies
 * on the ground and the blows go on (17 first, the 15 with it); someone being strangled,
 * beaten or stabbed told in the passive "se fait + verb" of SMS French; a road collision
 * with the writer or another hurt.
 */
const BODY = '(jambe|jambes|cuisse|bras|ventre|dos|epaule|main|pied|genou|tete|torse|poitrine|' +
  'cou|fesse|mollet|hanche|visage|joue|thorax|abdomen|bide)';
/** A ball of a game is no bullet: "une balle de tennis dans l'œil". */
const GAME_BALL = rx('',
  '\\bballes? (de|en) (tennis|golf|ping|ping pong|foot|baseball|paintball|airsoft|mousse|',
  'match|jonglage|handball|hand|volley|basket|rugby|squash|padel)|\\b(paintball|airsoft|',
  'nerf|pistolet a billes|flechettes|match|gardien|ballon|terrain de|entrainement|raquette|',
  'penalty|dribble|tir au but|au foot|au tennis|au basket|au hand|au volley)\\b|',
  // "se tirer une balle dans le pied": harming one's own cause, unless it bleeds
  '^(?!.*\\b(saigne|sang|blesse|blessee|hopital|urgences|secours|vite)\\b).*\\btire[a-z]* ',
  'une balle dans (le|les|son|mon|ton|leur|notre|votre|ses|mes|nos) pieds?\\b',
);
const SHOT_WOUND = rx('',
  '\\b(pris|prendre|prend|prends|recu|recoit|mange|ramasse|se prendre|se est pris) ',
  '(une|1) balle( perdue)?\\b|',
  '\\b(une|1|deux|2|trois|3|des|plusieurs) balles? dans (la|le|les|l|sa|son|ses|ma|mon|',
  `mes|une|un) ${BODY}\\b|`,
  '\\b(touche|touchee|touches|blesse|blessee|blesses|atteint|atteinte|atteints) (par|d une|',
  'de une|avec) (une |des |un )?(balle|balles|plomb|plombs|chevrotine|tir|coup de feu|',
  'coup de fusil|chasseur)\\b|',
  '\\b(pris|prendre|prend|recu|mange|ramasse|se est pris|se prendre) (du|des|un) ',
  '(plomb|plombs|chevrotine)\\b|',
  `\\b(plomb|plombs|chevrotine) dans (la|le|les|l|sa|son|ses|ma|mon|mes) ${BODY}\\b|`,
  '\\bdecharge de (chevrotine|plombs|plomb|fusil|carabine)\\b',
);
/** A hunting accident is told with its wound, or with the haste it needs. */
const HUNT = /\b(accident de chasse|accident a la chasse|accident pendant la chasse)\b/;
const WOUND_OR_HASTE = rx('',
  '\\b(balle|balles|plomb|plombs|touche|touchee|blesse|blessee|blesses|saigne|saignent|',
  'sang|vite|secours|inconscient|inconsciente|bouge plus|respire|hurle|en ce moment|la)\\b',
);

/** Someone down: on the ground, no longer moving. */
const DOWN = rx('',
  '\\b(au sol|par terre|a terre|allonge|allongee|bouge plus|bouge pas|ne bouge|inconscient|',
  'inconsciente|reagit plus|ko|k o|assomme|assommee|sans connaissance)\\b',
);
/** Blows that go on: "ils continuent de le frapper", "ils le tabassent", "ils le lynchent". */
const BLOWS_GO_ON = rx('',
  '\\b(continuent|continue|continuer|arretent pas|arrete pas|sarretent pas) (de |a )?',
  '(le |la |lui |les )?(frapper|taper|cogner|tabasser|defoncer|massacrer|pietiner|',
  'shooter|donner des coups|mettre des coups|lyncher)\\b|',
  '\\b(le|la|les|lui) (frappent|tapent|cognent|tabassent|defoncent|massacrent|pietinent|',
  'shootent|lynchent|frappe|tape|cogne|tabasse|pietine|lynche)( encore| toujours| dessus)?\\b|',
  '\\b(mettent|donnent|met|donne) (encore |toujours )?des coups( de pied| de poing)?\\b|',
  '\\b(se acharnent|sacharnent|se acharne) sur (lui|elle|le|la|un|une)\\b|',
  '\\b(en train de|vont) (le|la) (lyncher|massacrer|pietiner|tabasser)\\b|',
  '\\b(frapper|taper|tabasser|cogner|lyncher|pietiner|defoncer|massacrer) (un|une|le|la) ',
  '(homme|mec|gars|type|femme|jeune|ado|vieux|vieille|monsieur|dame|personne|sdf)\\b',
);
/** "se faire lyncher sur Twitter" is a storm of messages. */
const ONLINE = rx('',
  '\\b(reseaux|reseau|twitter|internet|en ligne|insta|instagram|tiktok|facebook|snap|',
  'snapchat|commentaires|x com|media|medias|presse|journaux|critiques)\\b',
);

/** "ma mère se fait étrangler", "ma sœur sfait tabasser": the blows are under way. */
const BEING_HURT = rx('',
  '\\b(se fait|se fais|se fai|se fe|sfait|sfais|sefait|se font|me fais|me fait|me fai|',
  'me fe|mfait|mfais|sfe|sfai|en train de se faire|en train de me faire)',
  ' (encore |la |en ce moment )?',
  '(etrangler|etrangle|tabasser|tabasse|poignarder|poignarde|agresser|agresse|frapper|',
  'frappe|taper|cogner|defoncer|lyncher|egorger|violer|viole|massacrer|tuer|buter|',
  'suriner|etouffer|attaquer|kidnapper|enlever par|tirer dessus)\\b',
);
/** A habit or a place of habit: "il se fait frapper à l'école" asks for the FAQ. */
const BEING_HURT_CALM = rx('',
  '\\b(a le ecole|au college|au lycee|en classe|a la recre|depuis|tous les jours|',
  'chaque (jour|fois|semaine)|verbalement|dans le jeu|dans mon reve|dans mes reves|',
  'cauchemar|en justice|au tribunal|si (je|il|elle|on|tu|ils)|match|equipe|score|',
  '\\d+ a \\d+|championnat|ligue|perso|partie|manche|au foot|au basket|au rugby)\\b',
);
const BEING_HURT_UNLESS = new RegExp(`${BEING_HURT_CALM.source}|${ONLINE.source}`);

/** A road collision, with the writer or another hurt: "on m'a percuté, je suis blessé". */
const COLLISION = rx('',
  '\\b(rentre dedans|rentrer dedans|embouti|emboutie|emboutir|percute|percutee|percuter|',
  'tamponne|tamponnee|tamponner|accroche|accrochee|renverse|renversee|collision|',
  'carambolage|accident de (voiture|la route|moto|scooter|velo))\\b',
);
const HURT_NOW = rx('',
  '\\b(je suis|suis|chui|jsuis|il est|elle est|on est|nous sommes|mon fils est|ma fille est)',
  ' (blesse|blessee|blesses|en sang|coince|coincee)\\b|\\b(je saigne|il saigne|elle saigne|',
  'ca saigne|jai mal|je ai (tres |trop )?mal)\\b',
);

export const NET_ROUND_T71: readonly NetFamily[] = [
  {
    id: 'net-shot-wound',
    situation: 'medical',
    patterns: [SHOT_WOUND],
    unless: GAME_BALL,
  },
  {
    id: 'net-hunting-accident',
    situation: 'medical',
    patterns: [HUNT],
    requires: WOUND_OR_HASTE,
  },
  {
    id: 'net-blows-on-someone-down',
    situation: 'violence',
    patterns: [BLOWS_GO_ON],
    requires: DOWN,
    unless: ONLINE,
  },
  {
    id: 'net-someone-down-under-blows',
    situation: 'medical',
    patterns: [BLOWS_GO_ON],
    requires: DOWN,
    unless: ONLINE,
  },
  {
    id: 'net-being-hurt-passive',
    situation: 'violence',
    patterns: [BEING_HURT],
    habitCancels: true,
    unless: BEING_HURT_UNLESS,
  },
  {
    id: 'net-collision-hurt',
    situation: 'road_injury',
    patterns: [COLLISION],
    requires: HURT_NOW,
  },
];
