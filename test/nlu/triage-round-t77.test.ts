import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  ASSAULT_FIGURE_CALM, ASSAULT_REAL, INTRUDER_AFTER_QUESTION, KIN_BLOWS_BARE, KIN_BLOWS_CALM,
  OWN_FOOT_CALM, OWN_FOOT_SHOT, PAST_ASKED_CALM, PAST_NOW, QUESTION_FOR_LATER_CALM,
  WATER_PERSON, WATER_THING_CALM, WEAPON_BESIDE_GAME, WEAPON_IN_GAME_CALM,
} from './triage-round-t77-cases';
import { assessWithVote } from './triageWithVote';

/**
 * Round t77, helpers' and testers' leftovers: a real weapon beside a named game, an intruder
 * here after a question "pour plus tard", a relative's bare blows; and false alarms calmed
 * (a score, a tooth, a scolding, a pile-on, a figure of speech, a thing lost in the sea, past
 * events asked about), each beside the danger that still alarms. The model's vote counts.
 */

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T77_EXAMPLES: Record<string, string[]> = {
  'net-real-weapon-beside-game': [
    'mon fils joue a fortnite et la il a un couteau il menace son frere',
  ],
  'net-intruder-here-after-question': ['question pour plus tard la il est dans le salon'],
  'net-kin-blows-bare': ['mon fils adolescent me frappe'],
};

const assess = assessWithVote;

describe('triage, round t77', () => {
  describe('a game named, a real weapon taken up now: 17; the weapon in the game: calm', () => {
    specifyFirstNumbers(assess, WEAPON_BESIDE_GAME);
    specifyCalm(assess, WEAPON_IN_GAME_CALM);
  });

  describe('a question for later, then the intruder here: 17; the question alone: calm', () => {
    specifyFirstNumbers(assess, INTRUDER_AFTER_QUESTION);
    specifyCalm(assess, QUESTION_FOR_LATER_CALM);
  });

  describe('a relative\'s blows told bare: 17; habit, past, a game won: calm', () => {
    specifyFirstNumbers(assess, KIN_BLOWS_BARE);
    specifyCalm(assess, KIN_BLOWS_CALM);
  });

  describe('"se faire taper / tuer / lyncher" as a figure: calm; real blows: 17', () => {
    specifyCalm(assess, ASSAULT_FIGURE_CALM);
    specifyFirstNumbers(assess, ASSAULT_REAL);
  });

  describe('a bullet in one\'s own foot as a bad choice: calm; the real shot: 15', () => {
    specifyCalm(assess, OWN_FOOT_CALM);
    specifyFirstNumbers(assess, OWN_FOOT_SHOT);
  });

  describe('a thing lost in the sea, apnoea asked: calm; a person not seen: alarm', () => {
    specifyCalm(assess, WATER_THING_CALM);
    specifyFirstNumbers(assess, WATER_PERSON);
  });

  describe('past events asked about: calm; the same events now: alarm', () => {
    specifyCalm(assess, PAST_ASKED_CALM);
    specifyFirstNumbers(assess, PAST_NOW);
  });
});
