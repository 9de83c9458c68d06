import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { assessWhole } from '../../nlu/long-message';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  DEAF_REAL, DEATH_CRY, DEATH_FIGURE_CALM, DESPAIR_DEATH, EFFORT_REAL, PLAY_BREAK_CALM,
  SIGNS_CALM, SIGNS_REAL, TURNED_CALM, TURNED_DANGER, VANDAL_HABIT_CALM, VANDAL_NOW,
} from './triage-t53-cases';

/**
 * Round t53, gaps a previous round noticed: one's death foretold with despair (3114), a
 * danger now after a settled past in the same sentence; and false alarms: the signs of an
 * illness asked about, vandalism as a habit, one's child breaking a window at play.
 */
export const T53_EXAMPLES: Record<string, string[]> = {
  'net-despair-death': ['jvais crever personne m aime'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
// as the recognizer reads it: the whole message, then the clauses after a turn
const assess = (text: string) =>
  assessWhole(text, triage.assess(normalize(text)), (part) => triage.assess(part));

describe('triage, round t53', () => {
  describe('one\'s death foretold with despair: 3114, then 15 and 112', () => {
    specifyFirstNumbers(assess, DESPAIR_DEATH.map(withFirst('3114')));
    specifyNumbersAmong(assess, DESPAIR_DEATH.map(withFirst('15')));
    specifyFirstNumbers(assess, DEATH_CRY.map(withFirst('17')));
  });

  describe('one\'s death as heat, hunger, laughter, an effort or a mishap: calm', () => {
    specifyCalm(assess, DEATH_FIGURE_CALM);
    specifyFirstNumbers(assess, EFFORT_REAL.map(withFirst('15')));
  });

  describe('a settled past, then "mais là" a danger now: the danger\'s numbers', () => {
    specifyFirstNumbers(assess, TURNED_DANGER.map(withFirst('17')));
    specifyCalm(assess, TURNED_CALM);
  });

  describe('the signs of an illness asked about: calm; signs someone has now alarm', () => {
    specifyCalm(assess, SIGNS_CALM);
    specifyFirstNumbers(assess, SIGNS_REAL);
  });

  describe('vandalism told as a habit: calm; wreckers at it now alarm', () => {
    specifyCalm(assess, VANDAL_HABIT_CALM);
    specifyFirstNumbers(assess, VANDAL_NOW.map(withFirst('17')));
  });

  describe('one\'s child breaking a window at play: calm; a stranger or a wound alarms', () => {
    specifyCalm(assess, PLAY_BREAK_CALM);
    specifyFirstNumbers(assess, DEAF_REAL.map(withFirst('114')));
  });
});
