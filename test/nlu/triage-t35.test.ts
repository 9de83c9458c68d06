import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 27 (t35), by family and in our own words: any danger placed abroad leads with 112,
 * whatever its kind (a crash, a fire, gas, the sea), with the local numbers after it; someone
 * else armed right now, relayed by a message or a call, is a 17; glass, letterboxes and bus
 * shelters "explosés" by vandals are a complaint, not a blast.
 */
export const T35_EXAMPLES: Record<string, string[]> = {
  'net-relayed-armed-now': ['ma soeur me envoie des sms son ex est chez elle avec un couteau'],
  'net-overturned-stuck': ['la voiture se est retournee mon pere est coince'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const ABROAD: ReadonlyArray<readonly [string, string]> = [
  ['accident de la route en espagne, ma femme est coincée dans la voiture', '112'],
  ['on a eu un accident en croatie, il y a des blessés', '112'],
  ["accident sur l'autoroute en allemagne mon fils est blessé", '112'],
  ['carambolage en suisse, des gens coincés dans les voitures', '112'],
  ['à barcelone un scooter a renversé ma fille elle bouge plus', '112'],
  ['incendie dans notre hôtel à lisbonne, on est bloqués au 4e étage', '112'],
  ['le feu a pris dans la location au portugal, mon fils est dans la chambre', '112'],
  ["fuite de gaz dans l'appartement qu'on loue à rome, ma femme s'est évanouie", '112'],
  ["on est en croatie, un bateau a chaviré, des gens sont à l'eau", '112'],
  ['accident de voiture en belgique, le conducteur ne respire plus', '112'],
  ['partis en vacances en grèce, notre voiture a percuté un camion, mon mari est coincé', '112'],
];

/** A car on its roof or in a ditch with someone stuck in it, at home or abroad. */
const OVERTURNED: ReadonlyArray<readonly [string, string]> = [
  ["la voiture s'est retournée, ma femme est coincée", '18'],
  ['le camion est sur le toit, le chauffeur est bloqué', '18'],
  ['la voiture de mon fils est dans le fossé, il arrive pas à sortir', '18'],
  ['la moto a fait des tonneaux, mon copain est coincé dessous', '18'],
  ["on conduisait en slovénie, la voiture s'est retournée, mon fils est coincé", '112'],
];

const OVERTURNED_CALM: readonly string[] = [
  "la voiture s'est retournée l'an dernier, mon mari est resté coincé, l'assurance ne paie pas",
  'ma voiture est dans le fossé, la dépanneuse est bloquée dans les bouchons',
  "la voiture s'est retournée il y a deux ans, ma mère était restée coincée, elle va bien",
  "la voiture s'est retournée sur le parking, personne n'est resté coincé, on va bien",
];

/** A relative who lives over there, told from home: the writer dials where they are. */
const KIN_OVER_THERE: ReadonlyArray<readonly [string, string]> = [
  ["ma fille est au japon, elle a fait un malaise et elle ne répond plus, j'ai peur", '15'],
];

/** Where someone means to go is not where the danger is; and a crash at home keeps 18. */
const AT_HOME: ReadonlyArray<readonly [string, string]> = [
  ["il menace de partir à l'étranger ce soir avec les enfants, il est violent et il a un " +
    'couteau', '17'],
  ['mon ex veut emmener les enfants au maroc, il est devant chez moi avec un couteau', '17'],
  ['accident de voiture à lyon mon mari est coincé', '18'],
];

const ABROAD_CALM: readonly string[] = [
  "comment on appelle les pompiers depuis l'étranger ?",
  'quel numéro pour les urgences en italie ?',
  "on a eu un accident de voiture en italie l'an dernier, l'assurance ne veut pas payer",
  "accident en espagne l'été dernier, comment faire jouer mon assurance ?",
  'si on a un accident en suisse, on appelle quel numéro ?',
];

const RELAYED_NOW: ReadonlyArray<readonly [string, string]> = [
  ["ma cousine m'envoie des sms, son copain est chez elle avec un couteau", '17'],
  ["mon pote m'écrit sur whatsapp qu'un type armé d'un couteau est devant sa porte", '17'],
  ["ma voisine m'envoie des messages, son mari la menace avec un couteau", '17'],
  ["ma sœur m'écrit par sms que son mari a sorti un fusil", '17'],
  ["mon frère vient de m'appeler, il dit qu'un homme avec une hache est dans son jardin", '17'],
  ["une amie m'envoie des sms en panique, son ex tape dans sa porte avec une batte", '17'],
  ["ma collègue m'écrit que son ex est en bas de chez elle avec un pistolet", '17'],
  ["mon oncle me texte que son voisin brandit une machette dans la cour", '17'],
  ["ma tante m'a envoyé un message, un homme est dans son salon avec un couteau", '17'],
  ["ma copine m'envoie des messages elle dit que son père la frappe là maintenant", '17'],
];

const RELAYED_CALM: readonly string[] = [
  "mon amie m'a raconté que son ex l'avait menacée avec un couteau la semaine dernière",
  "une amie m'a dit la semaine dernière que son ex l'avait menacée avec un couteau",
  "elle m'a raconté que son ex la frappait",
  "ma sœur m'envoie des messages, son ex la menaçait avec un couteau quand ils vivaient " +
    'ensemble',
  "mon ami m'envoie des sms sur un couteau qu'il veut vendre",
  "mon frère m'envoie des messages sur son club de tir",
  "mon voisin m'a envoyé un sms : il a retrouvé le couteau qu'on lui avait volé",
];

const SMASHED_CALM: readonly string[] = [
  "les vitres de l'abribus en face de la mairie ont été explosées cette nuit, qui prévenir ?",
  "l'abribus de mon arrêt a été explosé par des jeunes hier soir",
  'ma boîte aux lettres a été explosée ce matin, je fais comment pour porter plainte ?',
  'ils ont explosé notre boîte aux lettres avec un pétard',
  "j'ai retrouvé ma boîte aux lettres explosée en sortant ce matin",
  "la cabine téléphonique du village a été explosée, c'est à qui de la réparer ?",
  'la vitre de ma voiture a été explosée cette nuit, rien de volé',
  'la porte du local vélos a été explosée ce week-end',
  "le portail de l'école a été explosé par des vandales",
  'nos poubelles ont été explosées aux mortiers cette nuit',
];

const REAL_BLASTS: ReadonlyArray<readonly [string, string]> = [
  ["ça a explosé dans l'immeuble, il y a des blessés", '18'],
  ['la porte a explosé avec le gaz, il y a de la fumée partout', '18'],
  ['une explosion dans la boîte aux lettres, ça brûle encore', '18'],
  ['la chaudière a explosé, mon père est brûlé', '18'],
  ['les vitres ont explosé, la maison est en feu', '18'],
];

describe('triage round 27 (t35): abroad first, relayed weapons, smashed things', () => {
  describe('a danger placed abroad leads with 112', () => specifyFirstNumbers(assess, ABROAD));
  describe('a car overturned, someone stuck', () => specifyFirstNumbers(assess, OVERTURNED));
  describe('an overturn told over', () => specifyCalm(assess, OVERTURNED_CALM));
  describe('a relative over there, told from home',
    () => specifyFirstNumbers(assess, KIN_OVER_THERE));
  describe('a destination abroad does not', () => specifyFirstNumbers(assess, AT_HOME));
  describe('questions and past trips abroad stay calm', () => specifyCalm(assess, ABROAD_CALM));
  describe('someone else armed now, relayed', () => specifyFirstNumbers(assess, RELAYED_NOW));
  describe('relayed afterwards or about a thing', () => specifyCalm(assess, RELAYED_CALM));
  describe('things smashed by vandals', () => specifyCalm(assess, SMASHED_CALM));
  describe('real blasts', () => specifyFirstNumbers(assess, REAL_BLASTS));
});
