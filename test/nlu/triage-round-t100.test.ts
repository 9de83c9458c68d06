import {
  DOG_ATTACKING_NOW, DOG_BITE_WOUND, DOG_CALM, END_OF_ME_STILL, FELL_ON_SOMEONE, FIXTURE_CALM,
  GROOMING_CALM, GROOMING_MEETING, LOCKED_IN_BY_SOMEONE, PARTNER_BLOWS_NOW, PARTNER_BLOWS_TOLD,
  POUND_BESIDE_MALAISE, POUND_CALM, SHUT_IN_DANGER, SHUT_IN_STILL_ALARMS, SHUT_IN_TO_CRY,
  SMOKE_SEEN, SMOKER_CALM, STAKE_END_CALM, TAKEN_PERSON,
} from './triage-round-t100-cases';
import { alarms, calm, detected } from './recognizerTable';

/**
 * Round t100 through the whole recogniser: false alarms on smokers, a clothesline, an exam
 * at stake, a teenager shut in to cry and a relative's partner told without a now; the right
 * number first for a dog attacking now (17, the 15 beside), the pound beside a malaise (15)
 * and an adult met online who set a meeting with a child (17, the 119 beside).
 */

describe('triage, round t100 (full recogniser)', () => {
  describe('a smoker ("fume comme un pompier", "ça fume du shit"): calm; smoke seen: 18', () => {
    calm(SMOKER_CALM);
    alarms(SMOKE_SEEN);
  });

  describe('a clothesline or a shelf that gave way: calm; a person fallen: 15', () => {
    calm(FIXTURE_CALM);
    alarms(FELL_ON_SOMEONE);
  });

  describe('"si je rate mon bac c\'est la fin pour moi": calm; despair told: 3114', () => {
    calm(STAKE_END_CALM);
    alarms(END_OF_ME_STILL);
  });

  describe('a teenager shut in a room to cry: calm; silence or a means behind the door', () => {
    calm(SHUT_IN_TO_CRY);
    alarms(SHUT_IN_DANGER);
    detected(SHUT_IN_STILL_ALARMS);
  });

  describe('a child locked in by someone: 17 first, the 119 beside', () => {
    alarms(LOCKED_IN_BY_SOMEONE, '119');
  });

  describe('a dog attacking a person now: 17 first, the 15 beside', () => {
    alarms(DOG_ATTACKING_NOW, '15');
  });

  describe('a bite done, its wound told: 15 first; a dog at play or last week: calm', () => {
    alarms(DOG_BITE_WOUND);
    calm(DOG_CALM);
  });

  describe('the pound took an animal or a car beside a malaise: 15 first, no abduction', () => {
    alarms(POUND_BESIDE_MALAISE);
    alarms(TAKEN_PERSON);
    calm(POUND_CALM);
  });

  describe('a relative\'s partner beats her, told without a now: calm (the FAQ)', () => {
    calm(PARTNER_BLOWS_TOLD, 'faq.domestic_violence');
    alarms(PARTNER_BLOWS_NOW);
  });

  describe('an adult met online set a meeting with a child: 17 first, the 119 beside', () => {
    alarms(GROOMING_MEETING, '119');
    calm(GROOMING_CALM);
  });
});
