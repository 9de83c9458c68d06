import {
  ADULT_NIGHT_OUT_CALM, AT_THE_END_ALARM, CHILD_BEATEN_NOW, CHILD_SCOLDED_CALM, FED_UP_BLOWS,
  FED_UP_CALM, LEISURE_CALM, LEISURE_FIRE, MINOR_NIGHT_OUT, NIGHT_OUT_AND_DANGER, STROKE,
  WORRYING_NIGHT_OUT,
} from './triage-round-t102-cases';
import { alarms, calm, detected } from './recognizerTable';

/**
 * Round t102 through the whole recogniser (blind94's findings): a child beaten now in slang
 * (17 first, the 119 with it), "à bout" said of a flatmate (calm), an adult out one night with
 * the phone off (the missing-person answer, no alarm) beside a minor's or a worrying night
 * (17), and a party "on fire" or a neighbour's joint read as fire.
 */

describe('triage, round t102 (full recogniser)', () => {
  describe('a child beaten now, in slang: 17 first, 119 with it; a scolding or a game: calm',
    () => {
      alarms(CHILD_BEATEN_NOW, '119');
      calm(CHILD_SCOLDED_CALM);
    });

  describe('"à bout" with a flatmate over chores: calm; "à bout" and ending it: 3114', () => {
    calm(FED_UP_CALM);
    alarms(AT_THE_END_ALARM);
    detected(FED_UP_BLOWS);
    alarms(STROKE);
  });

  describe('an adult out one night, phone off, nothing else: calm; a minor or a worry: 17',
    () => {
      calm(ADULT_NIGHT_OUT_CALM, 'faq.missing_person');
      alarms(MINOR_NIGHT_OUT);
      alarms(WORRYING_NIGHT_OUT);
      alarms(NIGHT_OUT_AND_DANGER);
    });

  describe('a party "on fire", a neighbour\'s joint: calm; flames or smoke beside: 18', () => {
    calm(LEISURE_CALM);
    alarms(LEISURE_FIRE);
  });
});
