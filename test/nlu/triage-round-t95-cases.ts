/**
 * Round t95's cases (misses left by earlier rounds, then their families): a sports fall whose
 * gear failed, a thief who still threatens on the spot, thanks for the help in another
 * language, the end-of-me idiom over a school report, a burglar supposed in the conditional.
 */

/** A message and the number that must come first. */
export type Alarm = readonly [string, string];

export const GEAR_FAILED: readonly Alarm[] = [
  ["le parachute ne s'est pas ouvert", '15'],
  ["le parachute de mon pote s'est pas ouvert il est au sol", '15'],
  ['la voile du parapente de mon mari sest fermee il est tombe dans les arbres', '15'],
  ["le parachute de secours s'est mis en torche il a touché le sol fort", '15'],
  ["le saut à l'élastique a mal tourné, l'élastique a cassé", '15'],
  ['la corde a lache mon pote est tombe en escalade', '15'],
  ["l'élastique a cédé au saut du pont elle est dans l'eau", '15'],
  ['le baudrier de ma fille a casse en via ferrata elle a chuter', '15'],
];
export const GEAR_CALM: readonly string[] = [
  "l'élastique de mon pantalon a cassé",
  "que faire si le parachute ne s'ouvre pas",
  "le parachute de secours s'est ouvert heureusement tout va bien",
  "j'ai rêvé que mon parachute ne s'ouvrait pas",
  "l'an dernier la voile de mon parapente s'est fermée, je veux refaire un stage",
  "l'élastique de mes cheveux a lâché en plein cours mdr",
];

export const THIEF_STILL_THREATENS: readonly Alarm[] = [
  ["on m'a volé mon sac et il me menace encore au pied des pistes", '17'],
  ['on ma vole mon portable et ils me menacent toujours devant le magasin', '17'],
  ["il m'a arraché mon collier et là il me suit encore dans la rue", '17'],
  ['ils ont pris mon vélo et ils nous attendent en bas de l immeuble', '17'],
];
export const THIEF_CALM: readonly string[] = [
  "il m'a volé mon vélo hier et il me menace encore sur snap",
  'le voleur de mon scooter me menace par messages depuis une semaine je porte plainte ?',
];

export const THANKS_CALM: readonly string[] = [
  'obrigado pela ajuda',
  'muito obrigada pela sua ajuda',
  'gracias por la ayuda',
  'muchas gracias por su ayuda señor',
  'thanks for the help',
  'thank you for your help',
  'danke für die Hilfe',
  "grazie per l'aiuto",
];
export const HELP_STILL: readonly Alarm[] = [
  ['obrigado pela ajuda, socorro ele voltou com uma faca', '112'],
  ['thanks for the help but please help now he is back', '17'],
];

export const END_OF_ME_CALM: readonly string[] = [
  "c'est la fin pour moi si mon père voit mon bulletin",
  'cest la fin pour moi si ma mere voit mes notes',
  "je suis morte si mes parents trouvent l'amende",
];
export const END_OF_ME_ALARM: readonly Alarm[] = [
  ["c'est la fin pour moi si mon père voit mon bulletin, je vais me tuer", '3114'],
  ["c'est la fin pour moi", '3114'],
];

export const SUPPOSED_BURGLAR_CALM: readonly string[] = [
  'au cas où un cambrioleur viendrait chez moi la nuit, je contacte qui',
  'si jamais un voleur entrait chez nous pendant la nuit on appelle qui',
  "si un jour quelqu'un essayait de forcer ma porte je fais quoi",
];
export const BURGLAR_NOW: readonly Alarm[] = [
  ["au cas où vous lisez ça, un cambrioleur est dans ma maison en ce moment", '17'],
  ['si quelquun entre chez moi la maintenant j appelle qui il force la porte', '17'],
];

/** An old person's thing gone, not the old person: the stolen-papers answer. */
export const THING_GONE_CALM: readonly string[] = [
  'Monsieur le Gendarme, dame âgée de 90 ans, mon chéquier a disparu de mon sac au marché',
  'mon pere de 82 ans sa carte bancaire a disparu au supermarche ce matin',
  'ma grand mere alzheimer ses bijoux ont disparu de la maison de retraite',
];
export const PERSON_GONE: readonly Alarm[] = [
  ['ma grand mere 88 ans a disparu depuis ce matin', '17'],
  ["mon père âgé de 85 ans a disparu au marché avec son sac, on le cherche partout", '17'],
];

/** A minor not home since last night and unreachable: 17 (a tester's miss). */
export const MINOR_OVERNIGHT: readonly Alarm[] = [
  ["ma fille de 15 ans n'est pas rentree hier soir et son telephone est eteint", '17'],
  ['mon ado est toujours pas rentré de la nuit son portable est coupé', '17'],
  ['ma soeur de 16 ans pas rentree depuis hier elle repond plus on a aucune nouvelle', '17'],
  ['ma fille de 15 ans a pas donne de nouvelles depuis hier soir son tel est coupe', '17'],
];
export const MINOR_OVERNIGHT_CALM: readonly string[] = [
  "ma fille de 15 ans n'est pas rentrée hier soir, elle était chez une copine, tout va bien",
  "mon fils de 17 ans est pas rentré cette nuit mais il m'a envoyé un message, il dort chez " +
    'un pote',
  'ma fille de 13 ans a fugué hier, elle est revenue ce matin',
];

/** A patrol asked for a feast where fights are a yearly habit (t93's note): calm. */
export const FEAST_PATROL_CALM: readonly string[] = [
  'je suis le maire, pour la fête patronale on aimerait une patrouille, il y a des rixes ' +
    'chaque année',
  'pour la vogue du village y a toujours de la baston, vous pouvez passer',
  'à la fête du village y a chaque année de la bagarre, on peut avoir une patrouille ' +
    'ce soir-là ?',
];
export const FEAST_FIGHT_NOW: readonly Alarm[] = [
  ['y a une bagarre a la fete du village la maintenant envoyez une patrouille', '17'],
  ['à la fête y a toujours de la baston mais là un mec a sorti un couteau, venez', '17'],
];

/** The joke denied at the end of the message (t92's note): the danger stands. */
export const JOKE_DENIED_LATER: readonly Alarm[] = [
  ["mdr elle dit qu'elle va se tuer ce soir, non je rigole pas", '3114'],
  ['ptdr mon pote a un couteau et il menace le prof, c est pas une blague', '17'],
];
export const JOKE_KEPT_CALM: readonly string[] = [
  'mdr je vais me tuer si j ai pas mon bac',
  'ptdr ma soeur va me tuer quand elle verra son pull',
];

/** The pound's question with a body failing beside it (t92's note): 15 among the numbers. */
export const POUND_BODY_FAILING: readonly string[] = [
  'la voiture de mon fils a été enlevée par la fourrière, il a fait un malaise il respire mal',
  'ma voiture est partie a la fourriere et mon pere a fait un malaise devant il bouge plus',
];

/** A burning felt in the body: 15 first (t91's note: the fire words put the 18 first). */
export const BURNING_BODY: readonly Alarm[] = [
  ['ça brûle dans la poitrine', '15'],
  ["j'ai une douleur qui brule dans la poitrine et le bras gauche", '15'],
  ['ma poitrine me brule je respire mal', '15'],
];
export const BURNING_PLACE: readonly Alarm[] = [
  ['ça brûle dans la cuisine', '18'],
  ['ça brûle dans le garage, de la fumée partout, mon père a mal à la poitrine', '18'],
];

/** A child telling of abuse done, the man still at home (tester27): 17 first, 119 with it. */
export const CHILD_TOUCHED_MAN_THERE: readonly Alarm[] = [
  ['le monsieur il m a touche la ou il faut pas et il est encore chez nous j ai 11 ans', '17'],
];
export const CHILD_TOUCHED_LONG_AGO: readonly string[] = [
  'quand j avais 11 ans le monsieur il m a touche, je veux porter plainte maintenant que je ' +
    'suis adulte',
];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T95_EXAMPLES: Record<string, string[]> = {
  'net-minor-gone-overnight-unreachable': [
    "ma fille de 15 ans n'est pas rentree hier soir et son telephone est eteint",
  ],
  'net-canopy-failed': ["le parachute ne s'est pas ouvert"],
  'net-line-failed-jump-or-climb': ['la corde a lache mon pote est tombe en escalade'],
  'net-thief-still-threatens': ["on m'a volé mon sac et il me menace encore au pied des pistes"],
};
