import {
  BURGLAR_NOW, BURNING_BODY, BURNING_PLACE, CHILD_TOUCHED_LONG_AGO, CHILD_TOUCHED_MAN_THERE,
  END_OF_ME_ALARM, END_OF_ME_CALM, FEAST_FIGHT_NOW, FEAST_PATROL_CALM, GEAR_CALM, GEAR_FAILED,
  HELP_STILL, JOKE_DENIED_LATER, JOKE_KEPT_CALM, MINOR_OVERNIGHT, MINOR_OVERNIGHT_CALM, PERSON_GONE,
  POUND_BODY_FAILING, SUPPOSED_BURGLAR_CALM, THANKS_CALM, THIEF_CALM, THIEF_STILL_THREATENS,
  THING_GONE_CALM,
} from './triage-round-t95-cases';
import { alarms, alarmsWith, calm } from './recognizerTable';

/**
 * Round t95 through the whole recogniser: gear that failed in a jump or a climb (15 first),
 * a thief still threatening on the spot (17), and three calm look-alikes: thanks for the help
 * in another language, the end-of-me idiom over a school report, a burglar supposed.
 */

describe('triage, round t95 (full recogniser)', () => {
  describe('a parachute, a bungee cord or a rope that failed: 15; clothes, dreams: calm', () => {
    alarms(GEAR_FAILED);
    calm(GEAR_CALM);
  });

  describe('a thief who still threatens on the spot: 17; threats online: calm', () => {
    alarms(THIEF_STILL_THREATENS);
    calm(THIEF_CALM);
  });

  describe('thanks for the help in another language: calm; a plea beside them: alarm', () => {
    calm(THANKS_CALM);
    alarms(HELP_STILL);
  });

  describe('"c\'est la fin pour moi si..." over a school report: calm; despair: 3114', () => {
    calm(END_OF_ME_CALM);
    alarms(END_OF_ME_ALARM);
  });

  describe('a burglar supposed in the conditional: calm; one there now: 17', () => {
    calm(SUPPOSED_BURGLAR_CALM);
    alarms(BURGLAR_NOW);
  });

  describe('a patrol asked for a feast\'s yearly fights: calm; a fight there now: 17', () => {
    calm(FEAST_PATROL_CALM);
    alarms(FEAST_FIGHT_NOW);
  });

  describe('laughter the end of the message denies: the danger stands; a plain joke: calm', () => {
    alarms(JOKE_DENIED_LATER);
    calm(JOKE_KEPT_CALM);
  });

  describe('the pound\'s question beside a body failing: an alarm with the 15', () => {
    alarmsWith(POUND_BODY_FAILING, '15');
  });

  describe('a burning felt in the body: 15 first; a burning place: 18 first', () => {
    alarms(BURNING_BODY);
    alarms(BURNING_PLACE);
  });

  describe('a child touched, the man still at home: 17 first, 119; long ago: calm', () => {
    alarms(CHILD_TOUCHED_MAN_THERE, '119');
    calm(CHILD_TOUCHED_LONG_AGO);
  });

  describe('a minor not home since last night, unreachable: 17; known safe: calm', () => {
    alarms(MINOR_OVERNIGHT);
    calm(MINOR_OVERNIGHT_CALM);
  });

  describe('an old person\'s chequebook gone: calm; the old person gone: 17', () => {
    calm(THING_GONE_CALM);
    alarms(PERSON_GONE);
  });
});
