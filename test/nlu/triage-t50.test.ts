import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  COERCED, COERCED_CALM, COERCED_MUTE, HOME_BEATEN, KIN_ABDUCTED, KIN_ABDUCTED_CALM,
  KIN_ABROAD_BEATEN, KIN_ABROAD_CALM, KIN_LEDGE, KIN_LEDGE_CALM, RUSH_CALM, JUMP_THREAT, SHOT,
  SMS_OVERDOSE, SMS_OVERDOSE_CALM, SMS_SUICIDE, SMS_SUICIDE_CALM,
} from './triage-t50-cases';

/**
 * Round t50 (families a fresh tester typed live into the bot), in our own words: suicide and
 * overdose typed in SMS ("jveu", "jvai", "jmen vai", "tt mes medoc", "tte la plaquette"), a
 * relative kidnapped or beaten abroad (112 first, never the impound lot, no 114 for a
 * relative who phoned), a relative about to jump (17 first), sexual coercion with the
 * aggressor close (17), a shot just heard nearby; and what stays calm: a rush at work ("un
 * coup de feu au bureau"), a car towed, a jump into a pool, a coercion told as the past.
 */
/** One message per round-t50 net family, read by the safety net's own spec. */
export const T50_EXAMPLES: Record<string, string[]> = {
  'net-pills-sms': ['jai gobe tt mes cachet'],
  'net-gone-forever': ['jmen vai pour toujour'],
  'net-kin-ledge': ['mon copain est sur la rambarde il veut sauter du pont'],
  'net-coerced-now': ['il veut me forcer a coucher il est dans la cuisine'],
  'net-kin-abducted': ['mon frere a ete kidnappe au mali'],
  'net-shot-nearby': ['il y a eu des coups de feu devant mon immeuble'],
};

const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t50', () => {
  describe('suicide typed in SMS ("jve mourir", "jvai me tuer"): 3114 first', () => {
    specifyFirstNumbers(assess, SMS_SUICIDE.map(withFirst('3114')));
    specifyCalm(assess, SMS_SUICIDE_CALM);
  });

  describe('an overdose typed in SMS: 15 first, the suicide line among', () => {
    specifyFirstNumbers(assess, SMS_OVERDOSE.map(withFirst('15')));
    specifyNumbersAmong(assess, SMS_OVERDOSE.map(withFirst('3114')));
    specifyCalm(assess, SMS_OVERDOSE_CALM);
  });

  describe('a relative kidnapped or held abroad: 112 first, the police among', () => {
    specifyFirstNumbers(assess, KIN_ABDUCTED.map(withFirst('112')));
    specifyCalm(assess, KIN_ABDUCTED_CALM);
  });

  describe('a relative about to jump now: the police first, 3114 among', () => {
    specifyFirstNumbers(assess, KIN_LEDGE.map(withFirst('17')));
    specifyNumbersAmong(assess, KIN_LEDGE.map(withFirst('3114')));
    specifyFirstNumbers(assess, JUMP_THREAT.map(withFirst('3114')));
    specifyCalm(assess, KIN_LEDGE_CALM);
  });

  describe('a relative beaten abroad, told from France: 112 first, no 114', () => {
    specifyFirstNumbers(assess, KIN_ABROAD_BEATEN.map(withFirst('112')));
    specifyFirstNumbers(assess, HOME_BEATEN.map(withFirst('17')));
    KIN_ABROAD_BEATEN.forEach((text) => {
      it(`shows no 114 for a relative who could phone: "${text}"`, () =>
        expect(assess(text).numbers, text).not.to.include('114'));
    });
    specifyCalm(assess, KIN_ABROAD_CALM);
  });

  describe('sexual coercion now, the aggressor close: 17 first', () => {
    specifyFirstNumbers(assess, COERCED.map(withFirst('17')));
    specifyNumbersAmong(assess, [...COERCED_MUTE.map(withFirst('114')),
      ...COERCED_MUTE.map(withFirst('17'))]);
    specifyCalm(assess, COERCED_CALM);
  });

  describe('"coup de feu": a rush at work stays calm, a shot nearby alarms (17)', () => {
    specifyCalm(assess, RUSH_CALM);
    specifyFirstNumbers(assess, SHOT.map(withFirst('17')));
  });
});
