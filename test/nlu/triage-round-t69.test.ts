import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  FIRST_AID_CALM, FIRST_AID_REAL, LEFT_OUT_CALM, LEFT_OUT_NOW, OLD_ASSAULT_CALM,
  OLD_ASSAULT_NOW, PARTNER_BLOW_CALM, PARTNER_BLOW_NOW, SCAM_CALM, SCAM_REAL,
} from './triage-round-t69-cases';

/**
 * Round t69: a partner who has just shoved or hit, still there, told beside a past episode
 * or a court order; and calm look-alikes that alarmed (a scam using a relative who is safe,
 * an assault months ago never filed, neighbours' children left out and underfed, a
 * first-aid course revised), each beside the danger that must alarm.
 */
export const T69_EXAMPLES: Record<string, string[]> = {
  'net-partner-blow-now': ['mon ex a bu il vient de me pousser contre le mur'],
  'net-partner-raging-here': ['il est encore la il hurle il me a poussee contre le mur'],
  'net-partner-blows-now': ['mon mari a bu la il me frappe'],
};

/** A table row: this message alarms with this number first. */
const withFirst = (number: string) => (text: string): readonly [string, string] => [text, number];

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t69', () => {
  describe('a partner who has just hit, still there, past told beside: 17 first', () => {
    specifyFirstNumbers(assess, PARTNER_BLOW_NOW.map(withFirst('17')));
    specifyFirstNumbers(assess, Object.values(T69_EXAMPLES).flat().map(withFirst('17')));
    specifyCalm(assess, PARTNER_BLOW_CALM);
  });

  describe('a scam using a relative who is safe: calm; a real accident still alarms', () => {
    specifyCalm(assess, SCAM_CALM);
    specifyNumbersAmong(assess, SCAM_REAL.map(withFirst('17')).slice(1));
    specifyNumbersAmong(assess, SCAM_REAL.map(withFirst('15')).slice(0, 1));
  });

  describe('an assault months ago never filed: calm; the attacker back still alarms', () => {
    specifyCalm(assess, OLD_ASSAULT_CALM);
    specifyFirstNumbers(assess, OLD_ASSAULT_NOW.map(withFirst('17')));
  });

  describe('children left out late and underfed: calm; tonight in the cold alarms', () => {
    specifyCalm(assess, LEFT_OUT_CALM);
    specifyNumbersAmong(assess, LEFT_OUT_NOW.map(withFirst('119')));
  });

  describe('a first-aid course revised: calm; someone bleeding now alarms, 15 among', () => {
    specifyCalm(assess, FIRST_AID_CALM);
    specifyNumbersAmong(assess, FIRST_AID_REAL.map(withFirst('15')));
  });
});
