import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  CRASH_CALM, CRASH_TRAPPED, PILLS_CALM, PILLS_INTENT, PILLS_SWALLOWED, WANDERER_CALM,
  WANDERER_UNFOUND,
} from './triage-t61-cases';
import {
  DECORATIONS_CALM, DECORATIONS_NOW, SCHOOL_SUICIDE_CALM, SCHOOL_SUICIDE_REAL, TRADE_CALM,
  TRADE_HURT, WILDLIFE_CALM, WILDLIFE_HURT,
} from './triage-t61-calm-cases';

/**
 * Round t61: long stories told in the past whose danger comes at the end (a suicide plan,
 * a relative with dementia still missing, a crash victim trapped), and calm look-alikes
 * that alarmed (a wild animal hit, a tradesman who never came, Christmas decorations
 * stolen, a school presentation about suicide), each beside the danger that must alarm.
 */
export const T61_EXAMPLES: Record<string, string[]> = {
  'net-pills-intent': ['je ai mis toutes les boites de cachets sur la table je vais le faire'],
  'net-wanderer-unfound': ['ma mere a alzheimer elle est partie on ne la trouve pas'],
  'net-crash-trapped': ['une voiture a fait des tonneaux il y a quelqu un coince qui hurle'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t61', () => {
  describe('pills laid out and the decision said: 3114 first, 15 with it', () => {
    specifyFirstNumbers(assess, PILLS_INTENT.map(withFirst('3114')));
    specifyNumbersAmong(assess, PILLS_INTENT.map(withFirst('15')));
    specifyFirstNumbers(assess, PILLS_SWALLOWED.map(withFirst('15')));
    specifyCalm(assess, PILLS_CALM);
  });

  describe('a relative with dementia gone hours ago, still missing: 17 first', () => {
    specifyFirstNumbers(assess, WANDERER_UNFOUND.map(withFirst('17')));
    specifyCalm(assess, WANDERER_CALM);
  });

  describe('a crash told in the past, someone trapped now: 18 first, 15 with it', () => {
    specifyFirstNumbers(assess, CRASH_TRAPPED.map(withFirst('18')));
    specifyNumbersAmong(assess, CRASH_TRAPPED.map(withFirst('15')));
    specifyCalm(assess, CRASH_CALM);
  });

  describe('a wild animal hit, nobody hurt: calm; someone hurt still alarms', () => {
    specifyCalm(assess, WILDLIFE_CALM);
    specifyFirstNumbers(assess, WILDLIFE_HURT.map(withFirst('18')));
  });

  describe('a tradesman paid who never came: calm; one fallen still alarms', () => {
    specifyCalm(assess, TRADE_CALM);
    specifyNumbersAmong(assess, TRADE_HURT.map(withFirst('15')));
  });

  describe('Christmas decorations stolen: calm; a theft or gunfire now still alarms', () => {
    specifyCalm(assess, DECORATIONS_CALM);
    specifyFirstNumbers(assess, DECORATIONS_NOW.map(withFirst('17')));
  });

  describe('a school presentation on suicide asking figures: calm, unless own despair', () => {
    specifyCalm(assess, SCHOOL_SUICIDE_CALM);
    specifyFirstNumbers(assess, SCHOOL_SUICIDE_REAL.map(withFirst('3114')));
  });
});
