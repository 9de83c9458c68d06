import { expect } from 'chai';
import { normalize } from '../../../nlu/normalize';
import type { PreComplaintRecord } from '../../../records/types';
import type { Said } from '../../bots/harness';
import type { World } from './harness';
import { assistantAt } from './inAssistant';
import { answers, START, upTo } from './script';

const KNOWN: Said[] = [{ text: START.answer, normalized: normalize(START.answer),
  topic: 'procedure.pre_complaint', score: 0.99 }];

/** The answers after the first name, up to the recap (not included). */
const toRecap = answers().slice(upTo('firstName').length + 1, upTo('review').length);
const toEnd = answers().slice(upTo('review').length);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

describe('pré-plainte (whole assistant): a full name typed at « nom de famille » (F2)', () => {
  const cases: Array<[string, string, string, string]> = [
    // last name typed, first name typed, last name kept, identity in the recap
    ['Jean Dupont', 'Jean', 'Dupont', 'Jean Dupont'],
    ['jean dupont', 'Jean', 'dupont', 'Jean dupont'],
    ['Dupont Jean', 'Jean', 'Dupont', 'Jean Dupont'],
    ['Jean-Pierre Le Guen', 'Jean-Pierre', 'Le Guen', 'Jean-Pierre Le Guen'],
    ['Anne Marie Durand', 'Anne Marie', 'Durand', 'Anne Marie Durand'],
    ['Martin', 'Martin', 'Martin', 'Martin Martin'],
    ['Le Guen', 'Camille', 'Le Guen', 'Camille Le Guen'],
    ['Jean Dupont', 'Jeanne', 'Jean Dupont', 'Jeanne Jean Dupont'],
  ];
  cases.forEach(([lastName, firstName, kept, identity]) => {
    it(`"${lastName}" then "${firstName}": the last name is "${kept}", the recap ` +
      `says "${identity}"`, async () => {
      const { world, bot } = await assistantAt('lastName', KNOWN, START.answer);
      await bot.texts(lastName);
      await bot.texts(firstName);
      let recap: string[] = [];
      for (const answer of toRecap) {
        recap = await bot.texts(answer);
      }
      for (const answer of toEnd) {
        await bot.texts(answer);
      }

      expect(recap.join('\n')).to.include(`${identity}, né(e)`);
      expect(stored(world)?.content.person.lastName).to.equal(kept);
      expect(stored(world)?.content.person.firstName).to.equal(firstName);
    });
  });
});
