import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  ELDER_ABUSE, ELDER_CALM, HELD_RIDE, LEDGE_CALM, OWN_JUMP, RIDE_CALM, SNATCH_CALM,
  SNATCH_FLED, WITNESS_LEDGE,
} from './triage-t55-cases';

/**
 * Round t55 (a fresh tester's findings), in our own words: someone seen about to jump (17
 * before 3114), an old person beaten now (17, never the child line), a passenger held by
 * the driver (17), a thief still running (17 at once); each beside its calm look-alikes.
 */
export const T55_EXAMPLES: Record<string, string[]> = {
  'net-witness-ledge': ['un ado est assis sur le parapet du viaduc il va sauter'],
  'net-elder-abuse': ['mon grand pere se fait frapper par son auxiliaire de vie'],
  'net-held-ride': ['le vtc veut pas me laisser descendre'],
  'net-snatch-fled': ['il vient de me arracher mon portable il se enfuit en scooter'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t55', () => {
  describe('someone seen about to jump: 17 first, 3114 with it', () => {
    specifyFirstNumbers(assess, WITNESS_LEDGE.map(withFirst('17')));
    specifyNumbersAmong(assess, WITNESS_LEDGE.map(withFirst('3114')));
    specifyFirstNumbers(assess, OWN_JUMP.map(withFirst('3114')));
    specifyCalm(assess, LEDGE_CALM);
  });

  describe('an old person beaten or shut in now: 17 first, no child line', () => {
    specifyFirstNumbers(assess, ELDER_ABUSE.map(withFirst('17')));
    ELDER_ABUSE.forEach((text) => {
      it(`gives no 119 for an old victim: "${text}"`, () => {
        expect(assess(text).numbers, text).to.not.include('119');
      });
    });
    specifyCalm(assess, ELDER_CALM);
  });

  describe('a passenger held by the driver of a moving vehicle: 17 first', () => {
    specifyFirstNumbers(assess, HELD_RIDE.map(withFirst('17')));
    specifyCalm(assess, RIDE_CALM);
  });

  describe('a thief still running: 17 at the first message', () => {
    specifyFirstNumbers(assess, SNATCH_FLED.map(withFirst('17')));
    specifyCalm(assess, SNATCH_CALM);
  });
});
