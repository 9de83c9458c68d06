import { expect } from 'chai';
import type { EmergencyAssessment } from '../../nlu/types';

/** How a spec file reads a message: its own triage, with or without the corpus words. */
export type Assess = (text: string) => EmergencyAssessment;

/** One spec per message: an alarm, with this number first. */
export function specifyFirstNumbers(assess: Assess,
  cases: ReadonlyArray<readonly [string, string]>): void {
  cases.forEach(([text, first]) => {
    it(`alarms, ${first} first: "${text}"`, () => {
      const verdict = assess(text);
      expect(verdict.detected, text).to.equal(true);
      expect(verdict.numbers[0], text).to.equal(first);
    });
  });
}

/** One spec per message: an alarm, with this number among those shown. */
export function specifyNumbersAmong(assess: Assess,
  cases: ReadonlyArray<readonly [string, string]>): void {
  cases.forEach(([text, number]) => {
    it(`alarms with ${number} among the numbers: "${text}"`, () => {
      const verdict = assess(text);
      expect(verdict.detected, text).to.equal(true);
      expect(verdict.numbers, text).to.include(number);
    });
  });
}

/** One spec per message: no alarm. */
export function specifyCalm(assess: Assess, texts: readonly string[]): void {
  texts.forEach((text) => {
    it(`stays calm: "${text}"`, () => expect(assess(text).detected, text).to.equal(false));
  });
}
