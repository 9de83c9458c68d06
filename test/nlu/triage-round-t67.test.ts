import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  AFTER_THE_SHOW, ELDER_SILENT_CALM, ELDER_SILENT_SINCE, IN_THE_SHOW, PAID_COLLAPSED,
  PAID_SILENT, WANDERER_CALM, WANDERER_GONE,
} from './triage-round-t67-cases';
import {
  ATTIC_ANIMAL, ATTIC_PERSON, EXPIRED_MEDS, FIRST_AID_LESSON, FIRST_AID_NOW, HOW_SHE_SEEMS,
  NO_LONGER_ALONE, PARTNER_DANGER, PARTNER_LEFT, PILLS_FOR_SELF, WEARY_NOW,
} from './triage-round-t67-calm-cases';

/**
 * Round t67: what the last two rounds noticed and left (someone paid who collapses, an old
 * parent silent since yesterday, a relative with dementia not found, a show watched before
 * a real danger) and calm look-alikes that alarmed, each beside the danger that must alarm.
 */
export const T67_EXAMPLES: Record<string, string[]> = {
  'net-elder-silent-since': ['mon pere vit seul il ne repond plus depuis hier'],
  'net-wanderer-gone': ['mon pere a alzheimer il est introuvable'],
  'net-swallow-all': ['je ai sorti tous mes cachets je vais tous les avaler'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t67', () => {
  describe('someone paid who collapses now: 15 first; paid and silent stays calm', () => {
    specifyFirstNumbers(assess, PAID_COLLAPSED.map(withFirst('15')));
    specifyCalm(assess, PAID_SILENT);
  });

  describe('an old parent alone, silent since yesterday: 17 first, 18 and 112 with it', () => {
    specifyFirstNumbers(assess, ELDER_SILENT_SINCE.map(withFirst('17')));
    specifyNumbersAmong(assess, ELDER_SILENT_SINCE.map(withFirst('18')));
    specifyNumbersAmong(assess, ELDER_SILENT_SINCE.map(withFirst('112')));
    specifyCalm(assess, ELDER_SILENT_CALM);
  });

  describe('a relative with dementia not found now: 17 first; found again stays calm', () => {
    specifyFirstNumbers(assess, WANDERER_GONE.map(withFirst('17')));
    specifyCalm(assess, WANDERER_CALM);
  });

  describe('a show watched, then a real danger: alarms; the danger in the show: calm', () => {
    specifyFirstNumbers(assess, AFTER_THE_SHOW);
    specifyCalm(assess, IN_THE_SHOW);
  });

  describe('noises in the attic put down to an animal: calm; a person there alarms', () => {
    specifyCalm(assess, ATTIC_ANIMAL);
    specifyFirstNumbers(assess, ATTIC_PERSON.map(withFirst('17')));
  });

  describe('a first-aid lesson about anyone: calm; someone down now alarms', () => {
    specifyCalm(assess, FIRST_AID_LESSON);
    specifyFirstNumbers(assess, FIRST_AID_NOW.map(withFirst('15')));
  });

  describe('an old parent who can no longer live alone: calm; weary of life alarms', () => {
    specifyCalm(assess, NO_LONGER_ALONE);
    specifyFirstNumbers(assess, WEARY_NOW.map(withFirst('3114')));
  });

  describe('a partner who packed and left: calm; despair said still alarms', () => {
    specifyCalm(assess, PARTNER_LEFT);
    specifyFirstNumbers(assess, PARTNER_DANGER);
  });

  describe('how a relative seems ("je la trouve plus la même"): calm', () => {
    specifyCalm(assess, HOW_SHE_SEEMS);
  });

  describe('expired medicines for the pharmacy: calm; pills for oneself alarm', () => {
    specifyCalm(assess, EXPIRED_MEDS);
    specifyFirstNumbers(assess, PILLS_FOR_SELF);
  });
});
