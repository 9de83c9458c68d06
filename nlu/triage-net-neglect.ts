import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a child in danger at home now without a blow in the sentence:
 * put out or shut outside, left alone for hours or since yesterday, or dreading the parent
 * who comes home tonight. The child-in-danger FAQ answers the habit and the law; these are
 * told with a "tonight", a "since this morning", a child crying or afraid.
 */

const KID = '(enfant|enfants|bebe|bebes|gamin|gamine|gamins|gamines|gosse|gosses|mome|momes|' +
  'petit|petits|petite|petites|bambin|bambins|nourrisson|fils|fille|filles|loulou|petiot|' +
  'petiots|ptit|ptits|petit frere|petite soeur|petit garcon|petite fille|jumeaux|' +
  // anyone told by a child's age: "ma voisine de 6 ans", "le gamin d'à côté de 8 ans"
  '[a-z]+ de ([1-9]|1[0-2]) ans)';
const ALONE = '(seul|seule|seuls|seules|tout seul|toute seule|tous seuls|toutes seules|' +
  'livres a eux memes|livre a lui meme|sans adulte|sans personne|sans les parents)';
/** A child who writes: "j'ai 13 ans". */
const MINOR = '\\bje ai ([5-9]|1[0-7]) ?ans\\b';
const PUT_OUT = '(mis|mise|mises|jete|jetee|jetes|foutu|foutue|foutus|enferme|enfermee|' +
  'enfermes|laisse|laissee|laisses|vire|viree|sorti|sortie)';
const OUTSIDE = '(dehors|a la porte|de la maison|de chez (moi|nous|lui|elle)|sur le balcon|' +
  'sur la terrasse|dans le jardin|dans la cour|' +
  'sur le palier|dans la cage de escalier|dans le couloir|devant la porte|dans la rue)';

/** What makes it tonight's danger: the night, the cold, hunger, tears, the hours going by. */
const NOW_COLD = rx('',
  '\\b(cette nuit|ce soir|la nuit|nuit|depuis|pleure|pleurent|crie|hurle|froid|gele|gelee|',
  'grelotte|pluie|pleut|neige|tshirt|t shirt|pyjama|couche|pieds nus|tout nu|toute nue|',
  'sans manger|rien mange|pas mange|faim|sans manteau|en slip|en culotte|dors dehors|',
  'dormir dehors)\\b',
);

/** The adults gone out: "les parents sont sortis", "sa mère est partie en soirée". */
const OUT = '(parents?|sa mere|sa maman|son pere|son papa|la mere|le pere|la maman|les adultes|' +
  'ils|elle) (sont |est )?(absents?|partis?|parties|sortis?|sorties|pas la|pas rentres?|' +
  'pas rentrees?|en soiree|en boite|au bar|au restaurant|introuvables?|injoignables?)';

/** Since yesterday, this morning, hours: no longer a parent gone to the shop. */
const FOR_HOURS = rx('',
  '\\b((ca|cela) fait (des|deux|trois|plusieurs|\\d+) ?(heures|h)|',
  'depuis? (hier|ce matin|cette nuit|le matin|midi|des heures|plusieurs heures|deux jours|',
  'longtemps|lontemps|',
  'trois jours|\\d+ ?(h|heures|jours))|pleure( [a-z]+){0,3} depuis|(rien|pas) (a )?mang[a-z]*|',
  'rien a manger|sans manger|ont faim|a faim|personne ne (vient|repond|ouvre)|toute la nuit|',
  'parents (sont )?(partis|sortis|introuvables|injoignables|disparus)|',
  // a young child alone outside in the night is in danger now, whatever the hours before
  '(a|vers|jusque a) (minuit|(23|[0-4]) ?h)|en pleine nuit|aucun adulte|',
  'parents (sont )?(pas la|absents))\\b',
);

/** Blows at home: "il me frappe", "elle se fait taper", "il la bat". */
const BEATEN = rx('',
  '\\b((me|la|le|les|nous|te) (frappe|frappent|tape|tapent|bat|battent|cogne|cognent|',
  'tabasse|tabassent|etrangle|brule|viole|touche)|(battu|battue|frappe|frappee|tapee?) ',
  '(par|tous)|se fait (frapper|taper|battre|tabasser|violer|toucher)|des coups|coups de ',
  'ceinture|me tue)\\b|',
  // abuse told the way a child tells it: "il lui fait des trucs la nuit", "il vient dans mon lit"
  '\\b((me|lui|leur|nous) (fait|font|faisait) des (trucs|choses|attouchements|saletes|',
  'trucs bizarres|choses bizarres)|(me|la|le|les) (tripote|tripotent|caresse|pelote)|',
  'abuse de (moi|elle|lui)|(vient|rentre|entre) dans (ma|sa|leur) (chambre|lit) la nuit|',
  'des attouchements)\\b',
);

/** A child writing it, or a classmate told of: "ma copine de classe", "un élève". */
const CHILD_TELLS = `${MINOR}|\\b(copine|copain|pote|camarade|amie|ami) de (classe|college|` +
  'ecole)\\b|\\b(eleve|eleves|ma classe|mon college|la maitresse|le prof)\\b';

/** Afraid to go home tonight. */
const AFRAID_TO_GO_HOME = '\\b(peur|ose pas|veut pas|veux pas|peut pas|veulent pas) (de )?' +
  '(rentrer|retourner) (chez (moi|elle|lui|nous|eux)|a la maison|ce soir|cette nuit)\\b';
/** The parent who beats is on the way. */
const BEATER_COMING = '\\b(il|elle|ils|papa|maman|mon pere|ma mere|mon beau pere|ma belle mere) ' +
  '(rentre|revient|arrive|rentrent|reviennent|sera la|seront la) (dans|bientot|tout a le heure|' +
  'ce soir|vers)\\b';
const DREADS_HOME = [AFRAID_TO_GO_HOME, BEATER_COMING];
const AWAY_TONIGHT = new RegExp(`^(?=.*(${CHILD_TELLS})).*${AFRAID_TO_GO_HOME}`);
const COMING = new RegExp(BEATER_COMING);

/**
 * A child who dreads going home tonight is away from the blows for now, even when they are
 * named ("son père la frappe"): the child line first, unless the beater is on his way.
 */
export function childAwayDreadingTonight(text: string): boolean {
  return gatedTest(AWAY_TONIGHT, text) && !gatedTest(COMING, text);
}

export const NET_NEGLECT: readonly NetFamily[] = [
  {
    // a car in the sun is an oven within minutes: the firemen open it first
    id: 'net-child-in-hot-car',
    situation: 'trapped',
    patterns: [
      new RegExp(`\\b${KID}( [a-z0-9]+){0,4} (${ALONE} |enferme |enfermee |oublie |oubliee )?` +
        '(dans|a le interieur de) (la|une|sa|leur|cette) (voiture|auto|camionnette|' +
        'camping car)\\b'),
    ],
    requires: rx('',
      '\\b(soleil|chaud|chaleur|canicule|fenetres fermees|vitres fermees|vitres remontees|',
      'transpire|rouge|pleure|hurle|depuis|ne bouge|bouge plus|personne)\\b',
    ),
    unless: /\b(siege auto|rehausseur|clim|climatisation|avec (moi|nous|sa mere|son pere))\b/,
  },
  {
    id: 'net-child-put-out',
    situation: 'child_neglect',
    patterns: [
      // "mon père m'a mis dehors", "il a laissé son fils de 5 ans dehors sur le balcon"
      new RegExp(`\\b((me|le|la|les|nous) (a|ont|avons)|ma) ${PUT_OUT}( [a-z]+){0,2} ${OUTSIDE}`),
      new RegExp(`\\b${PUT_OUT} (son|sa|ses|le|la|les|un|une|leur|leurs|mon|ma|mes) ${KID}` +
        `( de (\\d+|deux|trois|quatre|cinq|six|sept|huit) ?ans)?( [a-z]+){0,2} ${OUTSIDE}`),
      new RegExp(`\\b${KID}( [a-z0-9]+){0,4} (enferme|enfermee|enfermes|bloque|bloquee) ` +
        '(dehors|sur le balcon|sur la terrasse)'),
    ],
    requires: NOW_COLD,
    unless: rx('',
      '\\b(chat|chats|chien|chiens|poubelles?|linge|velo|jouets?|punition de 5|pour jouer|',
      'jouer dehors|joue dehors|jouent dehors|pique nique)\\b',
    ),
  },
  {
    id: 'net-child-left-alone',
    situation: 'child_neglect',
    patterns: [
      new RegExp(`\\b${KID}( [a-z0-9]+){0,8} ${ALONE}\\b`),
      new RegExp(`\\b${ALONE}( [a-z0-9]+){0,4} ${KID}\\b`),
      // a child writes it: "j'ai 9 ans je suis tout seul depuis ce matin"
      new RegExp(`^(?=.*${MINOR}).*\\b(je suis|suis|on est|nous sommes) ${ALONE}\\b`),
      new RegExp(`^(?=.*${MINOR}).*\\b(mes|nos) parents (sont )?(partis|pas rentres|absents)\\b`),
      // "le bébé crie depuis des heures et personne n'ouvre", "... les parents sont sortis"
      new RegExp(`\\b${KID}( [a-z0-9]+){0,6} (pleure|pleur|pleurer|pleurent|hurle|hurler|` +
        'hurlent|crie|crier|crient)' +
        `( [a-z0-9]+){0,12} (personne (ne )?(repond|ouvre|vient|est la)|aucun adulte|${OUT})`),
    ],
    requires: FOR_HOURS,
    // "peut-on laisser un enfant de 10 ans seul une heure ?" asks the law
    unless: rx('',
      '\\b(peut on|on peut|est ce que|est il|a partir de|quel age|le droit|legal|legalement|',
      'interdit|autorise|vacances|colonie|centre aere|nounou|baby sitter|rentre de le ecole|',
      'rentre seul du|rentre seule du|rentrent seuls du|c est grave|ce est grave|',
      'ils vont bien|tout va bien|les parents sont rentres|parents arrives|souvent|parfois|',
      'ils ont 1[3-7]|ont (13|14|15|16|17) ans|ados|adolescents|devoirs|',
      'le temps que|est ce grave|est ce normal|courses|samusent|se amusent|jouent|chez (mamie|',
      'papi|mamy|papy|grand mere|grand pere|la nounou|des amis|leur pere|leur mere)|',
      'chaque|tous les (jours|mercredis|soirs))\\b',
    ),
  },
  {
    // the one who beats is on the way: "il rentre dans 1h j'ai peur", the police first
    id: 'net-child-beater-coming',
    situation: 'child_violence',
    patterns: [new RegExp(`^(?=.*(${CHILD_TELLS})).*${BEATER_COMING}`)],
    requires: BEATEN,
    unless: /\b(chien|chat)\b/,
  },
  {
    // a child who dreads going home tonight is away from the blows for now: the child line
    id: 'net-child-dreads-home',
    situation: 'child_neglect',
    patterns: [new RegExp(`^(?=.*(${CHILD_TELLS})).*${AFRAID_TO_GO_HOME}`)],
    requires: BEATEN,
    unless: /\b(chien|chat)\b/,
  },
  {
    id: 'net-dreads-home',
    situation: 'domestic_violence',
    patterns: DREADS_HOME.map((pattern) => new RegExp(pattern)),
    requires: BEATEN,
    // a child's dread is the child families' (above): the child line may come first
    unless: new RegExp(`${CHILD_TELLS}|\\b(chien|chat)\\b`),
  },
];

