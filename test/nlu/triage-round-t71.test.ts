import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';
import {
  BEING_HURT, BEING_HURT_CALM, BLOWS_ON_SOMEONE_DOWN, BLOWS_ON_SOMEONE_DOWN_CALM, BUMP_DANGER,
  BUMP_FLED_CALM, BUMP_HURT, FIRE_HYPE_CALM, REAL_FIRE, SHOT, SHOT_CALM, THREAT_LATER_CALM,
  THREAT_NOW,
} from './triage-round-t71-cases';
import { assessWithVote } from './triageWithVote';

/**
 * Round t71, from two fresh blind sets: someone shot was not detected, a fight with a man on
 * the ground got the 15 without the 17, "se fait étrangler" was not read; slang "le feu", a
 * threat for the new school year and a bump whose driver fled alarmed.
 */

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T71_EXAMPLES: Record<string, string[]> = {
  'net-shot-wound': ['mon cousin vient de se prendre une balle perdue'],
  'net-hunting-accident': ['accident de chasse un chasseur est blesse'],
  'net-blows-on-someone-down': ['un mec est au sol et trois gars le frappent encore'],
  'net-someone-down-under-blows': ['ils continuent de le frapper alors qu il bouge plus'],
  'net-being-hurt-passive': ['ma mere se fait etrangler'],
  'net-collision-hurt': ['je me suis fait rentrer dedans je suis blesse'],
};

const assess = assessWithVote;
const pairsWith = (texts: ReadonlyArray<readonly [string, string]>, number: string) =>
  texts.map(([text]) => [text, number] as const);

describe('triage, round t71', () => {
  describe('someone shot now: 15 first, 18 and 112 too; a price, a permit, a film: calm', () => {
    specifyFirstNumbers(assess, SHOT);
    specifyNumbersAmong(assess, pairsWith(SHOT, '18'));
    specifyCalm(assess, SHOT_CALM);
  });

  describe('blows on someone down: 17 first, 15 among; told after or a film: calm', () => {
    specifyFirstNumbers(assess, BLOWS_ON_SOMEONE_DOWN);
    specifyNumbersAmong(assess, pairsWith(BLOWS_ON_SOMEONE_DOWN, '15'));
    specifyCalm(assess, BLOWS_ON_SOMEONE_DOWN_CALM);
  });

  describe('"se fait étrangler / tabasser": 17 first; past, fiction, habit: calm', () => {
    specifyFirstNumbers(assess, BEING_HURT);
    specifyCalm(assess, BEING_HURT_CALM);
  });

  describe('slang "le feu" for great: calm; a real fire: 18', () => {
    specifyCalm(assess, FIRE_HYPE_CALM);
    specifyFirstNumbers(assess, REAL_FIRE);
  });

  describe('a threat for weeks ahead: calm; tonight or outside: 17', () => {
    specifyCalm(assess, THREAT_LATER_CALM);
    specifyFirstNumbers(assess, THREAT_NOW);
  });

  describe('a bump whose driver fled: calm; aimed, back or someone hurt: an alarm', () => {
    specifyCalm(assess, BUMP_FLED_CALM);
    specifyFirstNumbers(assess, BUMP_DANGER);
    specifyNumbersAmong(assess, BUMP_HURT);
  });
});
