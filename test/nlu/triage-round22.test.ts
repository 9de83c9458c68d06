import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyNumbersAmong } from './triageTable';

/**
 * The thirteenth fresh testers' misses, fixed by mechanism and written in our own words:
 * gas told by its smell or its hiss, a letter to be read "tomorrow", a minor harmed by a
 * parent, a body found in blood, head trauma after a blow, a fall heard behind a door, a
 * victim typing in secret, walkers cut off by the tide.
 */
export const ROUND22_EXAMPLES: Record<string, string[]> = {
  'net-gas-smell': ['ca pue le oeuf pourri dans tout le immeuble'],
  'net-gas-hiss': ['la gaziniere siffle et ca sent bizarre'],
  'net-letters-read-later': ['je ai laisse une lettre a ma femme demain elle comprendra'],
  'net-minor-parent': ['je ai 12 ans ma mere me enferme dans la cave sans manger'],
  'net-found-dead': ['un homme couvert de sang dans le local il est mort je crois'],
  'net-head-blow-signs': ['apres la bagarre il voit double'],
  'net-head-blow-vomits': ['il a pris un coup sur la tete et il vomit'],
  'net-heard-fall': ['je ai entendu ma voisine tomber elle repond plus'],
  'net-typing-secret': ['je tape en cachette il va me frapper'],
  'net-tide-cut-off': ['on est bloques par la maree sur un rocher'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

/** A message and a number that must be among those returned. */
const DANGER: ReadonlyArray<readonly [string, string]> = [
  ["il y a une odeur d'oeuf pourri dans tout l'appartement depuis ce matin, j'ai mal à la tête",
    '18'],
  ["ça pue le soufre dans le hall de l'immeuble, c'est très fort", '18'],
  ['ça sent les oeufs pourris dans tout le couloir du 3e étage', '18'],
  ['la gazinière siffle et ça sent bizarre dans la cuisine', '18'],
  ["on entend un sifflement qui vient de la bouteille de gaz sous l'évier de la cuisine", '18'],
  ["j'ai laissé une lettre pour ma femme, quand elle la lira elle comprendra pourquoi", '3114'],
  ["j'ai écrit des mots pour mes parents, bientôt ils comprendront mon choix", '3114'],
  ["j'ai préparé mes lettres, je voulais en parler à quelqu'un avant", '3114'],
  ["j'ai fini ma dernière lettre pour mon fils, quand je serai plus là il saura", '3114'],
  ['je suis en 4e et ma belle mère me prive de manger depuis deux jours', '119'],
  ["j'ai 14 ans mes parents m'enferment dans le garage sans manger", '119'],
  ["j'ai 15 ans mon daron m'attend à la sortie pour me défoncer, il l'a dit par sms", '119'],
  ['je suis au collège, ma mère va me tuer quand je rentre elle l’a écrit', '119'],
  ["j'ai 12 ans mon père me frappe avec sa ceinture et il est dans le salon", '119'],
  ["dans le parking j'ai trouvé une femme couverte de sang, elle bouge plus", '17'],
  ["il y a un type dans une mare de sang au pied de l'immeuble, il respire pas", '17'],
  ["mon coloc est dans son sang dans la salle de bain, je crois qu'il est mort", '17'],
  ['après la bagarre mon copain voit double et il somnole', '15'],
  ['mon fils a pris un coup de pied à la tête au foot, il vomit depuis', '15'],
  ['elle est tombée sur la tête à la patinoire, elle arrive plus à garder les yeux ouverts',
    '15'],
  ['après le match de rugby il se souvient plus de rien et il vomit, il a pris un plaquage',
    '15'],
  ["j'entends ma voisine du dessus tomber et depuis plus un bruit, elle répond pas", '15'],
  ["j'ai entendu une chute chez la dame d'en face, elle ouvre pas, elle a 90 ans", '15'],
  ["j'ai entendu mon grand-père tomber dans la salle de bain, il répond plus, la porte est " +
    'fermée', '15'],
  ["j'écris en cachette sous la couette, mon copain va me frapper s'il me voit", '114'],
  ["il m'a pris mon téléphone, je vous écris de la tablette, il menace de me tuer", '114'],
  ["je tape en douce, il est dans le couloir et il dit qu'il va me tabasser", '114'],
  ['on est bloqués par la marée sur les rochers, on peut plus revenir', '196'],
  ['la mer monte et on est isolés sur un îlot avec les enfants', '196'],
  ['pêche à pied, coincés sur un banc de sable, la marée montante nous encercle', '196'],
  ["l'eau nous entoure, on est sur un rocher et la marée qui monte", '196'],
];

const CALM: readonly string[] = [
  "l'eau du robinet sent l'oeuf pourri, est-ce que c'est normal ?",
  'mon chien pue l’oeuf pourri après sa balade',
  'la bouilloire siffle et la cuisinière est neuve, comment la régler',
  'aux thermes ça sent le soufre, c’est pour la peau',
  "j'ai écrit une lettre de motivation, je voulais le dire à quelqu'un avant",
  "j'ai écrit une lettre à mes profs pour mon absence, ils comprendront",
  "j'ai écrit un mot pour mes voisins avant de partir en vacances",
  "j'ai préparé une lettre pour la surprise de mariage de ma soeur, demain ils comprendront",
  "j'ai 13 ans, ma mère m'a privée de téléphone, c'est injuste",
  "j'ai 14 ans, quand j'étais petit mon père me frappait, maintenant ça va",
  "je suis au collège et mon père m'attend devant pour me ramener",
  'dans le film un homme est couvert de sang et il est mort',
  'je me suis battu hier et je voyais double une minute, c’est normal ?',
  'mon fils vomit depuis hier, il a la gastro',
  "j'ai entendu mon voisin tomber hier, les pompiers sont venus",
  "j'ai entendu ma voisine tomber, elle s'est relevée et va bien",
  "mon fils a cassé mon tel en jouant, je peux porter plainte contre l'école ?",
  "il a cassé mon téléphone l'an dernier et m'a frappée, je veux porter plainte",
  'je tape discret en cours pour pas que le prof me voie',
  'à quelle heure la marée monte demain, coefficient 110 ?',
  "l'an dernier on a été coincés par la marée sur un rocher, quelle frayeur",
];

describe('round 22: smells, letters, minors, bodies, head blows, falls, secrets, tides', () => {
  specifyNumbersAmong(assess, DANGER);

  specifyCalm(assess, CALM);
});
