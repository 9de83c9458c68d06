import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  ALED_CALM, ALED_REAL, BREAKING_CALM, BREAKING_NOW, CAR_FIRE, CRASH_CALM, CRASH_REAL,
  DEAF_FIRE, DEAF_INTRUSION, DEATH_REAL, FIGHT_NOW, GAS_NOW, GAS_SIGNS_CALM, HYPERBOLE_CALM,
  LIGHTS_CALM, PLEA_CALM, PLEA_SMS, QUIET_AGAIN_CALM,
} from './triage-t51-cases';

/**
 * Round t51 (two fresh blind sets), in our own words: a deaf writer with a stranger breaking
 * in now (114 first), the bare plea to come in phonetic spelling (17); and false alarms: how
 * to tell a gas leak, yesterday's fight quiet again, a car's light, one's death as a
 * mishap's figure, a harmless crash told afterwards, "aled" said of the bot.
 */
export const T51_EXAMPLES: Record<string, string[]> = {
  'net-breaking-now': ['quelqu un casse les vitres de ma maison'],
  'net-plea-sms': ['vener vite svp'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t51', () => {
  describe('a deaf writer, a stranger breaking in now: 114, then 17', () => {
    specifyFirstNumbers(assess, DEAF_INTRUSION.map(withFirst('114')));
    specifyNumbersAmong(assess, DEAF_INTRUSION.map(withFirst('17')));
    specifyFirstNumbers(assess, BREAKING_NOW.map(withFirst('17')));
    specifyFirstNumbers(assess, DEAF_FIRE.map(withFirst('114')));
    specifyNumbersAmong(assess, DEAF_FIRE.map(withFirst('18')));
    specifyCalm(assess, BREAKING_CALM);
  });

  describe('the bare plea to come quickly, phonetic spelling: 17 first', () => {
    specifyFirstNumbers(assess, PLEA_SMS.map(withFirst('17')));
    specifyCalm(assess, PLEA_CALM);
  });

  describe('how to tell a gas leak, asked ahead: calm; a smell now alarms', () => {
    specifyCalm(assess, GAS_SIGNS_CALM);
    specifyFirstNumbers(assess, GAS_NOW.map(withFirst('18')));
  });

  describe('yesterday\'s fight quiet again: calm; a fight now alarms', () => {
    specifyCalm(assess, QUIET_AGAIN_CALM);
    specifyFirstNumbers(assess, FIGHT_NOW.map(withFirst('17')));
  });

  describe('a vehicle\'s light is no fire; a vehicle on fire is', () => {
    specifyCalm(assess, LIGHTS_CALM);
    specifyFirstNumbers(assess, CAR_FIRE.map(withFirst('18')));
  });

  describe('one\'s death as a mishap\'s figure: calm; despair and pain alarm', () => {
    specifyCalm(assess, HYPERBOLE_CALM);
    specifyFirstNumbers(assess, DEATH_REAL);
  });

  describe('a harmless crash told afterwards: calm; a wound or a drunk driver now alarms', () => {
    specifyCalm(assess, CRASH_CALM);
    specifyFirstNumbers(assess, CRASH_REAL);
  });

  describe('"aled" said of the bot: calm; with a danger named it alarms', () => {
    specifyCalm(assess, ALED_CALM);
    specifyFirstNumbers(assess, ALED_REAL.map(withFirst('17')));
  });
});
