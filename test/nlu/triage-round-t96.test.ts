import {
  CHILD_TELLS, CHILD_TELLS_CALM, CHILD_TELLS_NOW, FIGURES_CALM, FIGURES_DANGER, FIRE_SMS,
  FIRE_SMS_CALM, GONE_CONFUSED, GONE_UNTREATED, GONE_UNTREATED_CALM, KILL_HEARD_AFTER_QUESTION,
  KILL_HEARD_CALM, PILLS_CALM, PILLS_WITH_DRINK, PILLS_WITH_INTENT,
} from './triage-round-t96-cases';
import { alarms, calm, detected } from './recognizerTable';

/**
 * Round t96, a fresh tester's misses through the whole recogniser: a fire in extreme SMS,
 * pills with alcohol after "je suis pas bien", a threat to kill heard after a question about
 * something else, a child telling of sexual abuse, a vulnerable adult gone untreated; and an
 * idiom, a toothache, school work and a rude call kept calm.
 */

describe('triage, round t96 (full recogniser)', () => {
  describe('a fire in extreme SMS ("tt brul"): 18; a burning pain, a cake: calm', () => {
    alarms(FIRE_SMS);
    calm(FIRE_SMS_CALM);
  });

  describe('pills with alcohol after "je suis pas bien": 15; a question, over: calm', () => {
    alarms(PILLS_WITH_DRINK);
    alarms(PILLS_WITH_INTENT, '3114');
    calm(PILLS_CALM);
  });

  describe('a threat to kill with blows heard, after a question: 17; past, a show: calm', () => {
    alarms(KILL_HEARD_AFTER_QUESTION);
    calm(KILL_HEARD_CALM);
  });

  describe('a child telling of sexual abuse: 119 first; the abuser there: 17, 119', () => {
    alarms(CHILD_TELLS, '17');
    alarms(CHILD_TELLS_NOW, '119');
    calm(CHILD_TELLS_CALM);
  });

  describe('a vulnerable adult gone and not found: 17 first; found, a trip: calm', () => {
    alarms(GONE_UNTREATED, '15');
    alarms(GONE_CONFUSED);
    calm(GONE_UNTREATED_CALM);
  });

  describe('an idiom, a toothache, school work, a rude call: calm; a danger beside: alarm', () => {
    calm(FIGURES_CALM);
    detected(FIGURES_DANGER);
  });
});
