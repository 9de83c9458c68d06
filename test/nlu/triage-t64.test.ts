import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  BIRTH_AHEAD_CALM, BIRTH_NOW, CARER_CAMERA, CARER_CAMERA_CALM, CHILD_DISCLOSED,
  CHILD_DISCLOSED_CALM, CHILD_DISCLOSED_NOW, HEARD_BLOWS_CALM, HEARD_BLOWS_NOW, HOUSE_GAS,
  HYPOTHETICAL_CALM, HYPOTHETICAL_REAL, PET_CALM, PET_REAL, SMALL_GAS_CALM, SMOKE_CALM,
  SMOKE_FIRE, TEEN_OVERDUE, TEEN_OVERDUE_CALM, THREAT_DOWNSTAIRS, THREAT_DOWNSTAIRS_CALM,
} from './triage-t64-cases';

/**
 * Round t64 (a fresh tester's misses), in our own words: a kill threat with the threatener
 * downstairs, blows heard next door now, a carer striking on a home camera, a collégien
 * hours overdue, a child's disclosure of abuse (119 given); a neighbour's smoke, a
 * hypothetical, a pet dying, a lighter leaking and a birth weeks away stay calm, each
 * beside the emergencies that must still alarm.
 */
export const T64_EXAMPLES: Record<string, string[]> = {
  'net-threat-downstairs': [
    'il revient avec son pote ils ont dit qu ils allaient me faire la peau ils sont en bas',
  ],
  'net-heard-blows-now': [
    'ce soir j entends son copain qui hurle et des bruits de coups et elle crie arrete arrete',
  ],
  'net-carer-camera': [
    'ma grand mere de 92 ans son aide a domicile la frappe je l ai vu sur la camera a l instant',
  ],
  'net-child-disclosed': ['ma fille de 8 ans m a dit que son beau pere la touche'],
  'net-child-disclosed-now': [
    'ma fille de 8 ans m a dit que son beau pere la touche et il est a la maison avec elle la',
  ],
};

/** A table row: this message alarms with this number first (or among the numbers). */
const withNumber = (number: string) => (text: string): readonly [string, string] =>
  [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t64', () => {
  describe('a kill threat said, the threatener downstairs now, after a habit story: 17', () => {
    specifyFirstNumbers(assess, THREAT_DOWNSTAIRS.map(withNumber('17')));
    specifyCalm(assess, THREAT_DOWNSTAIRS_CALM);
  });

  describe('blows heard at a neighbour\'s now, with a scream: 17 first', () => {
    specifyFirstNumbers(assess, HEARD_BLOWS_NOW.map(withNumber('17')));
    specifyCalm(assess, HEARD_BLOWS_CALM);
  });

  describe('a carer striking a frail person, seen on a home camera now: 17 first', () => {
    specifyFirstNumbers(assess, CARER_CAMERA.map(withNumber('17')));
    specifyCalm(assess, CARER_CAMERA_CALM);
  });

  describe('a collégien of 14 or 15 not home for hours: 17 first', () => {
    specifyFirstNumbers(assess, TEEN_OVERDUE.map(withNumber('17')));
    specifyCalm(assess, TEEN_OVERDUE_CALM);
  });

  describe('a child disclosing sexual abuse: 119 given, 17 first if the abuser is there', () => {
    specifyNumbersAmong(assess, CHILD_DISCLOSED.map(withNumber('119')));
    specifyNumbersAmong(assess, CHILD_DISCLOSED.map(withNumber('17')));
    specifyFirstNumbers(assess, CHILD_DISCLOSED_NOW.map(withNumber('17')));
    specifyNumbersAmong(assess, CHILD_DISCLOSED_NOW.map(withNumber('119')));
    specifyCalm(assess, CHILD_DISCLOSED_CALM);
  });

  describe('a neighbour\'s smoke asked about as the law: calm unless it spreads', () => {
    specifyCalm(assess, SMOKE_CALM);
    specifyFirstNumbers(assess, SMOKE_FIRE.map(withNumber('18')));
  });

  describe('an outright hypothetical: calm unless a danger now follows', () => {
    specifyCalm(assess, HYPOTHETICAL_CALM);
    specifyFirstNumbers(assess, HYPOTHETICAL_REAL);
  });

  describe('a pet dying: calm unless a person is at risk', () => {
    specifyCalm(assess, PET_CALM);
    specifyFirstNumbers(assess, PET_REAL);
  });

  describe('a lighter or a camping cartridge leaking: calm unless the house gas or a flame', () => {
    specifyCalm(assess, SMALL_GAS_CALM);
    specifyFirstNumbers(assess, HOUSE_GAS.map(withNumber('18')));
  });

  describe('a birth weeks away: calm unless labour now', () => {
    specifyCalm(assess, BIRTH_AHEAD_CALM);
    specifyFirstNumbers(assess, BIRTH_NOW.map(withNumber('15')));
  });
});
