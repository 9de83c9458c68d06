import { normalize } from '../../nlu/normalize';
import { withEmojiDanger } from '../../nlu/triage-emoji';
import type { EmergencyAssessment } from '../../nlu/types';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  DANGER_BESIDE_FIGURE, DESPAIR_BESIDE_SPORT, DOOR_FORCED, LOCKSMITH_CALM, OUTING_AS_PLANNED_CALM,
  OUTING_OVERDUE, POLLING_STATION_CALM, POLLING_STATION_TROUBLE, SOS_REAL, SOS_TITLE_CALM,
  SPORT_FIGURE_CALM,
} from './triage-round-t82-cases';
import { assessWithVote } from './triageWithVote';

/**
 * Round t82, from the known shortcomings: trouble at a polling station now (17); and false
 * alarms calmed, each beside the danger that still alarms: a kite-surfer back at a planned
 * hour, a locksmith at work, a sport's jump or a hard hike, "🆘" in a title. The model's
 * vote counts; "🆘" is read from the raw text as the recogniser does.
 */

const assess = assessWithVote;

function assessWithEmoji(text: string): EmergencyAssessment {
  return withEmojiDanger(assessWithVote(text), text, normalize(text));
}

describe('triage, round t82', () => {
  describe('trouble at a polling station now: 17; voting questions, past, fiction: calm', () => {
    specifyFirstNumbers(assess, POLLING_STATION_TROUBLE);
    specifyCalm(assess, POLLING_STATION_CALM);
  });

  describe('out at sea, back at a planned hour: calm; overdue or out of sight: 196', () => {
    specifyCalm(assess, OUTING_AS_PLANNED_CALM);
    specifyFirstNumbers(assess, OUTING_OVERDUE);
  });

  describe('a locksmith forcing the door: calm; a burglar doing it: 17', () => {
    specifyCalm(assess, LOCKSMITH_CALM);
    specifyFirstNumbers(assess, DOOR_FORCED);
  });

  describe('a sport\'s jump, "en finir avec la rando": calm; despair told bare: 3114', () => {
    specifyCalm(assess, SPORT_FIGURE_CALM);
    specifyFirstNumbers(assess, DESPAIR_BESIDE_SPORT);
  });

  describe('a danger told beside the figure still alarms', () => {
    specifyNumbersAmong(assess, DANGER_BESIDE_FIGURE);
  });

  describe('"🆘" in a title: calm; alone or beside the writer\'s danger: an alarm', () => {
    specifyCalm(assessWithEmoji, SOS_TITLE_CALM);
    specifyFirstNumbers(assessWithEmoji, SOS_REAL);
  });
});
