import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  KILLER_SCAM, KIN_IN_DANGER, KIN_IN_DANGER_CALM, NEIGHBOURS_BEAT_CHILD,
  NEIGHBOURS_BEAT_CHILD_CALM, SWIMMER_CALM, SWIMMER_INLAND, SWIMMER_SEA, THREAT_CALM, THREAT_REAL,
  TONIGHT_CALM, TONIGHT_PLANNED, TONIGHT_THIRD_PARTY,
} from './triage-t47-cases';

/**
 * Round t47 (alarm families a fresh set missed, or answered with the wrong first number), in
 * our own words: a swimmer in trouble seen from the shore (196 at the sea, the drowning
 * numbers inland), neighbours beating their child now (17, 119 among), a relative said "en
 * danger" in a few words (17), one's own death planned for tonight without the word suicide
 * (3114), and a scam e-mail's hired killer, which the suicide family read as 3114 through
 * "pour me tuer": calm, while a killer come to the door is a 17.
 */
export const T47_EXAMPLES: Record<string, string[]> = {
  'net-swimmer-struggling': ['une nageuse au loin agite les bras et sa tete passe sous l eau'],
  'net-swimmer-at-sea': ['un baigneur a la plage arrive plus a revenir'],
  'net-neighbours-beat-child': ['les voisins tapent leur petit il hurle'],
  'net-kin-in-danger': ['ma fille est en danger'],
  'net-tonight-end': ['je vais mourir ce soir tout est prevu'],
  'net-come-to-kill': ['il est venu pour me tuer'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t47', () => {
  describe('someone in trouble in the water, seen from the shore', () => {
    specifyFirstNumbers(assess, SWIMMER_SEA.map(withFirst('196')));
    // a lake, a river, a pool: the drowning numbers, the firefighters first
    specifyFirstNumbers(assess, SWIMMER_INLAND.map(withFirst('18')));
    specifyCalm(assess, SWIMMER_CALM);
  });

  describe('neighbours beating their child now: 17 first, the child line among', () => {
    specifyFirstNumbers(assess, NEIGHBOURS_BEAT_CHILD.map(withFirst('17')));
    specifyNumbersAmong(assess, NEIGHBOURS_BEAT_CHILD.map(withFirst('119')));
    specifyCalm(assess, NEIGHBOURS_BEAT_CHILD_CALM);
  });

  describe('a relative said in danger, in a few words: 17 first', () => {
    specifyFirstNumbers(assess, KIN_IN_DANGER.map(withFirst('17')));
    // a stake ("de redoubler") is an idiom; bullying at school asked about is the FAQ
    specifyCalm(assess, KIN_IN_DANGER_CALM);
  });

  describe("one's own death planned for tonight: 3114 first", () => {
    specifyFirstNumbers(assess, TONIGHT_PLANNED.map(withFirst('3114')));
    // told of someone out of reach: the existing rules' 17 first
    specifyFirstNumbers(assess, TONIGHT_THIRD_PARTY.map(withFirst('17')));
    specifyCalm(assess, TONIGHT_CALM);
  });

  describe('a hired killer in a scam e-mail is calm; a killer at the door is a 17', () => {
    specifyCalm(assess, KILLER_SCAM);
    specifyFirstNumbers(assess, THREAT_REAL.map(withFirst('17')));
    specifyCalm(assess, THREAT_CALM);
  });
});
