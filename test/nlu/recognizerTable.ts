import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

/**
 * The triage rounds' tables read through the whole recogniser (the vote, the long-message
 * reading and the emojis included): one spec per message. The recogniser is made once, on
 * the first spec that needs it.
 */

/** A message and the number that must come first. */
export type FirstNumber = readonly [text: string, first: string];

let shared: Promise<Recognizer> | undefined;

async function understood(text: string): ReturnType<Recognizer['understand']> {
  shared ??= createRecognizer();
  return (await shared).understand(text);
}

/** An alarm with `first` first, and `also` among the numbers when given. */
export function alarms(cases: readonly FirstNumber[], also?: string): void {
  cases.forEach(([text, first]) => {
    it(`alarms, ${first} first${also ? `, ${also} with it` : ''}: "${text}"`, async () => {
      const { emergency } = await understood(text);

      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers[0], text).to.equal(first);
      if (also !== undefined) {
        expect(emergency.numbers, text).to.include(also);
      }
    });
  });
}

/** An alarm with `number` among the numbers, whichever comes first. */
export function alarmsWith(texts: readonly string[], number: string): void {
  texts.forEach((text) => {
    it(`alarms with the ${number}: "${text}"`, async () => {
      const { emergency } = await understood(text);

      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers, text).to.include(number);
    });
  });
}

/** An alarm, whatever its numbers. */
export function detected(texts: readonly string[]): void {
  texts.forEach((text) => {
    it(`still alarms: "${text}"`, async () => {
      expect((await understood(text)).emergency.detected, text).to.equal(true);
    });
  });
}

/** No alarm, and `topic` as the answer when given. */
export function calm(texts: readonly string[], topic?: string): void {
  texts.forEach((text) => {
    it(`stays calm${topic ? ` (${topic})` : ''}: "${text}"`, async () => {
      const result = await understood(text);

      expect(result.emergency.detected, text).to.equal(false);
      if (topic !== undefined) {
        expect(result.topic, text).to.equal(topic);
      }
    });
  });
}
