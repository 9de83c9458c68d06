import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * The lead's round t70, from what the session's helpers noticed and left: squatters in a
 * home nobody lives in alarmed as an intrusion; a collapse "during the training" was read
 * as a question about a training course ("formation" marks information) and calmed.
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

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t70', () => {
  describe('squatters in a home nobody lives in: calm; a threat or the own home: 17', () => {
    specifyCalm(assess, SQUAT_CALM);
    specifyFirstNumbers(assess, SQUAT_DANGER);
  });

  describe('a collapse during a training session: 15; the training asked about: calm', () => {
    specifyFirstNumbers(assess, COLLAPSE_DURING_TRAINING);
    specifyCalm(assess, TRAINING_CALM);
  });
});
