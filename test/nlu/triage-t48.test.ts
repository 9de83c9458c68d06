import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { lineAskedFor } from '../../dialogs/common/lineForSituation';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createTriage, withoutCalmClauses } from '../../nlu/triage';
import { scoring, SmallModel } from './emergencyModelFixture';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  BLOWS_HABIT, BLOWS_NOW, CHILD_MARKS, DEADLINE_PLEA, DEADLINE_PLEA_DANGER, ENTRY_FOUND,
  ENTRY_NOW,
} from './triage-t48-cases';
import {
  BLOWS_ON_PERSON, EXHAUST, FURNITURE, GAS_DANGER, SUICIDE_ACT, SUICIDE_WORRY,
} from './triage-t48-cases-more';

/**
 * Round t48 (calm families that fresh sets and testers alarmed on), in our own words: a cry
 * for help over a deadline at the pound or the prefecture, a break-in found afterwards ("je
 * fais quoi maintenant" asks what next), blows at home told as a habit by a teenager who
 * asks what to do, a child's marks that come back, how to help a friend who talks of
 * suicide (calm, and the 3114's answer), exhaust fumes, a fist on the table. Each beside the
 * real alarms, which keep their first number.
 */
const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/** Calm for the rules, and for a vote sure of danger: the calm mechanism silences both. */
function specifyCalmWithVote(texts: readonly string[]): void {
  specifyCalm(assess, texts);

  describe('with a vote sure of danger', () => {
    const world = SmallModel.use();
    texts.forEach((text) => {
      it(`stays calm: "${text}"`, () => {
        const voted = withModelVote(assess(text), scoring(world.model, 1), normalize(text));
        expect(voted.detected, text).to.equal(false);
      });
    });
  });
}

describe('triage, round t48', () => {
  describe('a cry for help over a deadline (pound, passport, fine) is no alarm', () => {
    specifyCalmWithVote(DEADLINE_PLEA);
    specifyFirstNumbers(assess, DEADLINE_PLEA_DANGER);
  });

  describe('a break-in found afterwards, "je fais quoi maintenant", is no alarm', () => {
    specifyCalmWithVote(ENTRY_FOUND);
    specifyFirstNumbers(assess, ENTRY_NOW);
  });

  describe("blows at home told as a habit, asked about, and a child's marks coming back", () => {
    specifyCalmWithVote([...BLOWS_HABIT, ...CHILD_MARKS]);
    specifyFirstNumbers(assess, BLOWS_NOW);
  });

  describe('how to help a friend who talks of suicide: calm, and the 3114 answers', () => {
    specifyCalmWithVote(SUICIDE_WORRY);
    SUICIDE_WORRY.forEach((text) => {
      it(`answers with the 3114: "${text}"`, () => {
        expect(lineAskedFor(normalize(text)), text).to.equal('3114');
      });
    });
    specifyFirstNumbers(assess, SUICIDE_ACT);
  });

  describe('exhaust fumes are no gas leak; a fist on the table hits nobody', () => {
    specifyCalm(assess, [...EXHAUST, ...FURNITURE]);
    // the vote reads the message without these clauses too
    [...EXHAUST, ...FURNITURE].forEach((text) => {
      it(`the vote's text drops the thing: "${text}"`, () => {
        expect(withoutCalmClauses(normalize(text)), text)
          .not.to.match(/\b(gaz|echappement|table|bureau|murs?|volant|plafond|clavier)\b/);
      });
    });
    specifyFirstNumbers(assess, [...GAS_DANGER, ...BLOWS_ON_PERSON]);
  });
});
