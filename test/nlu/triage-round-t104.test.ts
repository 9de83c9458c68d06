import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import {
  ADULT_SON, FRIEND_PLAN, FRIEND_PLAN_ELSEWHERE, GONE_SWIMMING_AT_SEA, GONE_SWIMMING_CALM,
  GONE_SWIMMING_INLAND, LOSS_CALM, LOSS_THEN_BODY, LOSS_THEN_DESPAIR, LOSS_THEN_FIRE,
  LOSS_THEN_VIOLENCE, MINOR_SON, OTHER_CALM, OTHER_STILL, STRANGLED_CALM, STRANGLED_COMING_BACK,
} from './triage-round-t104-cases';
import { afterLossClauses } from '../../nlu/triage-after-loss';
import { alarms, alarmsWith, calm } from './recognizerTable';

/**
 * Round t104 through the whole recogniser: a theft or a loss told first no longer calms a
 * danger told after it (its complaint or papers' plea calms its own clause only); a
 * strangling just done with the attacker coming back (17); someone gone while swimming (196
 * by the sea, 18 inland); a suicide long over, a load told as sinking (calm); an adult son
 * (no 119).
 */

let shared: Promise<Recognizer> | undefined;

function withoutChildLine(texts: readonly string[]): void {
  texts.forEach((text) => {
    it(`alarms, 17 first, no 119 for a son or a daughter of age: "${text}"`, async () => {
      shared ??= createRecognizer();
      const { emergency } = await (await shared).understand(text);

      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers[0], text).to.equal('17');
      expect(emergency.numbers, text).not.to.include('119');
    });
  });
}

describe('triage, round t104 (full recogniser)', () => {
  describe('a theft or a loss, then a danger now: the danger\'s number first', () => {
    alarms(LOSS_THEN_DESPAIR);
    alarms(LOSS_THEN_VIOLENCE);
    alarms(LOSS_THEN_BODY);
    alarms(LOSS_THEN_FIRE);
  });

  describe('a theft or a loss told with its own figures, pleas or complaint: calm', () => {
    calm(LOSS_CALM);
  });

  describe('the parts read after a theft or a loss', () => {
    it('are none in a message with no theft nor loss', () => {
      expect(afterLossClauses('il me frappe encore')).to.deep.equal([]);
    });

    it('leave out the thing lost and the figures of its consequences', () => {
      expect(afterLossClauses('je ai perdu ma carte de identite et mon mari me frappe'))
        .to.deep.equal(['et mon mari me frappe']);
      expect(afterLossClauses('on me a vole mon portable ma mere va me tuer')).to.deep.equal([]);
    });

    it('leave out a part told as a past of its own', () => {
      expect(afterLossClauses('on me a vole mon sac et il me a frappee')).to.deep.equal([]);
    });
  });

  describe('a strangling just done, the attacker coming back: 17', () => {
    alarms(STRANGLED_COMING_BACK);
    calm(STRANGLED_CALM);
  });

  describe('someone gone while swimming: 196 by the sea, 18 inland, 17 among them', () => {
    alarms(GONE_SWIMMING_AT_SEA);
    alarms(GONE_SWIMMING_INLAND);
    alarmsWith(GONE_SWIMMING_AT_SEA.map(([text]) => text), '18');
    calm(GONE_SWIMMING_CALM);
  });

  describe('a suicide long over asked about, a load told as sinking: calm', () => {
    calm(OTHER_CALM);
    alarms(OTHER_STILL);
  });

  describe('a friend\'s suicide plan: 17 first where he is, the 3114 with it', () => {
    alarms(FRIEND_PLAN_ELSEWHERE, '3114');
    alarms(FRIEND_PLAN);
  });

  describe('a son or a daughter of age who threatens: 17 without the 119', () => {
    withoutChildLine(ADULT_SON);
    alarmsWith(MINOR_SON, '119');
  });
});
