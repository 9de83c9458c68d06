import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  BURGLAR_CALM, BURGLAR_INSIDE, CALMED_BUT_REAL, CARER_CALM, CURFEW_CALM, FRAIL_CALM,
  FRAIL_OFFENDER, GAME_CALM, LETTERS_CALM, LETTERS_TONIGHT, PARTNER_BARE, PARTNER_CALM,
  RUNAWAY_CALM, RUNAWAY_CARE, SWIMMER_CALM, SWIMMER_LOST, THIEF_CALM, THIEF_COMING,
} from './triage-round-t73-cases';

/**
 * Round t73, a fresh tester's misses: dangers told at the end of a past story (a burglar
 * still inside, a thief coming back at the writer), an old person with the offender still
 * there, farewell letters for everyone tonight, a runaway child without insulin, a swimmer
 * lost from sight, a partner's blows told bare; and three false alarms (a curfew, a game's
 * trash talk, a nurse's job) calmed beside the real danger that still alarms.
 */

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T73_EXAMPLES: Record<string, string[]> = {
  'net-burglar-still-inside': ['on est rentres la porte etait ouverte le voleur est encore dedans'],
  'net-frail-offender-there': ['mamie est seule un faux plombier est chez elle'],
  'net-letters-for-all-tonight': ['je ai ecrit des lettres pour tout le monde ce soir ce est fini'],
  'net-thief-coming-at-me': ['hier on me a vole mon sac la le voleur me fonce dessus'],
  'net-runaway-without-care': ['ma fille de 15 ans a fugue elle est diabetique'],
  'net-swimmer-lost-at-sea': ['ma femme est partie nager je la vois plus'],
  'net-swimmer-lost-inland': ['mon fils se est baigne dans le lac il est pas remonte'],
  'net-partner-blows-bare': ['mon mari me frappe'],
};

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t73', () => {
  describe('a burglar still inside, told at the end of an evening\'s story: 17', () => {
    specifyFirstNumbers(assess, BURGLAR_INSIDE);
    specifyCalm(assess, BURGLAR_CALM);
  });

  describe('an old person alone with the offender still there: 17; told as over: calm', () => {
    specifyFirstNumbers(assess, FRAIL_OFFENDER);
    specifyCalm(assess, FRAIL_CALM);
  });

  describe('letters for everyone and tonight it ends: 3114; a break-up, a job: calm', () => {
    specifyFirstNumbers(assess, LETTERS_TONIGHT);
    specifyCalm(assess, LETTERS_CALM);
  });

  describe('yesterday\'s thief coming at the writer now: 17; seen on a video: calm', () => {
    specifyFirstNumbers(assess, THIEF_COMING);
    specifyCalm(assess, THIEF_CALM);
  });

  describe('a runaway child without insulin or treatment: 17 first, 15 among', () => {
    specifyFirstNumbers(assess, RUNAWAY_CARE);
    RUNAWAY_CARE.forEach(([text]) => {
      it(`names the 15 too: "${text}"`, () => expect(assess(text).numbers).to.include('15'));
    });
    specifyCalm(assess, RUNAWAY_CALM);
  });

  describe('a swimmer lost from sight: 196 at the sea or unnamed, 18 on a lake, a river', () => {
    specifyFirstNumbers(assess, SWIMMER_LOST);
    specifyCalm(assess, SWIMMER_CALM);
  });

  describe('a partner\'s blows told bare in the present: 17; habit or past: calm', () => {
    specifyFirstNumbers(assess, PARTNER_BARE);
    specifyCalm(assess, PARTNER_CALM);
  });

  describe('a curfew, a game\'s trash talk, a carer\'s job: calm; the real danger alarms', () => {
    specifyCalm(assess, CURFEW_CALM);
    specifyCalm(assess, GAME_CALM);
    specifyCalm(assess, CARER_CALM);
    specifyFirstNumbers(assess, CALMED_BUT_REAL);
  });
});
