import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { scoring, SmallModel } from './emergencyModelFixture';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  BLEEDING_OUT, BLEEDING_OUT_CALM, CHILD_SHORT, CHILD_SHORT_CALM, CRASH_HURT, DRUNK_WITH_CHILDREN,
  DRUNK_WITH_CHILDREN_CALM, ELDER_CALM, ELDER_GONE, ELDER_SILENT,
} from './triage-t46-cases';
import {
  ATTEMPT_BACK, ATTEMPT_HEALED, BANTER, CAME_IN, CAME_IN_CALM, GAS_DENIED, GAS_SMELLED, GONE_AWAY,
  RESCUE_ASKED, RESCUE_NOW, STAKES, STAKES_DANGER, TEEN_MOVING_OUT, THREAT_SERIOUS,
} from './triage-t46-calm-cases';

/**
 * Round t46 (families a fresh tester typed live into the bot), in our own words: bleeding
 * told as "se vider de son sang" (15), a child's three words about blows at home (17, 119),
 * a frail person silent for days behind a closed door (17, then the 18 that opens it) or gone
 * confused at the wheel (17), a drunk driver with children aboard (17; a crash with injured
 * keeps the 18); and what must stay calm: the danger said gone ("il est rentré chez lui"),
 * "en danger de redoubler", a gas smell denied, an attempt healed, a friend's joke, a rescue
 * asked about ahead, a parent's question about a daughter of 17.
 */
export const T46_EXAMPLES: Record<string, string[]> = {
  'net-bleeding-out': ['je suis en train de me vider de mon sang'],
  'net-child-short-blows': ['papa tape maman'],
  'net-elder-silent-house': ['ma voisine agee repond plus et ses volets sont fermes'],
  'net-elder-unseen-days': ['on a pas vu le papi d a cote depuis plusieurs jours il ouvre pas'],
  'net-elder-gone-now': ['mon grand pere alzheimer est parti en voiture'],
  'net-drunk-children': ['il a pris les cles il est saoul les enfants sont dedans'],
  'net-crash-hurt-now': ['on a percute un platane mon mari est coince'],
  'net-came-into-home': ['il est rentre chez moi'],
  'net-gas-guessed': ['ca sent pas bon on dirait le gaz'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t46', () => {
  describe('"se vider de son sang": bleeding now, 15 first', () => {
    specifyFirstNumbers(assess, BLEEDING_OUT.map(withFirst('15')));
    specifyCalm(assess, BLEEDING_OUT_CALM);
  });

  describe("a child's three words about blows at home: 17 first, the child line among", () => {
    specifyFirstNumbers(assess, CHILD_SHORT.map(withFirst('17')));
    specifyNumbersAmong(assess, CHILD_SHORT.map(withFirst('119')));
    specifyCalm(assess, CHILD_SHORT_CALM);
  });

  describe('a frail person silent for days, or gone confused: 17 first', () => {
    specifyFirstNumbers(assess, [...ELDER_SILENT, ...ELDER_GONE].map(withFirst('17')));
    // the firefighters open the door
    specifyNumbersAmong(assess, ELDER_SILENT.map(withFirst('18')));
    specifyCalm(assess, ELDER_CALM);
  });

  describe('drunk at the wheel with children aboard: 17 first; a crash with injured: 18', () => {
    specifyFirstNumbers(assess, DRUNK_WITH_CHILDREN.map(withFirst('17')));
    specifyFirstNumbers(assess, CRASH_HURT.map(withFirst('18')));
    specifyCalm(assess, DRUNK_WITH_CHILDREN_CALM);
  });

  describe('the danger said gone stays calm, the aggressor come in alarms', () => {
    const world = SmallModel.use();
    // a model sure of danger: only the calm mechanisms keep the vote silent
    const voted = (text: string) =>
      withModelVote(assess(text), scoring(world.model, 1), normalize(text));
    GONE_AWAY.forEach((text) => {
      it(`stays calm, rules and vote: "${text}"`, () => {
        expect(voted(text).detected, text).to.equal(false);
      });
    });
    CAME_IN.forEach((text) => {
      it(`alarms, 17 first, rules and vote: "${text}"`, () => {
        expect(voted(text).numbers[0], text).to.equal('17');
      });
    });
    specifyFirstNumbers(assess, CAME_IN.map(withFirst('17')));
    specifyCalm(assess, CAME_IN_CALM);
  });

  describe('idioms and questions: a stake, a smell denied, a healed attempt, a joke', () => {
    specifyCalm(assess, [...STAKES, ...GAS_DENIED, ...ATTEMPT_HEALED, ...BANTER]);
    specifyFirstNumbers(assess, STAKES_DANGER.map(withFirst('17')));
    specifyFirstNumbers(assess, GAS_SMELLED.map(withFirst('18')));
    specifyFirstNumbers(assess, ATTEMPT_BACK.map(withFirst('3114')));
    specifyFirstNumbers(assess, THREAT_SERIOUS.map(withFirst('17')));
  });

  describe('a rescue asked about ahead is no alarm; the same scene now is', () => {
    specifyCalm(assess, RESCUE_ASKED);
    specifyFirstNumbers(assess, RESCUE_NOW);
  });

  describe("a parent's question about a daughter of 17 moving out, and its follow-ups", () => {
    specifyCalm(assess, TEEN_MOVING_OUT);
  });
});
