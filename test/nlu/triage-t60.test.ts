import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  ARMED_CALM, ARMED_SUICIDE, BLEEDING_CUTS, CHILD_TOUCHED, CUTS_CALM, DRIVER_CALM,
  DRIVER_HOLDS, ELDER_CARER, ELDER_CARER_CALM, FAREWELL_CALM, FAREWELL_SMS, RAPE_CALM,
  RAPE_HERE, RUNAWAY_CALM, RUNAWAY_NOTE, TOUCHED_CALM,
} from './triage-t60-cases';

/**
 * Round t60 (a fresh tester's findings), in our own words: a relative's farewell by text
 * (3114), a relative's threat with a gun (17 before 3114), cuts bleeding hard (15), a rape
 * with the aggressor still there (17), a child touched by a relative (17, 119), an old
 * woman beaten by her carer (17), a driver who keeps an assaulted passenger in (17), a
 * minor run away with a worrying note (17, 3114); each beside its calm look-alikes.
 */
export const T60_EXAMPLES: Record<string, string[]> = {
  'net-farewell-sms': ['ma fille ado me envoie des sms bizarre elle dit adieu'],
  'net-armed-suicide': ['mon mari menace de se tuer avec son fusil'],
  'net-bleeding-cuts': ['je me scarifie et la ca saigne beaucoup'],
  'net-rape-here': ['je ai ete violee cette nuit il dort a cote'],
  'net-child-touched': ['mon oncle touche ma petite soeur'],
  'net-driver-holds': ['le conducteur du bus a frappe un passager et refuse de ouvrir'],
  'net-runaway-note': ['mon fils de 15 ans a fugue cette nuit il a laisse un mot bizarre'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t60', () => {
  describe('a relative\'s farewell by text: 3114 first', () => {
    specifyFirstNumbers(assess, FAREWELL_SMS.map(withFirst('3114')));
    specifyCalm(assess, FAREWELL_CALM);
  });

  describe('a relative threatening to shoot himself: 17 first, 3114 with it', () => {
    specifyFirstNumbers(assess, ARMED_SUICIDE.map(withFirst('17')));
    specifyNumbersAmong(assess, ARMED_SUICIDE.map(withFirst('3114')));
    specifyCalm(assess, ARMED_CALM);
  });

  describe('self-inflicted cuts bleeding hard: 15 first', () => {
    specifyFirstNumbers(assess, BLEEDING_CUTS.map(withFirst('15')));
    specifyCalm(assess, CUTS_CALM);
  });

  describe('raped, the aggressor still there: 17 first', () => {
    specifyFirstNumbers(assess, RAPE_HERE.map(withFirst('17')));
    specifyCalm(assess, RAPE_CALM);
  });

  describe('a child touched by a relative: 17 first, 119 with it', () => {
    specifyFirstNumbers(assess, CHILD_TOUCHED.map(withFirst('17')));
    specifyNumbersAmong(assess, CHILD_TOUCHED.map(withFirst('119')));
    specifyCalm(assess, TOUCHED_CALM);
  });

  describe('an old woman beaten by her carer: 17, no child line', () => {
    specifyFirstNumbers(assess, ELDER_CARER.map(withFirst('17')));
    ELDER_CARER.forEach((text) => {
      it(`gives no 119 for an old victim: "${text}"`, () => {
        expect(assess(text).numbers, text).to.not.include('119');
      });
    });
    specifyCalm(assess, ELDER_CARER_CALM);
  });

  describe('a driver who keeps an assaulted passenger in: 17 first', () => {
    specifyFirstNumbers(assess, DRIVER_HOLDS.map(withFirst('17')));
    specifyCalm(assess, DRIVER_CALM);
  });

  describe('a minor run away tonight with a worrying note: 17 first, 3114 with it', () => {
    specifyFirstNumbers(assess, RUNAWAY_NOTE.map(withFirst('17')));
    specifyNumbersAmong(assess, RUNAWAY_NOTE.map(withFirst('3114')));
    specifyCalm(assess, RUNAWAY_CALM);
  });
});
