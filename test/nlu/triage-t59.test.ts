import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  CHILD_OVERDUE, EXPOSURE_CALM, EXPOSURE_NOW, FAR_FIRE_CALM, FIRE_NEAR, KIN_ADVICE_CALM,
  KIN_BLOWS_NOW, OVERDUE_CALM, SCREEN_CALM, SCREEN_REAL,
} from './triage-t59-cases';

/**
 * Round t59 (two fresh blind sets), in our own words: a young child long overdue and unseen
 * (17); advice for a beaten relative, a known exhibitionist, a series scene and a far fire
 * stay calm, each beside the emergencies that must still alarm.
 */
export const T59_EXAMPLES: Record<string, string[]> = {
  'net-child-overdue': ['ma fille de 8 ans devait rentrer a 17h il est 20h personne la vue'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t59', () => {
  describe('a young child long past the hour due home: 17 first', () => {
    specifyFirstNumbers(assess, CHILD_OVERDUE.map(withFirst('17')));
    specifyCalm(assess, OVERDUE_CALM);
  });

  describe('how to help a relative beaten at home: calm unless blows now', () => {
    specifyCalm(assess, KIN_ADVICE_CALM);
    specifyFirstNumbers(assess, KIN_BLOWS_NOW.map(withFirst('17')));
  });

  describe('a known man exposing himself near children: calm unless now or a move on them', () => {
    specifyCalm(assess, EXPOSURE_CALM);
    specifyFirstNumbers(assess, EXPOSURE_NOW.map(withFirst('17')));
  });

  describe('a screen scene asked about as real life', () => {
    specifyCalm(assess, SCREEN_CALM);
    specifyFirstNumbers(assess, SCREEN_REAL.map(withFirst('17')));
  });

  describe('a far forest fire with no risk: calm unless it comes closer', () => {
    specifyCalm(assess, FAR_FIRE_CALM);
    specifyFirstNumbers(assess, FIRE_NEAR.map(withFirst('18')));
  });
});
