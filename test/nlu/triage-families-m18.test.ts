import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Two families from the fresh sets blind34 and blind35 (in our own words): a child's blows
 * promised for tonight, told by the child or a classmate (119 first), and someone shut in
 * alone with a means and a farewell (3114 first, not the 114 of someone hiding).
 */

/** One example per safety-net family, for the "every family" spec. */
export const M18_EXAMPLES: Record<string, string[]> = {
  'net-child-blows-tonight': ['ma copine de classe a des bleus, son pere va encore la frapper ' +
    'ce soir'],
  'net-shut-in-with-means': ['je me suis enferme dans la cave avec une corde, adieu'],
  'net-grabbed-will-not-leave': ['un type ma empoigne dans le bus et me lache pas'],
  'net-cable-car-stuck': ['la telecabine est bloquee depuis une heure avec des enfants dedans'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const DANGER: ReadonlyArray<readonly [string, string]> = [
  ["mon pote de classe m'a montré ses brûlures, il dit que son beau-père va encore le punir " +
    'ce soir', '119'],
  ['une eleve a des marques de ceinture et dit que sa mere va la frapper en rentrant ce soir',
    '119'],
  ["j'ai 11 ans et j'ai peur, ma mère a dit qu'elle allait encore me taper ce soir", '119'],
  ['ce soir son daron va encore le defoncer, il a deja des bleus partout', '119'],
  ["je me suis isolée dans la grange avec les cachets de ma mère, pardon à tous", '3114'],
  ["je me suis enfermé dans ma chambre avec le fusil de mon père, c'est fini pour moi", '3114'],
  ['suis barricadee dans la salle de bain avec une lame, personne me regrettera', '3114'],
  // a question about the numbers beside a danger under way keeps the alarm
  ["c'est quoi le 114, mon voisin fait un malaise il respire plus", '15'],
  // "sest" is "s'est": someone else's cuts bleeding now, the body first
  ['mon coloc sest ouvert les veines yen a partout', '15'],
  ['un type m a chope le poignet dans le bus et me lache pas', '17'],
  ["dans le RER un mec m'a coincé contre la porte et refuse de partir", '17'],
  ['le telesiege est arrete depuis 40 min on est suspendus avec les enfants il fait froid',
    '18'],
  ['nacelle de la grande roue immobilisée en haut avec deux personnes dedans depuis 2h', '18'],
];

const CALM: readonly string[] = [
  'ma mere va me punir ce soir j ai eu une mauvaise note en maths',
  "mon père va me tuer ce soir j'ai cassé la télé mdr",
  "je me suis enfermé dans le garage avec mes outils pour bricoler tranquille",
  'la maîtresse dit que sa mère va le punir ce soir parce qu il a oublié son cahier',
  // the whole message is a question about the numbers
  'quelle difference entre le 15 et le 18 pour un malaise',
  'à quoi sert le 114 pour un sourd',
  'hier un mec m a attrape le bras dans le metro et refusait de me lacher, je veux porter plainte',
  "l'ascenseur est en panne depuis ce matin, vous pouvez appeler le syndic ?",
  "mon fils m'a attrapé le bras pour jouer",
  'le telesiege etait bloque hier mais tout le monde est sorti, on peut se plaindre ?',
];

describe('m18 families: a child\'s blows promised for tonight, shut in with a means', () => {
  specifyFirstNumbers(assess, DANGER);

  specifyCalm(assess, CALM);
});
