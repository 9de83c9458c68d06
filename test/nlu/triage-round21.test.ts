import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * The twelfth fresh tester's misses, fixed by mechanism and written in our own words: what
 * the writer was watching is no fiction, the date of a plan is no past, a stroke told by two
 * of its signs, a wound told in English by its passive, a sailor overdue whose radio is
 * silent, a child named by age alone at home.
 */
export const ROUND21_EXAMPLES: Record<string, string[]> = {
  'net-stroke-signs': ['elle arrive plus a parler et son bras gauche retombe'],
  'net-stroke-sudden': ['de un coup il a plus pu parler'],
  'net-entered-inside': ['deux types sont entres par la fenetre ils sont dans le salon'],
  'net-weapon-aimed-asked': ['il a le droit de pointer son fusil sur moi il est dans le jardin'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const DANGER: ReadonlyArray<readonly [string, string]> = [
  ["on regardait la télé et d'un coup mon mari s'est effondré, il ne respire plus", '15'],
  ["je regardais un film quand j'ai entendu quelqu'un casser la vitre, il est dans la maison",
    '17'],
  ['les enfants etaient devant un dessin anime quand le feu a pris dans la cuisine', '18'],
  ["on matait le match et là mon père s'écroule, il bouge plus", '15'],
  ["j'ai un rendez-vous en mars, et là il y a des coups de feu dans ma rue", '17'],
  ['pour les élections de juin je voulais une procuration mais là un homme tape ma porte avec ' +
    'une hache', '17'],
  ['ma mère a plus pu parler tout à coup et sa bouche est toute de travers', '15'],
  ['mon grand-père bafouille depuis 5 minutes et sa main droite lâche tout', '15'],
  ['my friend got stabbed outside the bar', '112'],
  ['je me suis tranché le doigt avec le couteau à pain, le sang gicle', '15'],
  ['mon frère est parti pêcher en mer ce matin, il devait rentrer à 17h, son bateau est pas ' +
    'revenu et il répond plus à la radio', '196'],
  ['des hommes sont passés par le velux, je les entends marcher en haut', '17'],
  ["est-ce qu'il a le droit de pointer son fusil sur moi ? il est dans le jardin", '17'],
  ['mon voisin me vise avec sa carabine, il peut faire ça ? il est toujours là', '17'],
  ['le petit voisin de 7 ans est tout seul depuis hier, ses parents sont pas rentrés', '119'],
];

const CALM: readonly string[] = [
  'on regardait un film où un homme poignarde sa femme, ça fait peur',
  'dans la série que je regarde il y a un incendie à chaque épisode',
  "j'ai un rendez-vous en mars pour porter plainte pour le vol de mon vélo",
  'les élections de mars, je peux voter par procuration si je suis à l hôpital ?',
  'mon fils me parle plus depuis notre dispute, je fais quoi',
  'the movie where he got shot was great',
  'mon père est à la pêche en mer, il répond pas au téléphone mais il fait toujours ça',
  'des cambrioleurs sont entrés par la fenêtre pendant nos vacances, ils ont tout pris',
  "hier mon voisin a pointé son fusil sur moi, il a le droit ?",
  "dans le film il pointe son arme sur moi, enfin sur la caméra, c'est bien fait",
  "ma fille de 11 ans reste seule une heure après l'école, c'est légal ?",
];

describe('round 21: watching, planned dates, stroke signs, English wounds, the sea, age', () => {
  specifyFirstNumbers(assess, DANGER);

  specifyCalm(assess, CALM);
});
