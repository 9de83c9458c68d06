import { alarms, calm, type FirstNumber } from './recognizerTable';

/**
 * Round t91, an evaluation set written as rural France, through the whole recogniser: shots
 * toward houses, a farm theft under way, a gas tank leaking now (each a family of wordings:
 * SMS, no accents, dictation, a long story, for a relative, regional words), and their calm
 * look-alikes; then three false alarms kept calm, beside the emergencies they must not calm.
 */
type Alarm = FirstNumber;

const SHOTS_NOW: readonly Alarm[] = [
  ['les chasseurs tirent vers les maisons', '17'],
  ['les chasseurs tirent en direction des maisons en ce moment', '17'],
  ['ya des chasseurs qui tirent vers ma maison la', '17'],
  ['les balles sifflent au dessus du jardin', '17'],
  ['les balles siflent au dessus du jardin vite', '17'],
  ['des balles sifflent au dessus de nos tetes', '17'],
  ['ça tire sur la route', '17'],
  ['une balle perdue vient de traverser la fenetre', '17'],
  ['une balle vient de casser la vitre de la cuisine', '17'],
  ["quelqu'un tire des coups de fusil dans la rue en ce moment", '17'],
  ['les chasseurs canardent vers le hameau', '17'],
  ['les chasseurs tirent sur nous on est dans le jardin', '17'],
  ['des plombs viennent de tomber sur la voiture', '17'],
  ['les chasseurs tirent vers les maisons virgule les balles sifflent point', '17'],
  ['bonjour je vous ecris pour ma mere elle habite un hameau les chasseurs tirent vers sa ' +
    'maison les plombs tombent sur le toit', '17'],
  ['ce matin je suis sorti donner a manger aux poules, tout était calme, et là en ce moment ' +
    'les chasseurs tirent en direction de la maison', '17'],
  ["bonsoir, depuis l'ouverture on a des soucis avec les chasseurs, on en a parlé au maire, " +
    'et là maintenant ils tirent vers la maison, les plombs tombent sur le toit', '17'],
];
const SHOTS_CALM: readonly string[] = [
  'la chasse est dimanche',
  'la battue est dimanche matin, faut-il prévenir ?',
  'est-ce que les chasseurs ont le droit de tirer près des maisons ?',
  'les chasseurs peuvent ils tirer a 150 metres des habitations',
  'on a entendu des coups de feu la saison dernière près de la ferme',
  'il y a un stand de tir à côté, ça tire tout le week-end',
  'ça tire au stand de tir tous les samedis',
  "les feux d'artifice du 14 juillet ça pète fort",
  'les chasseurs tirent trop pres des maisons chaque annee, a qui me plaindre',
  "l'an dernier une balle perdue a touché la grange",
  'avant les chasseurs tiraient vers les maisons',
  'dans le film les chasseurs tirent sur la maison',
  "les chasseurs tirent en direction du lotissement depuis l'ouverture, quelle est la règle",
];

const FARM_THEFT_NOW: readonly Alarm[] = [
  ['ils sont en train de charger mes veaux dans une bétaillère', '17'],
  ['ils sont en train de charger mes moutons dans une betaillere', '17'],
  ['des gars siphonnent le gasoil du tracteur là', '17'],
  ['y a des types qui siphonnent le fioul de la cuve', '17'],
  ['ils volent le quad dans la grange en ce moment', '17'],
  ['je vois de ma fenetre des gens qui volent mes outils dans la grange', '17'],
  ['de la fenetre je vois deux gars qui chargent mes moutons cette nuit', '17'],
  ['ya des gars qui pompent le gasoil des tracteurs la maintenant', '17'],
  ["bonjour j'écris pour mon père agriculteur, il voit des hommes charger ses vaches dans " +
    'une remorque en ce moment', '17'],
  ['ils embarquent mes biques dans une camionnette vite', '17'],
  ['jentends des gars qui pompent le fioul de ma cuve', '17'],
  ["hier on m'a volé du gasoil, j'ai porté plainte, et là ils sont revenus, ils siphonnent " +
    'le gasoil du tracteur en ce moment', '17'],
];
const FARM_THEFT_CALM: readonly string[] = [
  "on m'a volé mes veaux cette nuit, je m'en suis aperçu ce matin",
  "ce matin j'ai découvert qu'on avait siphonné le gasoil du tracteur",
  'la semaine dernière on m\'a volé le quad dans la grange',
  'comment protéger ma ferme des vols de gasoil',
  'je veux porter plainte pour le vol de mes moutons',
  'des gars ont siphonné le gasoil du tracteur la nuit dernière',
  'je charge mes veaux dans la bétaillère pour le marché',
  'je siphonne le gasoil du tracteur pour la tondeuse',
  'le vétérinaire charge les veaux',
];

const GAS_TANK_NOW: readonly Alarm[] = [
  ['la citerne de propane fuit ça siffle', '18'],
  ['la cuve de propane fuit', '18'],
  ['ca siffle et ca pu le gaz', '18'],
  ['y a une fuite sur la citerne de gaz', '18'],
  ['la citerne propane du jardin fuit y a un sifflement', '18'],
  ['ça siffle dehors et ça cocotte le gaz', '18'],
  ['la cuve a fioul a pris feu', '18'],
  ['ma citerne gpl fuit', '18'],
  ["bonjour j'écris pour ma grand mère, sa bouteille de gaz fuit et ça sent fort", '18'],
];
const GAS_TANK_CALM: readonly string[] = [
  'une coupure de gaz est annoncée demain',
  'la livraison de la citerne de gaz est prévue mardi',
  'comment vérifier ma citerne de gaz',
  'comment savoir si ma bouteille de gaz fuit',
  'la fuite de la citerne a été réparée hier',
  'ma bouteille de gaz est vide',
  'la citerne de gaz a fuit l an dernier',
];
const GAS_CHECK_YIELDS: readonly Alarm[] = [
  ['comment savoir si ma bouteille de gaz fuit, ça sent le gaz dans la cuisine', '18'],
];

const SILENT_AS_OFTEN: readonly string[] = [
  "ma fille répond pas depuis ce matin mais elle est à la fac, elle fait souvent ça, je " +
    "m'inquiète un peu",
  'mon fils repond pas depuis hier mais il est chez son pere il fait souvent ca',
  'ma fille repond plus depuis ce matin elle est au travail elle fait tout le temps ça',
  "ma mere ne repond pas depuis ce matin mais elle est chez sa soeur, c'est souvent comme ça",
];
const VULNERABLE_GONE: readonly Alarm[] = [
  ['ma mère a alzheimer elle est partie depuis ce matin on la trouve pas', '17'],
  ['mon grand père dément a disparu depuis ce matin', '17'],
  ["mon fils de 8 ans n'est pas rentré de l'école", '17'],
];

const LIVESTOCK_KILLED: readonly string[] = [
  'un chien errant rôde autour des moutons depuis une semaine, il a déjà tué deux brebis',
  'un chien errant rode autour des brebis depuis 1 semaine il a deja tue 2 brebis',
  "un chien rôde autour des moutons depuis une semaine, il a déjà tué deux brebis, j'ai peur " +
    'pour les autres, qui appeler ?',
  'il y a un chien qui traine autour de mes brebis depuis 8 jours, il en a égorgé deux',
];
const DOG_ATTACKS_PERSON: readonly Alarm[] = [
  ['un chien est en train de mordre un enfant', '17'],
  ['un chien errant attaque un enfant dans la rue', '17'],
];

const AILMENT_OF_DAYS: readonly string[] = [
  "ça brûle à l'estomac depuis 3 jours, c'est quoi la pharmacie de garde",
  'ca brule a l estomac depuis 3 jours c quoi la pharmacie de garde',
  'mal au dos depuis une semaine, quel médecin de garde',
  "j'ai la gorge qui brule depuis 4 jours, pharmacie de garde ?",
  "je me suis brûlé au barbecue il y a 3 jours, ça fait mal",
  "comment soigner quand on s'est brûlé avec de l'eau bouillante",
  'je me suis brulé la langue avec le café bouillant lol',
];
const ACUTE_NOW: readonly Alarm[] = [
  ["j'ai mal à la poitrine", '15'],
  ['mon mari est inconscient', '15'],
  ["mon fils s'est brûlé au feu en ce moment", '18'],
  ['je me suis brûlé avec le feu de cheminée', '15'],
  ['je me suis brûlé la main avec le feu, la peau part', '15'],
  ["mon fils s'est brûlé avec l'eau bouillante", '15'],
  ['il s est brulé gravement avec le barbecue', '15'],
  ["j'ai mal à la poitrine depuis 2 jours, quel médecin de garde", '15'],
];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T91_EXAMPLES: Record<string, string[]> = {
  'net-shots-toward-houses': ['les chasseurs tirent vers les maisons'],
  'net-farm-theft-under-way': ['des gars siphonnent le gasoil du tracteur là'],
  'net-gas-tank-leaking': ['la citerne de propane fuit ça siffle'],
  'net-fuel-tank-on-fire': ['la cuve a fioul a pris feu'],
  'net-burnt-by-fire-now': ["mon fils s'est brûlé avec l'eau bouillante"],
  'net-burnt-at-the-hearth': ['je me suis brûlé avec le feu de cheminée'],
};

describe('triage, round t91 (full recogniser, rural France)', () => {
  describe('shots toward houses or people now: 17; a hunt day, a range, the law: calm', () => {
    alarms(SHOTS_NOW);
    calm(SHOTS_CALM);
  });

  describe('a farm theft under way: 17; found in the morning, a complaint: calm', () => {
    alarms(FARM_THEFT_NOW);
    calm(FARM_THEFT_CALM);
  });

  describe('a gas tank leaking or a fuel tank on fire: 18; a delivery, a check: calm', () => {
    alarms(GAS_TANK_NOW);
    calm(GAS_TANK_CALM);
    alarms(GAS_CHECK_YIELDS);
  });

  describe('a grown relative silent as often, where they said: calm; a frail one gone', () => {
    calm(SILENT_AS_OFTEN);
    alarms(VULNERABLE_GONE);
  });

  describe('a stray dog that killed sheep: calm; a dog attacking a person now: alarm', () => {
    calm(LIVESTOCK_KILLED);
    alarms(DOG_ATTACKS_PERSON);
  });

  describe('an ailment of days, the pharmacy on duty: calm; chest, a burn now: alarm', () => {
    calm(AILMENT_OF_DAYS);
    alarms(ACUTE_NOW);
  });
});
