import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { scoring, SmallModel } from './emergencyModelFixture';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  ABROAD_HELD, ABROAD_HELD_CALM, DRIVER_HIT, DRIVER_HIT_CALM, FICTION_TITLES, FAREWELL_FOR_A_TRIP,
  OTHERS_OUT_OF_REACH,
  OTHERS_OUT_OF_REACH_CALM, OWN_SUICIDAL, SCHOOLWORK, SCHOOLWORK_DANGER, THANKS_ONCE_HELP_CAME,
  THANKS_BUT_DANGER, FAINT_AT_CARE, FOREIGN_THEFT_DONE, FOREIGN_DANGER_NOW,
} from './triage-t39-cases';

/**
 * Round t39 (a fresh tester's families), in our own words: a victim beaten and held abroad
 * (112 first), a driver who hit someone lying on the road (18 first, alcohol or not), someone
 * else about to end their life out of reach (17 first), thanks once help came, fiction named
 * by its title, a faint at a blood test that is over, a theft told done in a foreign
 * language, a help line asked for schoolwork.
 */
export const T39_EXAMPLES: Record<string, string[]> = {
  'net-held-beaten': ['mon mari me frappe et il a cache mon passeport je peux pas partir'],
  'net-driver-hit': ['je ai renverse un pieton il bouge plus'],
  'net-driver-touched': ['je ai tape un mec en voiture il est par terre'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t39', () => {
  describe('beaten and kept from leaving abroad: danger now, 112 first', () => {
    specifyFirstNumbers(assess, ABROAD_HELD.map(withFirst('112')));
    specifyCalm(assess, ABROAD_HELD_CALM);
    specifyFirstNumbers(assess, [
      ['mon mari me cogne et il a pris mes papiers, je peux pas partir', '17'],
      ['mon mari me bat et me laisse pas sortir de la maison', '17'],
    ]);
  });

  describe('a driver who hit someone lying on the road: 18 first, even drunk', () => {
    specifyFirstNumbers(assess, DRIVER_HIT.map(withFirst('18')));
    specifyCalm(assess, DRIVER_HIT_CALM);
  });

  describe('someone else about to end their life, out of reach: 17 first', () => {
    specifyFirstNumbers(assess, OTHERS_OUT_OF_REACH.map(withFirst('17')));
    specifyFirstNumbers(assess, OWN_SUICIDAL.map(withFirst('3114')));
    specifyCalm(assess, OTHERS_OUT_OF_REACH_CALM);
    it('shows the SAMU and the 3114 after the police', () => {
      const numbers = assess("ma fille m'a écrit adieu et son portable est coupé").numbers;
      expect(numbers.slice(0, 3)).to.deep.equal(['17', '15', '3114']);
    });
  });

  describe('thanks once help came, a farewell said at a departure', () => {
    const world = SmallModel.use();
    // a model sure of danger: only the calm mechanisms keep the vote silent
    const voted = (text: string) =>
      withModelVote(assess(text), scoring(world.model, 1), normalize(text));
    [...THANKS_ONCE_HELP_CAME, ...FAREWELL_FOR_A_TRIP].forEach((text) => {
      it(`stays calm, rules and vote: "${text}"`, () => {
        expect(voted(text).detected, text).to.equal(false);
      });
    });
    specifyFirstNumbers(assess, THANKS_BUT_DANGER);
  });

  describe('fiction named by its title', () => {
    specifyCalm(assess, FICTION_TITLES);
    specifyFirstNumbers(assess, [
      ['on regardait narcos et là maintenant ça tire dans la rue', '17'],
      ['mon voisin a un couteau, il a vu trop de breaking bad, il me menace', '17'],
    ]);
  });

  describe('a faint at a blood test, over', () => {
    specifyCalm(assess, FAINT_AT_CARE);
    specifyFirstNumbers(assess, [
      ['il a fait un malaise à la prise de sang et il respire mal', '15'],
      ['malaise au labo, elle est par terre et ne se réveille pas', '15'],
    ]);
  });

  describe('a theft told done in a foreign language', () => {
    const world = SmallModel.use();
    const voted = (text: string) =>
      withModelVote(assess(text), scoring(world.model, 1), normalize(text));
    FOREIGN_THEFT_DONE.forEach((text) => {
      it(`stays calm, rules and vote: "${text}"`, () => {
        expect(voted(text).detected, text).to.equal(false);
      });
    });
    FOREIGN_DANGER_NOW.forEach((text) => {
      it(`alarms: "${text}"`, () => expect(assess(text).detected, text).to.equal(true));
    });
  });

  describe('a help line asked for schoolwork', () => {
    specifyCalm(assess, SCHOOLWORK);
    specifyFirstNumbers(assess, SCHOOLWORK_DANGER);
  });
});
