import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

/**
 * Phonetic writers telling a past they want to complain about: "maintenan" (now "maintenant")
 * after "porté plainte" or "y a 2 an" dates the complaint or the time gone by, "quand jété
 * petit" is a childhood; a parked car hit by someone who left is no blow to a person. Each
 * beside the danger told now in the same spelling, which still alarms.
 */
const CALM: readonly string[] = [
  'kan jété petit mon beau pere me frapé je veu savoir si je peu porté plainte maintenan',
  'quand jetais petite mon oncle me tapait est ce que je peux porte plainte maintenant',
  'mon mari me frapé ya 2 an maintenan on é divorcé je peu encor porté plainte',
  'il ma frappé y a 3 mois maintenant je veux savoir si la plainte est possible',
  'kelkun a tapé ma voiture au parking et il é parti',
  'quelqu un a percute ma voiture sur le parking du super u et il est parti sans rien dire',
];

const ALARM: ReadonlyArray<readonly [string, string]> = [
  ['mon beau pere me frape la maintenan venez vite', '17'],
  ['mon mari me frape la maintenan aidé moi', '17'],
  ['il a tapé ma voiture et il me menace avec un couteau il est encore la', '17'],
];

describe('triage, phonetic past and a car hit in its absence', () => {
  let recognizer: Recognizer;
  before(async function loadModel() {
    this.timeout(120000);
    recognizer = await createRecognizer();
  });

  CALM.forEach((text) => {
    it(`stays calm: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      expect(emergency.detected, text).to.equal(false);
    });
  });

  ALARM.forEach(([text, first]) => {
    it(`alarms, ${first} first: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      expect(emergency.detected, text).to.equal(true);
      expect(emergency.numbers[0], text).to.equal(first);
    });
  });
});
