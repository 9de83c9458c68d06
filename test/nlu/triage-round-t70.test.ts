import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * The lead's round t70, from what the session's helpers noticed and left and two fresh sets'
 * misses: squatters in a home nobody lives in alarmed as an intrusion; a collapse "during the
 * training" was read as a question about a course and calmed; a woman dragged by the hair
 * was not detected; an old neighbour fallen behind a locked door got 17 before the 15.
 */
const SQUAT_CALM: readonly string[] = [
  'il y a un squatteur dans ma résidence secondaire',
  'des squatteurs occupent notre maison de vacances depuis 2 semaines que faire',
  'squat dans la maison de mes parents decedes, comment les faire partir',
  'des gens squattent mon appartement vide entre deux locataires',
];

const SQUAT_DANGER: readonly (readonly [string, string])[] = [
  ['des squatteurs sont dans ma maison de campagne ils me menacent avec un couteau', '17'],
  ['il y a des squatteurs chez moi ils sont dans le salon', '17'],
  ['des squatteurs cassent la porte de ma maison de vacances, les voisins les voient', '17'],
];

const COLLAPSE_DURING_TRAINING: readonly (readonly [string, string])[] = [
  ['pendant ma formation un stagiaire vient de faire un malaise il ne respire plus', '15'],
  ['en pleine formation sst la formatrice vient de tomber elle ne repond plus', '15'],
  ['formation incendie au boulot un collegue vient de s effondrer il ne respire pas', '15'],
];

const TRAINING_CALM: readonly string[] = [
  'c\'est quoi la formation pour devenir secouriste',
  'formation premiers secours que faire si quelqu un ne respire plus',
];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T70_EXAMPLES: Record<string, string[]> = {
  'net-by-the-hair': ['un homme traine une femme par les cheveux sur le parking'],
  'net-fallen-behind-door': ['ma voisine est tombee je l entends appeler a l aide porte fermee'],
};

const BY_THE_HAIR: readonly (readonly [string, string])[] = [
  ['sur le parking du lidl un homme est en train de traîner une femme par les cheveux, elle crie',
    '17'],
  ['un type attrape sa copine par les cheveux devant le bar', '17'],
  ['y a un mec qui tire une meuf par les cheveux dans le bus', '17'],
];

const HAIR_CALM: readonly string[] = [
  'dans le film il la traine par les cheveux',
  'hier il m\'a tirée par les cheveux, je veux porter plainte',
  'ma fille me tire les cheveux pour jouer',
];

// round t85 (a fresh set's label): the firefighters first, who force the door; 15 with them
const FALLEN_BEHIND_DOOR: readonly (readonly [string, string])[] = [
  ['MA VOISINE DE 90 ANS EST TOMBÉE CHEZ ELLE. JE L\'ENTENDS APPELER À L\'AIDE À TRAVERS LA ' +
    'PORTE MAIS C\'EST FERMÉ À CLÉ.', '18'],
  ['mon pere est tombe dans la salle de bain il a ferme a cle et il arrive pas a se relever',
    '18'],
  ['mamie est par terre dans sa cuisine on la entend crier mais pas de cle pour entrer', '18'],
];

const FALLEN_CALM: readonly string[] = [
  'la semaine derniere ma mere est tombee et la porte etait fermee a cle, comment faire ' +
    'installer une boite a cle',
];

/** blind84's false alarms, each beside the danger that must still alarm. */
const ASKED_CALM: readonly string[] = [
  'mon fils crie au secours on va mourir toute la nuit sur son jeu en ligne 🙄 c normal docteur',
  'ma fille hurle au secours pendant sa partie de fortnite, c est normal ?',
  'question comme ça : si on voit un accident avec des blessés on appelle le 15 ou le 18 ?',
  'si un jour je vois un feu de forêt, faut il appeler le 18 ou le 112',
  'cmt on reconnait un malaise cardiaque ? jdemande pr mon daron il a 60 ans, il va tres bien',
  'comment savoir si c est un AVC, je demande pour ma mere, elle va bien',
];

const ASKED_BUT_REAL: readonly (readonly [string, string])[] = [
  ['mon fils crie au secours sur son jeu il s\'est ouvert la main il saigne', '15'],
  ['la il y a un accident devant moi avec des blesses j appelle le 15 ou le 18', '18'],
  ['mon pere a mal a la poitrine comment on reconnait un infarctus', '15'],
];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t70', () => {
  describe('someone dragged or pulled by the hair now: 17; a film, a past, a game: calm', () => {
    specifyFirstNumbers(assess, BY_THE_HAIR);
    specifyCalm(assess, HAIR_CALM);
  });

  describe('fallen at home, heard behind a locked door: 18 first; told afterwards: calm', () => {
    specifyFirstNumbers(assess, FALLEN_BEHIND_DOOR);
    specifyCalm(assess, FALLEN_CALM);
  });

  describe('squatters in a home nobody lives in: calm; a threat or the own home: 17', () => {
    specifyCalm(assess, SQUAT_CALM);
    specifyFirstNumbers(assess, SQUAT_DANGER);
  });

  describe('a game\'s shouts, a number asked in general, a precaution: calm, unless now', () => {
    specifyCalm(assess, ASKED_CALM);
    specifyFirstNumbers(assess, ASKED_BUT_REAL);
  });

  describe('a collapse during a training session: 15; the training asked about: calm', () => {
    specifyFirstNumbers(assess, COLLAPSE_DURING_TRAINING);
    specifyCalm(assess, TRAINING_CALM);
  });
});
