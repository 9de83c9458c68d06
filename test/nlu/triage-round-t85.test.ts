import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { assessWithVote } from './triageWithVote';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  CRASH_CALM, CRASH_HURT, DEAF_CALM, DEAF_OTHER, DEAF_THREATENED, FIRE_BESIDE_FIGURE,
  FIRE_FIGURE_CALM, FIREWORKS_HURT, GONE_AFTER_CALM, GROWN_UP_SILENT_CALM,
  GROWN_UP_SILENT_DANGER, HABIT_BESIDE_NOW, HABIT_PHONETIC_CALM, LOCKED_OUT, LOCKED_OUT_CALM,
  MINOR_UNSEEN, PLEA_DANGER, PLEA_THINGS_CALM, SHOOTING_BIRDS_CALM, SHOOTING_PEOPLE,
  THIEF_STILL_THERE,
} from './triage-round-t85-cases';

/**
 * Round t85 (two fresh sets: mountain and overseas writers, writers who spell by sound).
 * Alarms are read by the rules alone, so that each fails without its family; calm messages
 * by the rules and the learned vote together, as the recogniser reads them.
 */

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T85_EXAMPLES: Record<string, string[]> = {
  'net-collision-hurt-t85': ['choc frontal entre deux voitures des blesses'],
  'net-deaf-threatened': ['moi sourde homme casse porte chez moi'],
  'net-deaf-other-danger': ['moi malentendante feu dans cuisine'],
  'net-fallen-locked-out': ['ma voisine appelle au secours derriere sa porte fermee a cle'],
  'net-fireworks-crowd-hurt': ['feu d artifice tombe sur la foule des blesses'],
  'net-minor-unseen-since': ['mon fils de 14 ans repond plus depuis hier soir personne l a vu'],
};

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t85', () => {
  describe('a crash with people hurt or trapped, spelt by sound: 18; told after: calm', () => {
    specifyFirstNumbers(assess, CRASH_HURT);
    specifyFirstNumbers(assess, FIREWORKS_HURT);
    specifyCalm(assessWithVote, CRASH_CALM);
  });

  describe('"moi sourde" and a danger: 114 first; a deaf writer\'s question: calm', () => {
    specifyFirstNumbers(assess, DEAF_THREATENED);
    specifyFirstNumbers(assess, DEAF_OTHER);
    specifyCalm(assessWithVote, DEAF_CALM);
  });

  describe('fallen or calling for help behind a locked door: 18 first (it forces the door)',
    () => {
      specifyFirstNumbers(assess, LOCKED_OUT);
      specifyCalm(assessWithVote, LOCKED_OUT_CALM);
    });

  describe('a grown-up silent for days with no danger named is the missing-person answer ' +
    '(the dev set labels a grown-up gone with no sign of danger calm); a child unseen since ' +
    'last night, or a danger named: the search', () => {
    specifyCalm(assessWithVote, GROWN_UP_SILENT_CALM);
    specifyFirstNumbers(assess, MINOR_UNSEEN);
    specifyFirstNumbers(assess, GROWN_UP_SILENT_DANGER);
  });

  describe('blows or neglect for years, spelt by sound: calm; the same now: alarm', () => {
    specifyCalm(assessWithVote, HABIT_PHONETIC_CALM);
    specifyFirstNumbers(assess, HABIT_BESIDE_NOW);
  });

  describe('a car hit or a thing stolen, the one who did it gone: calm; still there: 17', () => {
    specifyCalm(assessWithVote, GONE_AFTER_CALM);
    specifyFirstNumbers(assess, THIEF_STILL_THERE);
  });

  describe('"au secours" about paperwork or a device: calm; beside a danger: 17', () => {
    specifyCalm(assessWithVote, PLEA_THINGS_CALM);
    specifyFirstNumbers(assess, PLEA_DANGER);
  });

  describe('fireworks, a campfire, the fireside, a red light: calm; a real fire beside: 18',
    () => {
      specifyCalm(assessWithVote, FIRE_FIGURE_CALM);
      specifyFirstNumbers(assess, FIRE_BESIDE_FIGURE);
    });

  describe('a neighbour shooting birds, asked as law: calm; shooting at people: 17', () => {
    specifyCalm(assessWithVote, SHOOTING_BIRDS_CALM);
    specifyFirstNumbers(assess, SHOOTING_PEOPLE);
  });
});
