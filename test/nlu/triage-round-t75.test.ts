import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  ALONE_BY_DAY_CALM, ASKED_AHEAD_CALM, CHILD_ALONE_DANGER, CHILD_TYPED_CALM, CHILD_TYPED_DANGER,
  GAME_FIRE_CALM, INTRUDER_NOW, ONLINE_THREAT_CALM, ONLINE_THREAT_DANGER, REAL_FIRE,
  TOURIST_DANGER, TOURIST_PAPERS_CALM,
} from './triage-round-t75-cases';
import { assessWithVote } from './triageWithVote';

/**
 * Round t75, from two fresh blind sets' false alarms: a child's "au secours" typed at play,
 * a threat seen online to report, a burglar asked about for one day, neighbours' children
 * alone by day, a fire in a video game, a tourist's theft with "aiuto". Each beside the
 * danger that must still alarm; the model's vote is part of the verdict.
 */

const assess = assessWithVote;

describe('triage, round t75', () => {
  describe('a child typed "au secours" at play, all clear: calm; a danger beside it: alarm', () => {
    specifyCalm(assess, CHILD_TYPED_CALM);
    specifyNumbersAmong(assess, CHILD_TYPED_DANGER);
  });

  describe('a threat seen online, where to report: calm; the author here or tonight: 17', () => {
    specifyCalm(assess, ONLINE_THREAT_CALM);
    specifyFirstNumbers(assess, ONLINE_THREAT_DANGER);
  });

  describe('how to react to a burglar, asked for one day: calm; someone coming in: 17', () => {
    specifyCalm(assess, ASKED_AHEAD_CALM);
    specifyFirstNumbers(assess, INTRUDER_NOW);
  });

  describe('neighbours\' children alone by day: calm; hurt, a baby, a hot car: alarm', () => {
    specifyCalm(assess, ALONE_BY_DAY_CALM);
    specifyFirstNumbers(assess, CHILD_ALONE_DANGER);
  });

  describe('a fire in a video game: calm; the charger, the socket, the kitchen: 18', () => {
    specifyCalm(assess, GAME_FIRE_CALM);
    specifyFirstNumbers(assess, REAL_FIRE);
  });

  describe('a tourist\'s theft or lost papers with "aiuto": calm; attacked or followed', () => {
    specifyCalm(assess, TOURIST_PAPERS_CALM);
    specifyFirstNumbers(assess, TOURIST_DANGER);
  });
});
