import type { FirstNumber } from './recognizerTable';

/**
 * Round t102's cases (blind94's findings, then their families): a child beaten now told in
 * slang, "à bout" said of a flatmate, an adult out one night with the phone off (calm) beside
 * a minor's and a worrying night (alarms), and leisure read as fire.
 */

export const CHILD_BEATEN_NOW: readonly FirstNumber[] = [
  ['ya un gamin qui se fait defoncer par son pere sur le parking du lidl il hurle', '17'],
  ["y a un gosse qui se fait démonter par sa mère devant l'école il pleure", '17'],
  ['un petit se fait tabasser par son daron dans la rue là il crie', '17'],
  ['ya un enfant qui se fait eclater par un mec au parc il hurle', '17'],
  ['le pere il cogne son gamin sur le parking la le petit hurle', '17'],
  ['un gamin de 8 ans se fait defoncer par son pere en bas de chez moi', '17'],
  ['y a une gamine qui se fait defonsser par son pere devant la boulangerie elle hurle', '17'],
  ['ya 1 gosse ki se fé défoncé par son pere o parking il hurl', '17'],
  ['il est en train de démonter son fils dans la voiture à côté de moi, le petit hurle', '17'],
  ['un mome se fait defoncer par son pere a la gare il hurle', '17'],
];
export const CHILD_SCOLDED_CALM: readonly string[] = [
  'je vais me faire défoncer par mon père quand il verra mes notes',
  "mon fils s'est fait démonter par son prof devant toute la classe",
  'ma fille se fait défoncer par sa mère à cause de sa chambre en bazar mdr',
  "le petit s'est fait défoncer au foot par l'équipe d'en face 5-0",
  'mon gamin se fait défoncer aux jeux vidéo par son père tous les soirs',
  'mon petit frere se fait defoncer par mon pere a mario kart il hurle de rage',
  "le gamin se fait démonter par sa mère au téléphone parce qu'il a raté le bus",
];

export const FED_UP_CALM: readonly string[] = [
  'je suis a bout avec ma coloc elle fait jamais la vaisselle',
  'jsuis a bout avc ma coloc elle fé jamais la vaiselle',
  'je suis à bout avec ma belle mere elle critique tout',
  'chui a bout de ma coloc elle laisse tout trainer',
  'je suis a bout avec mon coloc il ronfle',
  'je suis a bout avec ma coloc elle vole ma bouffe dans le frigo',
];
export const AT_THE_END_ALARM: readonly FirstNumber[] = [
  ['je suis à bout je veux en finir', '3114'],
  ['je suis a bout avec ma coloc je veux en finir', '3114'],
  ['je suis a bout je vais me foutre en l air', '3114'],
  ['je suis à bout, je vais avaler toutes mes boites de cachets ce soir', '3114'],
];
export const FED_UP_BLOWS: readonly string[] = ['je suis a bout avec mon mari il me frappe'];

/** SMS "avc" for "avec"; the stroke keeps its article. */
export const STROKE: readonly FirstNumber[] = [
  ['il a fait un avc ma soeur est avec lui', '15'],
  ['ma mere fait un avc', '15'],
  ['je crois que mon pere fait un avc il parle bizarre', '15'],
];

export const ADULT_NIGHT_OUT_CALM: readonly string[] = [
  'mon frere est pas rentré depuis hier soir et son tel est coupé',
  'ma soeur est pas rentree cette nuit son portable est eteint',
  'mon frere est tjr pas rentrer depuis hier soir son tel est etein',
  "mon frère n'est pas rentré depuis hier soir, son téléphone est coupé, je fais quoi ?",
  'mon coloc est pas rentré cette nuit et il répond plus',
  'mon grand frere est pas rentre depuis hier soir et son tel tombe sur messagerie',
  'mon frere de 25 ans est pas rentre depuis hier soir son tel est coupe',
  'ma copine est pas rentree de soiree cette nuit et elle repond plus',
  'mon fils de 24 ans est pas rentre cette nuit son tel est eteint',
  'ma fille majeure est pas rentree depuis hier soir et son portable est coupe',
  'mon coloc a découché et il répond pas, je dois le signaler ?',
  'ma femme a decouche et elle repond plus',
];
/** Only the night's reading is calmed: a body found, a blade, armed men keep the alarm. */
export const NIGHT_OUT_AND_DANGER: readonly FirstNumber[] = [
  ['mon coloc a decouche, je le retrouve par terre ce matin il repond pas', '15'],
  ['mon frere est pas rentre cette nuit et son tel est coupe, un pote me dit qu il s est fait ' +
    'poignarder', '17'],
  ['mon mari est pas rentre cette nuit, son tel est coupe, il y a des mecs armes devant la ' +
    'maison', '17'],
];
export const MINOR_NIGHT_OUT: readonly FirstNumber[] = [
  ['mon petit frere est pas rentre depuis hier soir et son tel est coupe', '17'],
  ['mon frere de 15 ans est pas rentre depuis hier soir et son tel est coupe', '17'],
  ['ma fille est pas rentree depuis hier soir et son tel est coupe', '17'],
  ['mon petit frère a fugué ce matin et il répond plus', '17'],
];
export const WORRYING_NIGHT_OUT: readonly FirstNumber[] = [
  ['mon frere est pas rentre depuis hier soir son tel est coupe et il avait dit qu il voulait ' +
    'en finir', '17'],
  ['mon frere est pas rentre depuis hier soir son tel est coupe il est diabetique et a pas son ' +
    'insuline', '17'],
  ['mon frere est pas rentre depuis hier soir, il est parti avec un mec qu il connait pas et ' +
    'son tel est coupe', '17'],
  ['mon frere autiste est pas rentre depuis hier soir son tel est coupe', '17'],
  ['mon frere est pas rentre depuis hier soir on a retrouve sa voiture au bord du pont', '17'],
];

export const LEISURE_CALM: readonly string[] = [
  'jai grave pris feu en boite samedi 🔥🔥',
  'j ai pris feu au karaoké hier soir 🔥🎤 trop bien',
  'on a mis le feu a la soiree de samedi trop bien',
  "j ai trop enflammé la piste au mariage de ma cousine",
  'la voisine fume de la weed toute la soirée et ça sent jusque dans le salon',
  'mon voisin fume du shit sur son balcon et la fumée rentre chez moi',
  'la fumee du joint de mon voisin monte dans ma chambre tous les soirs',
];
export const LEISURE_FIRE: readonly FirstNumber[] = [
  ['il a pris feu en boite, ses cheveux ont pris feu avec une bougie, il est brulé', '18'],
  ['la voisine fume de la weed et maintenant il y a des flammes sur son balcon', '18'],
  ['le feu a pris au karaoke y a de la fumee partout', '18'],
];

/** One example per family of the round, for the safety net's table. */
export const T102_EXAMPLES: Record<string, string[]> = {
  'net-child-beaten-now-slang': ['le petit se fait defoncer par son pere il hurle'],
  'net-child-beaten-seen-slang': ['ya un gamin qui se fait defoncer par son pere sur le parking'],
  'net-missing-overnight-ending': [
    'mon frere est pas rentre depuis hier soir il avait dit qu il voulait en finir',
  ],
  'net-missing-overnight-at-risk': ['mon frere autiste est pas rentre depuis hier soir'],
};
