/**
 * Round t64's phrasings (a fresh tester's misses), written for this round: SMS, no accents,
 * no punctuation, dictation, someone writing for a relative or a neighbour, each beside its
 * look-alikes that must stay calm.
 */

/** A kill threat said, and those who said it downstairs now, after a long habit story. */
export const THREAT_DOWNSTAIRS: readonly string[] = [
  'depuis quelques mois je vis avec mon compagnon, il boit, il me rabaisse, je suis partie ' +
    'chez ma soeur. il revient avec son pote ils ont dit qu ils allaient me faire la peau ils ' +
    'sont en bas',
  'mon copain boit souvent et me frappe quand il a bu, la il revient avec ses potes ils ont ' +
    'dit qu ils allaient me tuer ils sont devant la porte',
  'je vis avec mon mari depuis 10 ans il est violent quand il boit. il vient de m appeler il ' +
    'a dit qu il allait me faire la peau il est dans l escalier',
  'depuis des semaines mon ex me harcele, il a hurle quil allait me buter, il est dans la ' +
    'cage d escalier',
  'Ma sœur vit avec un homme qui boit souvent. Il a juré de lui faire la peau, il est devant ' +
    'la porte de chez elle',
  'mon voisin m a dit hier soir il va te faire la peau, aujourdhui il est devant ma porte',
];

/** A past threat with nobody here, a film, a mother's hyperbole, a neighbour's address. */
export const THREAT_DOWNSTAIRS_CALM: readonly string[] = [
  'mon voisin dit souvent qu il va me faire la peau, comment porter plainte pour menaces',
  'il y a deux ans mon ex a dit qu il allait me faire la peau, il est en prison maintenant',
  'dans le film ils disent qu ils vont le buter et ils sont en bas de l immeuble',
  'ma mere va me tuer quand elle verra mon bulletin, elle est en bas',
  'mon fils dit qu il va me tuer au jeu video, il est dans sa chambre',
];

/** Blows heard at a neighbour's now, with a scream, after a story of their rows. */
export const HEARD_BLOWS_NOW: readonly string[] = [
  'ma voisine du dessus se fait souvent engueuler par son copain, ce soir j entends son ' +
    'copain qui hurle et des bruits de coups et elle crie arrete arrete',
  'bonjour, j habite au 2e, depuis des semaines les voisins se disputent, ce soir j entends ' +
    'son copain qui hurle et des bruits de coups et elle crie arrete arrete, je sais pas si je ' +
    'dois intervenir',
  'tous les week ends c est pareil chez les voisins mais ce soir j entends des coups et elle ' +
    'hurle arrete',
  'ils se disputent souvent a cote jentend des coups contre le mur et elle crie au secour',
  'je vous ecris pour ma mere, ses voisins se battent souvent, la on entend des coups et la ' +
    'femme crie tu me fais mal',
];

/** Heard every evening, hammering, a ball, a film: no one struck now. */
export const HEARD_BLOWS_CALM: readonly string[] = [
  'tous les soirs j entends des coups et des cris chez les voisins, que faire',
  'j entends souvent la voisine crier arrete quand il rentre saoul, a qui en parler',
  'j entends des coups de marteau chez le voisin ce soir il bricole',
  'la j entends les enfants du dessus qui tapent dans le ballon et crient',
  'ce soir j entends le film de mes voisins, des coups de feu et des cris',
];

/** A frail person (or a baby) struck by a carer, seen on a home camera now. */
export const CARER_CAMERA: readonly string[] = [
  'ma grand mere de 92 ans son aide a domicile la frappe je l ai vu sur la camera a l instant',
  'je vois sur la camera que l auxiliaire de vie gifle mon pere',
  'Mamie a une caméra chez elle et là je vois l\'aide-soignante qui la bouscule et la tape',
  'l aide a domicile de mon grand pere le frappe je le vois en ce moment sur la cam',
  'je regarde la video surveillance en direct la nounou secoue mon bebe',
];

/** Yesterday's recording, a camera to install, a pet, care given, a wheelchair pushed. */
export const CARER_CAMERA_CALM: readonly string[] = [
  'j ai vu sur la camera hier que l aide a domicile a bouscule ma mere, comment porter plainte',
  'peut on installer une camera chez ma mere pour surveiller l aide a domicile',
  'je regarde la camera en direct, le chat tape le chien',
  'la camera montre l aide a domicile qui aide ma grand mere a se lever, elle est douce',
  'je vois sur la camera que l aide a domicile pousse le fauteuil de mamie dans le jardin',
];

/** A collégien (14, 15) not home for hours: the overdue-child family, hours counted. */
export const TEEN_OVERDUE: readonly string[] = [
  'ma fille de 14 ans n\'est pas rentrée du collège, ça fait 5h',
  'mon fils de 14 ans toujours pas rentre du college, son portable coupe',
  'mon fils 14ans est tjr pas rentrer du college depuis 4h son tel est eteint',
  'ma niece de 14 ans devait etre rentree il y a 4 heures, personne ne l a vue',
  'ma fille de quinze ans devait rentrer du college a 17h il est 21h elle repond pas',
];

/** Usual lateness, back already, a question about age. */
export const TEEN_OVERDUE_CALM: readonly string[] = [
  'ma fille de 14 ans rentre souvent en retard du college',
  'ma fille de 14 ans est rentree du college avec 2h de retard hier, elle etait chez une copine',
  'ma fille de 14 ans n est pas rentree du college ca fait 5h, ah si elle vient d arriver',
  'a quel age un enfant peut il rentrer seul du college',
];

/** A child telling a parent of sexual abuse: the 119 given, 17 with it. */
export const CHILD_DISCLOSED: readonly string[] = [
  'ma fille de 8 ans m\'a dit que son beau-père la touche',
  'mon fils dit que son oncle lui fait des choses',
  'ma fille de 6 ans me dit que papi lui touche la zezette',
  'ma petite m a raconte que le copain de sa mere la touche la nuit',
  'mon fils de 7 ans m a confie que son entraineur lui fait des trucs bizarres',
  'ma niece ma dit que son beau pere la tripote que faire',
  'je vous ecris pour ma soeur, sa fille de 7 ans lui a dit que son oncle la touche',
  'ma fille de 9 ans vient de me dire que son pere lui fait des choses quand elle est chez lui',
];

/** The abuser with the child now: 17 first, 119 with it. */
export const CHILD_DISCLOSED_NOW: readonly string[] = [
  'ma fille de 8 ans m a dit que son beau pere la touche et il est a la maison avec elle la',
  'ma fille dit que son beau pere lui touche les fesses quand je suis au travail, il est seul ' +
    'avec elle ce soir',
];

/** A greeting, a meal, a game, a fever, a past long over. */
export const CHILD_DISCLOSED_CALM: readonly string[] = [
  'ma fille m a dit que son oncle la touche sur l epaule quand il dit bonjour',
  'mon fils dit que son papi lui fait des crepes le mercredi',
  'ma fille dit que son copain la touche au basket pendant le jeu',
  'ma fille me dit que la maitresse la touche au front pour voir si elle a de la fievre',
];

/** A neighbour's smoke asked about as the law or a nuisance. */
export const SMOKE_CALM: readonly string[] = [
  'la fumée du barbecue du voisin c\'est légal ?',
  'le voisin fait des barbecues tous les jours, la fumée entre chez nous, on étouffe, c\'est ' +
    'légal ?',
  'le voisin allume un feu de jardin tous les week-ends, la fumée c\'est légal ?',
  'fumee barbecue voisin legal',
];

/** The same smoke turned into a fire or harm: 18 first. */
export const SMOKE_FIRE: readonly string[] = [
  'la fumee du barbecue du voisin a mis le feu a la haie',
  'le barbecue du voisin a pris feu, les flammes touchent le toit',
];

/** A question said to be hypothetical. */
export const HYPOTHETICAL_CALM: readonly string[] = [
  'hypothetiquement si quelqu un voit un incendie il doit appeler qui',
  'Hypothétiquement, si qqn me menace avec un couteau, je peux me défendre ?',
  'en theorie si quelqu un voit un incendie dans la foret on appelle le 18 ou le 112',
  'par curiosite, si quelqu un fait un malaise dans la rue qui faut il appeler',
  'hypotetiquement si qq1 voit un feu de foret il appelle qui',
  'imaginons que mon voisin fasse un malaise, je fais quoi',
];

/** A hypothetical opening, then a danger now: the alarm stays. */
export const HYPOTHETICAL_REAL: ReadonlyArray<readonly [string, string]> = [
  ['hypothetiquement si quelqu un voit un incendie il doit appeler qui, parce que la il y a ' +
    'le feu chez le voisin maintenant', '18'],
  ['en theorie je dois appeler qui, il est la devant chez moi avec un couteau', '17'],
];

/** A pet dying of old age or illness. */
export const PET_CALM: readonly string[] = [
  'mon chien est en train de mourir de vieillesse',
  'mon vieux chien agonise, il a 16 ans, le veto dit que c est la fin',
  'mon lapin est en train de mourir',
  'notre chatte va mourir elle est tres malade',
];

/** The owner's despair, a bite, an animal shut in a hot car: the alarm stays. */
export const PET_REAL: ReadonlyArray<readonly [string, string]> = [
  ['mon chien est en train de mourir, je veux mourir avec lui', '3114'],
  ['mon chien est en train de mourir il a mordu mon fils au visage il saigne', '15'],
];

/** A lighter, a camping cartridge, a spray that leaks. */
export const SMALL_GAS_CALM: readonly string[] = [
  'le gaz de mon briquet fuit c est grave ?',
  'la recharge de gaz pour briquet fuit dans mon sac',
  'mon camping gaz fuit, je le jette ou ?',
  'ma cartouche de rechaud de camping fuit un peu c est dangereux',
];

/** The household's gas, a flame: the alarm stays. */
export const HOUSE_GAS: readonly string[] = [
  'la bouteille de gaz de la cuisine fuit ca sent fort',
  'la bouteille de gaz fuit, le briquet est a cote',
  'mon briquet fuit et ca a pris feu dans ma main',
];

/** A birth weeks away, asked about as the road or the papers. */
export const BIRTH_AHEAD_CALM: readonly string[] = [
  'ma femme accouche la semaine prochaine, j\'ai le droit de rouler vite ?',
  'ma femme accouche dans 3 semaines, je peux avoir un conge paternite ?',
  'ma soeur accouche bientot, est ce qu on peut griller un feu rouge pour aller a la maternite',
  'ma copine doit accoucher en mars, faut il declarer la naissance a la mairie',
];

/** Labour now despite a later term: 15 first. */
export const BIRTH_NOW: readonly string[] = [
  'ma femme accouche la semaine prochaine mais elle a des contractions maintenant',
  'ma femme doit accoucher dans 3 semaines et elle a perdu les eaux',
  'ma femme accouche la ca vient je roule vite',
];
