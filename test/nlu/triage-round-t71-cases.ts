/**
 * Round t71's cases: two fresh blind sets' misses and false alarms, each as a family of
 * wordings (SMS, no accents, no punctuation, dictation, for a relative) beside its calm
 * look-alikes.
 */

/** Someone shot now, on a hunt or not: 15 first (the 18 and the 112 with it). */
export const SHOT: readonly (readonly [string, string])[] = [
  ['accident de chasse un gars a pris une balle dans la jambe on est dans les bois', '15'],
  ['mon pote s\'est pris du plomb il saigne', '15'],
  ['il est blessé par balle', '15'],
  ['ACCIDENT DE CHASSE MON PERE A ETE TOUCHE PAR UNE BALLE', '15'],
  ['mon cousin vient de se prendre une balle perdue', '15'],
  ['acident de chasse mon oncle a pris une balle dans le ventre il saigne bcp', '15'],
  ['accident de chasse dans les bois un chasseur blessé', '15'],
  ['mon mari a recu du plomb dans le dos pendant la battue', '15'],
  ['j\'écris pour mon fils il a pris une balle perdue en forêt', '15'],
  ['quelqu un a ete touche par balle devant chez moi', '15'],
  ['y a un gars qui a pris des plombs dans la jambe a la chasse', '15'],
];

export const SHOT_CALM: readonly string[] = [
  'j\'ai pris un coup de fusil chez le garagiste, 900 euros',
  'le resto c\'est un coup de fusil, 80 balles pour deux',
  'cet hotel c est un coup de fusil',
  'ça m\'a coûté 900 balles',
  'j ai vendu mon velo 200 balles',
  'c\'est quand l\'ouverture de la chasse cette année',
  'comment passer le permis de chasse',
  'dans le film le heros prend une balle dans l epaule',
  'l\'an dernier mon oncle a pris une balle lors d\'un accident de chasse, il va bien',
  'j ai pris une balle de tennis dans l oeil au match',
  'mon fils joue au paintball il a pris une balle dans le dos',
  'le gouvernement se tire une balle dans le pied avec cette reforme',
  'le gardien a pris une balle en pleine tete au match de foot',
];

/** A fight whose victim is down and the blows go on: 17 first, the 15 among the numbers. */
export const BLOWS_ON_SOMEONE_DOWN: readonly (readonly [string, string])[] = [
  ['bagarre devant la salle des fêtes un gars au sol ils continuent de le frapper', '17'],
  ['ils le tabassent alors qu\'il bouge plus', '17'],
  ['ils sont en train de le lyncher il ne bouge plus', '17'],
  ['un mec est au sol et trois gars le frappent encore', '17'],
  ['baston devant le bar un mec par terre ils arretent pas de le frapper', '17'],
  ['ya une bagarre le gars bouge plus et ils continuent a le taper', '17'],
  ['je vois des jeunes tabasser un homme par terre', '17'],
];

export const BLOWS_ON_SOMEONE_DOWN_CALM: readonly string[] = [
  'hier soir y a eu une bagarre un gars au sol ils ont continue de le frapper, je veux temoigner',
  'dans le film ils le frappent alors qu il est a terre',
  'mon fils s est fait taper dessus a la recre la semaine derniere il etait par terre',
];

/** "se fait + violent verb": the blows under way, 17 first, nobody answering or not. */
export const BEING_HURT: readonly (readonly [string, string])[] = [
  ['ma mère se fait étrangler', '17'],
  ['ma sœur se fait étrangler par son copain', '17'],
  ['pk personne répond ma mere se fait etrangler', '17'],
  ['le 17 répond pas ma mere se fait etrangler', '17'],
  ['ma mere se fé etrangler', '17'],
  ['ma soeur sfait tabasser par son mec', '17'],
  ['ma fille sfé frapper par son copain', '17'],
  ['mon pote se fait poignarder devant le bar', '17'],
  ['ma tante se fait agresser dans le parking', '17'],
  ['je me fais agresser', '17'],
];

export const BEING_HURT_CALM: readonly string[] = [
  'hier ma soeur s\'est fait agresser, comment porter plainte',
  'dans la série elle se fait étrangler',
  'il se fait toujours frapper à l\'école, que faire',
  'mon fils se fait frapper a l ecole depuis septembre que faire',
  'je me fais tuer tout le temps sur fortnite',
  'ma fille s\'est fait tabasser l\'an dernier',
  'le PSG se fait battre 3 a 0',
  'elle se fait planter par son mec à chaque fois',
];

/** Slang "le feu" for great: calm; a real fire still alarms, 18 first. */
export const FIRE_HYPE_CALM: readonly string[] = [
  'ce son c\'est le feu 🔥🔥',
  'le feu ce son',
  'la soirée c\'était le feu',
  '🔥🔥🔥',
  'trop le feu ce concert',
  'ce son est le feu',
  'ce son c le feu',
  'wesh ce clip cest le feu',
  'trop le feu ta tenue',
  'ce concert était le feu frerot',
];

export const REAL_FIRE: readonly (readonly [string, string])[] = [
  ['le feu a pris dans la cuisine', '18'],
  ['y a le feu chez le voisin 🔥', '18'],
  ['c est le feu dans l appart du dessous', '18'],
  ['ya le feu a la poubelle devant chez moi', '18'],
];

/** A threat for a day weeks or months away: the complaint, not an emergency. */
export const THREAT_LATER_CALM: readonly string[] = [
  'un gars m\'a menacé sur insta de me tabasser à la rentrée',
  'il a dit qu\'il me casserait la gueule cet été',
  'un mec m\'a dit sur tiktok qu\'il va me defoncer le mois prochain',
  'une fille de ma classe m a menace de me frapper apres les vacances',
  'mon ex me menace de me tuer quand il sortira de prison dans 6 mois',
  'il ma menacé sur insta de me tabasser le mois prochain, je fais quoi',
];

export const THREAT_NOW: readonly (readonly [string, string])[] = [
  ['il m\'a menacé de me tabasser ce soir', '17'],
  ['il dit qu il va me tuer il est en bas', '17'],
  ['un gars m\'a menacé sur insta il est en bas de chez moi', '17'],
  ['il a dit qu il allait me casser la gueule il m\'attend dehors', '17'],
];

/** A bump whose driver fled, nobody hurt: calm; a wound or a driver back: an alarm. */
export const BUMP_FLED_CALM: readonly string[] = [
  'jme suis fait rentrer dedans et le mec s\'est barré',
  'on m\'a embouti au feu rouge et il s\'est enfui',
  'délit de fuite ce matin sur le parking',
  'un mec ma rentre dedans sur le parking et sest tire',
  'jme suis fait emboutir au rond point le gars a pris la fuite',
  'ma voiture a ete emboutie et le type est parti sans laisser de mot',
  'accrochage et le mec s est barré sans constat',
];

export const BUMP_DANGER: readonly (readonly [string, string])[] = [
  ['il m\'a foncé dessus exprès et revient', '17'],
  ['on ma embouti et le mec revient avec une batte', '17'],
  ['delit de fuite il a renverse un pieton qui bouge plus', '18'],
];

/** Hurt in the bump: an alarm with the 18 and the 15. */
export const BUMP_HURT: readonly (readonly [string, string])[] = [
  ['je me suis fait rentrer dedans et il s\'est enfui, je suis blessé', '18'],
  ['je me suis fait rentrer dedans et il s\'est enfui, je suis blessé', '15'],
  ['il m a rentre dedans et s est enfui je saigne', '15'],
  ['je me suis fait percuter et il est parti, j ai mal au cou', '18'],
];
