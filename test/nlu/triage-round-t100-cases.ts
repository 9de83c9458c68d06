/**
 * Round t100's cases: smoking told with a fire's words, a clothesline that gave way, an exam
 * or a job at stake in "c'est la fin pour moi", a teenager shut in to cry, a dog attacking
 * now, the pound beside a malaise, a relative's partner who beats her told without a now, an
 * adult met online who set a meeting with a child. Each with other phrasings (typos, no
 * accents, SMS) and the look-alikes on the other side.
 */

/** A message and the number that must come first. */
export type Alarm = readonly [string, string];

export const SMOKER_CALM: readonly string[] = [
  'ma voisine fume comme un pompier',
  'mon pere fume comme un pompier depuis 30 ans',
  'il fume comme une cheminée',
  'ma belle mere fume comme un turc sur le balcon',
  'mon coloc fume comme une locomotive dans l appart',
  'il fume clope sur clope',
  'mon mari fume 2 paquets par jour',
  'mon fils fume dans sa chambre',
  'ma fille fume de la beuh je fais quoi',
  'ca fume des joints dans la cage d escalier tous les soirs',
  'ça fume du shit en bas de chez moi',
  'ça fume grave ici',
  'wsh ca fume grave ici',
  'ça fume de ouf ici mdr',
];
export const SMOKE_SEEN: readonly Alarm[] = [
  ['ça fume dans la cuisine, de la fumée partout', '18'],
  ['ca fume dans la cuisine', '18'],
  ['ca fume de partout dans le garage', '18'],
  ['la prise fume', '18'],
  ['mon voisin fume comme un pompier et son appart est en feu', '18'],
  ['ma fille fume dans sa chambre et ya de la fumee noire partout ça sent le brulé', '18'],
];

export const FIXTURE_CALM: readonly string[] = [
  'la corde à linge a lâché tout est tombé par terre',
  'la corde a linge a lache tout le linge est par terre',
  "l'etagere a lache tout est tombe par terre",
  'la tringle a rideaux a lache tout est tombe',
  'le fil a linge a cassé tout mon linge est tombé dans la boue',
  'mon etagere s est effondree tout est par terre',
];
export const FELL_ON_SOMEONE: readonly Alarm[] = [
  ['la corde a lache il est tombe par terre', '15'],
  ["l'étagère a lâché et elle est tombée sur mon fils, il saigne de la tête", '15'],
  ['mon grand pere est tombé par terre il bouge plus', '15'],
];

export const STAKE_END_CALM: readonly string[] = [
  "si j'ai pas mon bac c'est la fin pour moi",
  'si jai pas mon bac cest la fin pour moi',
  "si je rate mon permis c'est la fin pour moi",
  "si je loupe mes partiels c'est fini pour moi",
  "si je perds mon taf c'est la fin pour moi",
  "si je me fais virer c'est la fin pour moi",
  "c'est la fin pour moi si je rate le concours",
  'cest la fin pour moi si jai pas mon diplome',
  "si je redouble encore c'est la fin pour moi",
];
export const END_OF_ME_STILL: readonly Alarm[] = [
  ["c'est la fin pour moi je vais en finir ce soir", '3114'],
  ["si j'ai pas mon bac c'est la fin pour moi je vais en finir ce soir", '3114'],
  ["c'est la fin pour moi, adieu", '3114'],
  ["j'ai raté mon bac c'est la fin pour moi", '3114'],
];

export const SHUT_IN_TO_CRY: readonly string[] = [
  "ma fille s'est enfermée dans la salle de bain elle pleure",
  'ma fille sest enfermee dans sa chambre et elle pleure',
  "mon fils s'est enfermé dans sa chambre il boude",
  "ma fille de 15 ans s'est enfermée dans la salle de bain en pleurant, elle veut pas me parler",
  "ma fille s'est enfermée dans les toilettes elle pleure parce que son copain l'a larguée",
];
export const SHUT_IN_DANGER: readonly Alarm[] = [
  ["ma fille s'est enfermée dans la salle de bain elle ne répond plus", '15'],
  ["ma fille s'est enfermée dans la salle de bain et elle répond plus depuis 20 minutes", '15'],
  ["ma fille s'est enfermée dans la salle de bain elle dit qu'elle veut mourir", '3114'],
];
export const LOCKED_IN_BY_SOMEONE: readonly Alarm[] = [
  ['mon beau pere a enfermé ma fille dans la salle de bain elle pleure', '17'],
  ["ma fille est enfermée dans la salle de bain, il l'a enfermée et elle pleure", '17'],
  ['son pere a enferme ma niece dans la cave elle hurle', '17'],
  ['le copain de ma soeur a enfermé mon neveu dans le placard', '17'],
];
export const SHUT_IN_STILL_ALARMS: readonly string[] = [
  "ma fille s'est enfermée dans la salle de bain avec des médicaments elle pleure",
  "ma fille s'est enfermée dans la salle de bain elle pleure et je l'entends vomir",
];

export const DOG_ATTACKING_NOW: readonly Alarm[] = [
  ["un chien est en train d'attaquer un enfant", '17'],
  ['le pitbull du voisin mord ma fille', '17'],
  ['un chien attaque un enfant au parc', '17'],
  ['un chien est en train de mordre un enfant dans le parc', '17'],
  ['le rottweiler des voisins se jette sur ma mere dans la cour', '17'],
  ['deux chiens attaquent un joggeur sur le chemin', '17'],
  ['le pitbul du voisin mord ma fille', '17'],
];
export const DOG_BITE_WOUND: readonly Alarm[] = [
  ['mordue par un chien elle saigne beaucoup', '15'],
  ['le chien du voisin mord ma fille, elle saigne', '15'],
  ['un chien a mordu mon fils au visage et le propriétaire refuse de le tenir', '15'],
  ['un pitbull a mordu mon fils au bras la plaie est profonde', '15'],
];
export const DOG_CALM: readonly string[] = [
  "le chien du voisin mord les barreaux du portail toute la journée, c'est pénible",
  'mon chiot mord ma fille en jouant',
  'un chien m a mordu la main hier au marché, le maître est parti, je fais quoi',
  "le chien du voisin me charge quand je passe devant chez lui, c'est dangereux ?",
  'dans le film un chien attaque un enfant',
];

export const POUND_BESIDE_MALAISE: readonly Alarm[] = [
  ['mon chien a été enlevé par la fourrière et mon fils fait un malaise', '15'],
  ['mon chien a ete enleve par la fourriere et mon fils fait un malaise', '15'],
  ["on m'a enlevé mon chien pour la fourrière et mon fils a fait un malaise il est par terre",
    '15'],
  ['on ma enlevé ma voiture et mon pere fait un malaise', '15'],
  ['la fourrière a enlevé mon chien et ma mère fait un malaise', '15'],
];
export const TAKEN_PERSON: readonly Alarm[] = [
  ["ils m'ont enlevé mon fils devant l'école", '17'],
  ['ils nous ont enlevés on est dans un coffre', '114'],
];
export const POUND_CALM: readonly string[] = [
  'ma voiture a été enlevée par la fourrière, ou la récupérer',
  'on ma enleve mon chien pour la fourriere comment le recuperer',
];

export const PARTNER_BLOWS_TOLD: readonly string[] = [
  'ma soeur a des bleus partout et son mec la frappe',
  'ma soeur a des bleus partout et son mec la frape',
  'ma cousine a des bleus partout son copain la frappe',
  'ma soeur a des bleus et son mari la tape',
  'ma meilleure amie a des marques sur les bras, son copain la bat',
];
export const PARTNER_BLOWS_NOW: readonly Alarm[] = [
  ['ma soeur a des bleus partout et son mec la frappe en ce moment', '17'],
  ["ma soeur m'appelle, son mec la frappe", '17'],
  ['mon amie a des bleus partout, son mec la frappe, elle est chez moi la il arrive', '17'],
  ['ma soeur a des bleus partout et son mec la frappe, je l entends hurler', '17'],
];

export const GROOMING_MEETING: readonly Alarm[] = [
  ['un adulte que ma fille connait sur insta lui a donné rendez vous demain', '17'],
  ['un adulte que ma fille connait sur insta lui a donne rdv demain', '17'],
  ['un homme de 40 ans parle a ma fille de 13 ans sur snap et veut la voir demain', '17'],
  ['un adulte drague mon fils de 12 ans sur internet et lui a donné rdv samedi', '17'],
  ["un mec de 35 ans qu'elle a connu sur tiktok veut retrouver ma fille ce soir", '17'],
  ['ma fille de 14 ans a rendez vous demain avec un homme quelle a rencontré sur discord', '17'],
  // met in a game: real life all the same, not the game's fiction
  ['ma fille de 12 ans parle avec un adulte sur fortnite et il veut la rencontrer samedi', '17'],
  ['mon fils de 13 ans a rdv avec un inconnu rencontré sur discord demain', '17'],
];
export const GROOMING_CALM: readonly string[] = [
  'ma fille de 19 ans a rendez vous demain avec un mec de tinder',
  'ma fille de 14 ans a rendez vous avec un garçon de sa classe rencontré sur snap',
  'comment protéger ma fille des adultes qui lui parlent sur insta',
  "un adulte avait donné rendez vous à ma fille sur insta l'an dernier, on a porté plainte",
  'ma fille a rdv avec son copain de 15 ans rencontré sur insta',
];

/** The round's safety-net families, for triage-safety-net.test.ts. */
export const T100_EXAMPLES: Record<string, string[]> = {
  'net-child-locked-in-by-someone': ['mon beau pere a enferme ma fille dans la salle de bain'],
  'net-grooming-meeting': ['un adulte que ma fille connait sur insta lui a donne rdv demain'],
  'net-animal-attack-now': ['le pitbull du voisin mord ma fille'],
};
