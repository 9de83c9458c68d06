import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import {
  COMPLAINT_QUESTION_CALM, DANGER_AFTER_COMPLAINT_QUESTION, EMOJI_CALM, EMOJI_DANGER,
  FIGURES_BESIDE_DANGER, FIGURES_CALM, OVERHEARD, OVERHEARD_CALM, SILENCED_BY_THREAT,
  THREAT_FIGURE_CALM,
} from './triage-round-t80-cases';

/**
 * Round t80, a fresh tester's misses through the whole recogniser (emojis are read from the
 * raw text, before normalize() drops them): a danger told after a complaint question, "si
 * j'appelle il me tue", emojis, "il m'entend si je téléphone"; and figures kept calm.
 */

let recognizer: Recognizer;

function alarms(cases: ReadonlyArray<readonly [string, string]>): void {
  cases.forEach(([text, first]) => {
    it(`alarms, ${first} first: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers[0], text).to.equal(first);
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

describe('triage, round t80 (full recogniser)', () => {
  before(async () => {
    recognizer = await createRecognizer();
  });

  describe('a danger under way after a complaint question: 17; the complaint alone: calm', () => {
    alarms(DANGER_AFTER_COMPLAINT_QUESTION);
    calm(COMPLAINT_QUESTION_CALM);
  });

  describe('"si j\'appelle il me tue": 114 first, 17 with him here; the figure: calm', () => {
    alarms(SILENCED_BY_THREAT);
    calm(THREAT_FIGURE_CALM);
  });

  describe('"il m\'entend si je téléphone": 114 first; hearing better: calm', () => {
    alarms(OVERHEARD);
    calm(OVERHEARD_CALM);
  });

  describe('emojis of danger alarm; the slang "🔥", a kitchen knife: calm', () => {
    alarms(EMOJI_DANGER);
    calm(EMOJI_CALM);
  });

  describe('figures (dead phone, tomatoes, "à la tâche", "les étapes", a title): calm', () => {
    calm(FIGURES_CALM);
    alarms(FIGURES_BESIDE_DANGER);
  });
});
