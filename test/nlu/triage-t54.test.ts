import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  CHORE_THEN_LIFE, END_ALL, END_ALL_CALM, ENDLESS_SLEEP, FIGURES_CALM, FIRE_NOW, HEART_NOW,
  JOIN_CALM, JOIN_LATE_SPOUSE, NO_PLACE, NO_PLACE_CALM, READY_TO_GO, READY_TO_GO_CALM,
  SCHOOLWORK_CALM, SCHOOLWORK_DESPAIR, SLEEP_CALM,
} from './triage-t54-cases';

/**
 * Round t54: suicide said with no word of death (an end to everything, no place on this
 * earth, endless sleep, ready to leave for good, a parent joining a dead spouse), 3114
 * first, then 15 and 112; each beside its calm look-alikes. Also two figures: a fright told
 * as a heart attack, a town "en feu" for a party.
 */
export const T54_EXAMPLES: Record<string, string[]> = {
  'net-end-all': ['je veux que tout s arrete', 'je vais mettre fin a tout ca'],
  'net-endless-sleep': ['je voudrais me endormir et ne jamais me reveiller'],
  'net-no-place': ['je suis de trop sur cette terre', 'a quoi bon continuer'],
  'net-ready-to-go': ['je ai donne mes affaires je suis pret a partir definitivement'],
  'net-ready-to-leave-world': ['je suis prete a quitter ce monde'],
  'net-join-late-spouse': ['mon grand pere dit que il veut rejoindre mamie'],
};

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

/** 3114 first, and the 15 and 112 the product gives "je veux mourir". */
function specifySuicide(texts: readonly string[]): void {
  specifyFirstNumbers(assess, texts.map(withFirst('3114')));
  specifyNumbersAmong(assess, texts.map(withFirst('15')));
  specifyNumbersAmong(assess, texts.map(withFirst('112')));
}

describe('triage, round t54', () => {
  describe('an end to everything, everything to stop: 3114; a noise or a file: calm', () => {
    specifySuicide(END_ALL);
    specifySuicide(CHORE_THEN_LIFE);
    specifyCalm(assess, END_ALL_CALM);
  });

  describe('no place left on this earth: 3114; a complaint, a job, a party: calm', () => {
    specifySuicide(NO_PLACE);
    specifyCalm(assess, NO_PLACE_CALM);
  });

  describe('to sleep and never wake: 3114; a noisy night: calm', () => {
    specifySuicide(ENDLESS_SLEEP);
    specifyCalm(assess, SLEEP_CALM);
  });

  describe('ready to leave for good after a farewell: 3114; a move: calm', () => {
    specifySuicide(READY_TO_GO);
    specifyCalm(assess, READY_TO_GO_CALM);
  });

  describe('a parent who wants to join a dead spouse: 3114; a trip to join: calm', () => {
    specifySuicide(JOIN_LATE_SPOUSE);
    specifyCalm(assess, JOIN_CALM);
  });

  describe('the 3114 asked for schoolwork, own wish denied: calm; with despair: 3114', () => {
    specifyCalm(assess, SCHOOLWORK_CALM);
    specifySuicide(SCHOOLWORK_DESPAIR);
  });

  describe('a fright, a party "on fire": calm; a heart attack, a fire now alarm', () => {
    specifyCalm(assess, FIGURES_CALM);
    specifyFirstNumbers(assess, HEART_NOW.map(withFirst('15')));
    specifyFirstNumbers(assess, FIRE_NOW.map(withFirst('18')));
  });
});
