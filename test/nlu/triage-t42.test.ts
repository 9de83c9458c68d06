import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { silentForTheVote } from '../../nlu/triage-vote-calm';
import {
  CHILD_HIT_AMID_GAME, CHILD_HIT_AMID_GAME_CALM, HELD_BEATEN, HELD_BEATEN_CALM,
} from './triage-t42-cases';
import {
  AGAIN_UNNAMED, AGAIN_UNNAMED_CALM, ASKED_OR_GENERAL_CALM, CALM_BUT_DANGER, RELAYED_LIVE,
  RELAYED_LIVE_CALM,
} from './triage-t42-cases-more';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';

/**
 * Round t42: three misses left by earlier rounds (a child hit now with a game named, a
 * partner's blows with "je peux pas sortir" answered 114 first, an attempt planned again
 * without the word "tentative") and what the round's red team found (blows relayed while
 * the messages come in, a child shut in and hit, a case asked about that ended on its danger
 * word, a fear told in general, "envie de mourir de honte", a custody dispute).
 */
export const T42_EXAMPLES: Record<string, string[]> = {
  'net-kin-hits-child': ['mon copain frappe mon fils de 4 ans la'],
  'net-again-unnamed-soon': ['je pense a recommencer ce soir'],
  'net-again-unnamed-cued': ['je ai deja essaye en mars et ce soir je remets ca'],
  'net-again-this-time': ['cette fois je vais pas me rater'],
  'net-relayed-blows-live': ['ma cousine me texte en cachette son mari la frappe'],
};

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t42', () => {
  describe('a child hit now, a game or a show named as the reason: 17 first, 119 too', () => {
    specifyFirstNumbers(assess, CHILD_HIT_AMID_GAME);
    specifyNumbersAmong(assess, CHILD_HIT_AMID_GAME.map(([text]) => [text, '119']));
    specifyCalm(assess, CHILD_HIT_AMID_GAME_CALM);
  });

  describe('kept in and beaten: 17 first unless the voice is barred (114)', () => {
    specifyFirstNumbers(assess, HELD_BEATEN);
    specifyNumbersAmong(assess, HELD_BEATEN.map(([text]) => [text, '114']));
    specifyCalm(assess, HELD_BEATEN_CALM);
  });

  describe('an attempt planned again, the word "tentative" unsaid: 3114 first', () => {
    specifyFirstNumbers(assess, AGAIN_UNNAMED);
    specifyCalm(assess, AGAIN_UNNAMED_CALM);
  });

  describe('blows relayed while the messages come in, a child shut in and hit: 17', () => {
    specifyFirstNumbers(assess, RELAYED_LIVE);
    specifyCalm(assess, RELAYED_LIVE_CALM);
  });

  describe('a case asked about, a fear in general, dying of shame or laughter', () => {
    specifyCalm(assess, ASKED_OR_GENERAL_CALM);
    specifyFirstNumbers(assess, CALM_BUT_DANGER);
  });

  describe('the learned vote leaves a custody dispute and a worry in general to the FAQ', () => {
    const silent = [
      'mon ex veut la garde exclusive du petit, il a pris un avocat',
      'le pere de mon fils menace de saisir le juge aux affaires familiales',
      'mon ex ne paie plus la pension alimentaire et menace de demander la garde',
      'audience devant le jaf la semaine prochaine, mon ex veut un droit de visite elargi',
      "ma belle-mère dit qu'elle va demander la garde de mes enfants au tribunal",
      'generalement je me sens pas en securite dans le rer le soir',
      "j'ai peur en général de laisser ma fille prendre le bus seule",
    ];
    const kept = [
      'mon ex est parti avec le bebe et menace de le tuer, j ai la garde',
      'mon ex frappe mon fils pendant son droit de visite, il hurle',
      'en general ca va mais la un homme me suit depuis la gare',
      'mon ex a un couteau devant chez moi, il veut la garde du petit',
    ];
    silent.forEach((text) => {
      it(`leaves to the rules: "${text}"`, () => {
        expect(silentForTheVote(normalize(text)), text).to.equal(true);
      });
    });
    kept.forEach((text) => {
      it(`keeps the vote: "${text}"`, () => {
        expect(silentForTheVote(normalize(text)), text).to.equal(false);
      });
    });
  });
});
