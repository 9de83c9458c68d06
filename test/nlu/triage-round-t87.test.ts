import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import {
  BACK_WITHIN_HOURS, BACK_WITHIN_HOURS_CALM, BLEEDING_AFTER_BLOWS, BLEEDING_CALM,
  CHILD_MET_CALM, CHILD_MET_TONIGHT, GONE_NEAR_WATER, GONE_NEAR_WATER_CALM, LAUGHTER_CALM,
  LAUGHTER_DENIED, THEFT_JUST_NOW, THEFT_OVER_CALM, WEAPON_AFTER_QUESTION,
  WEAPON_AFTER_QUESTION_CALM, WITNESS_NOW, WITNESS_QUESTION_CALM, type Alarm,
} from './triage-round-t87-cases';

/**
 * Round t87, a fresh tester's misses through the whole recogniser: the danger placed now or
 * within hours by the end of a message that starts in the past, with a question or laughing;
 * the numbers' order for blows with bleeding and a child gone near water; a witness's general
 * question kept calm.
 */

let recognizer: Recognizer;

function alarms(cases: readonly Alarm[], also?: string): void {
  cases.forEach(([text, first]) => {
    it(`alarms, ${first} first${also ? `, ${also} with it` : ''}: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers[0], text).to.equal(first);
      if (also !== undefined) {
        expect(emergency.numbers, text).to.include(also);
      }
    });
  });
}

function calm(texts: readonly string[]): void {
  texts.forEach((text) => {
    it(`stays calm: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      expect(emergency.detected, text).to.equal(false);
    });
  });
}

describe('triage, round t87 (full recogniser)', () => {
  before(async () => {
    recognizer = await createRecognizer();
  });

  describe('violence told as past, the man back within hours: 17; long over: calm', () => {
    alarms(BACK_WITHIN_HOURS);
    calm(BACK_WITHIN_HOURS_CALM);
  });

  describe('a weapon taken now after a complaint question: 17; the past weapon: calm', () => {
    alarms(WEAPON_AFTER_QUESTION);
    calm(WEAPON_AFTER_QUESTION_CALM);
  });

  describe('laughter taken back, a war weapon at school: 17; a plain joke: calm', () => {
    alarms(LAUGHTER_DENIED);
    calm(LAUGHTER_CALM);
  });

  describe('an adult meets a child tonight: 17 with 119; an adult, a dentist: calm', () => {
    alarms(CHILD_MET_TONIGHT, '119');
    calm(CHILD_MET_CALM);
  });

  describe('a violent theft minutes ago, the thief running: 17; days ago: calm', () => {
    alarms(THEFT_JUST_NOW);
    calm(THEFT_OVER_CALM);
  });

  describe('blows from someone known, then bleeding: 17 with 15; play or past: calm', () => {
    alarms(BLEEDING_AFTER_BLOWS, '15');
    calm(BLEEDING_CALM);
  });

  describe('a child gone near water who cannot swim: 17 first; a pet, found: calm', () => {
    alarms(GONE_NEAR_WATER);
    calm(GONE_NEAR_WATER_CALM);
  });

  describe('what a witness should do in general: calm; a witness now: 18', () => {
    calm(WITNESS_QUESTION_CALM);
    alarms(WITNESS_NOW);
  });
});
