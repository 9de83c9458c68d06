import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { NET_FAMILIES, netSituations, withoutHypotheticals } from '../../nlu/triage-net';
import { NET_EXAMPLES } from './triage-net-examples';
import { SIGNS_EXAMPLES } from './triage-signs.test';
import { TOLD_EXAMPLES } from './triage-told.test';
import { GENERAL_EXAMPLES } from './triage-general.test';
import { T13_EXAMPLES } from './triage-families-t13.test';
import { M18_EXAMPLES } from './triage-families-m18.test';
import { ROUND21_EXAMPLES } from './triage-round21.test';
import { M19_EXAMPLES } from './triage-families-m19.test';
import { R20_EXAMPLES } from './triage-round20.test';
import { ROUND22_EXAMPLES } from './triage-round22.test';
import { ROUND23_EXAMPLES } from './triage-round23.test';
import { T28_EXAMPLES } from './triage-t28.test';
import { BLIND52_EXAMPLES } from './triage-blind52.test';
import { ROUND25_EXAMPLES } from './triage-round25.test';
import { T35_EXAMPLES } from './triage-t35.test';
import { T36_EXAMPLES } from './triage-t36.test';
import { T37_EXAMPLES } from './triage-t37.test';
import { T41_EXAMPLES } from './triage-t41.test';
import { T39_EXAMPLES } from './triage-t39.test';
import { PATROL_EXAMPLES } from './triage-back-after-patrol.test';
import { T44_EXAMPLES } from './triage-t44.test';
import { TAKEN_AWAY_EXAMPLES } from './triage-taken-away.test';
import { T42_EXAMPLES } from './triage-t42.test';
import { T46_EXAMPLES } from './triage-t46.test';
import { T47_EXAMPLES } from './triage-t47.test';
import { T50_EXAMPLES } from './triage-t50.test';
import { T51_EXAMPLES } from './triage-t51.test';
import { T53_EXAMPLES } from './triage-t53.test';
import { T54_EXAMPLES } from './triage-t54.test';
import { T55_EXAMPLES } from './triage-t55.test';
import { T59_EXAMPLES } from './triage-t59.test';
import { T60_EXAMPLES } from './triage-t60.test';
import { T61_EXAMPLES } from './triage-t61.test';
import { T65_EXAMPLES } from './triage-t65.test';
import { T64_EXAMPLES } from './triage-t64.test';
import { T67_EXAMPLES } from './triage-round-t67.test';
import { T69_EXAMPLES } from './triage-round-t69.test';
import { T70_EXAMPLES } from './triage-round-t70.test';
import { T71_EXAMPLES } from './triage-round-t71.test';
import { T73_EXAMPLES } from './triage-round-t73.test';
import { T80_EXAMPLES } from './triage-round-t80-cases';
import { T77_EXAMPLES } from './triage-round-t77.test';
import { T79_EXAMPLES } from './triage-round-t79.test';
import { T82_EXAMPLES } from './triage-round-t82-cases';
import { T85_EXAMPLES } from './triage-round-t85.test';
import { T87_EXAMPLES } from './triage-round-t87-cases';
import { T95_EXAMPLES } from './triage-round-t95-cases';
import { T91_EXAMPLES } from './triage-round-t91.test';
import { T92_EXAMPLES } from './triage-round-t92.test';
import { T96_EXAMPLES } from './triage-round-t96-cases';
import { T100_EXAMPLES } from './triage-round-t100-cases';
import { T102_EXAMPLES } from './triage-round-t102-cases';
import { T104_EXAMPLES } from './triage-round-t104-cases';

// the safety net's families, each with examples (how it reads around them:
// triage-net-reading.test.ts; the adversarial set's figures: triage-adversarial.test.ts)

describe('triage safety net', () => {
  const examples: Record<string, string[]> = {
    ...SIGNS_EXAMPLES, ...TOLD_EXAMPLES,
    ...GENERAL_EXAMPLES,
    ...T13_EXAMPLES, ...M18_EXAMPLES,
    ...ROUND21_EXAMPLES,
    ...M19_EXAMPLES,
    ...R20_EXAMPLES,
    ...ROUND22_EXAMPLES,
    ...ROUND23_EXAMPLES,
    ...T28_EXAMPLES,
    ...BLIND52_EXAMPLES,
    ...ROUND25_EXAMPLES,
    ...T35_EXAMPLES,
    ...T36_EXAMPLES,
    ...T37_EXAMPLES, ...T41_EXAMPLES, ...T39_EXAMPLES, ...PATROL_EXAMPLES, ...T44_EXAMPLES,
    ...TAKEN_AWAY_EXAMPLES, ...T42_EXAMPLES, ...T46_EXAMPLES, ...T47_EXAMPLES,
    ...T50_EXAMPLES, ...T51_EXAMPLES, ...T53_EXAMPLES, ...T54_EXAMPLES,
    ...T55_EXAMPLES, ...T59_EXAMPLES, ...T60_EXAMPLES, ...T61_EXAMPLES, ...T65_EXAMPLES,
    ...T64_EXAMPLES, ...T67_EXAMPLES, ...T69_EXAMPLES, ...T70_EXAMPLES, ...T71_EXAMPLES,
    ...T73_EXAMPLES, ...T77_EXAMPLES, ...T79_EXAMPLES, ...T80_EXAMPLES, ...T82_EXAMPLES,
    ...T85_EXAMPLES, ...T87_EXAMPLES, ...T95_EXAMPLES, ...T91_EXAMPLES, ...T92_EXAMPLES,
    ...T96_EXAMPLES, ...T100_EXAMPLES, ...T102_EXAMPLES, ...T104_EXAMPLES,
    ...NET_EXAMPLES,
  };

  it('has examples for every family', () => {
    expect(Object.keys(examples).sort()).to.deep.equal(NET_FAMILIES.map((f) => f.id).sort());
  });

  for (const family of NET_FAMILIES) {
    for (const text of examples[family.id] ?? []) {
      it(`${family.id}: "${text}" is ${family.situation}`, () => {
        const plain = withoutHypotheticals(normalize(text));

        expect(netSituations(plain, plain)).to.include(family.situation);
      });
    }
  }
});
