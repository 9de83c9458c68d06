import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

/**
 * Round t61: a long story whose subject is said at its head ("ma mère a Alzheimer") and
 * whose danger comes after the 1,000th character ("on ne la trouve pas, la nuit tombe"):
 * the later window, read alone, no longer knows who is missing.
 */
const HEAD =
  'Bonjour, je vous écris parce que ma mère a la maladie d\'Alzheimer depuis trois ans. ';

const DAILY = 'Elle vit avec nous depuis que mon père est décédé. Au début ça allait, elle ' +
  'faisait encore la cuisine et allait au marché le samedi avec la voisine. Puis elle a ' +
  'commencé à oublier les prénoms, à ranger les clés dans le frigo. On a mis en place une ' +
  'aide à domicile le matin et une infirmière passe le soir. Ma soeur vient le mercredi. ';

const STORY = `${HEAD}${DAILY.repeat(3)}`;

const MISSING: readonly string[] = [
  `${STORY}Cet après-midi en rentrant la porte était ouverte et elle n'était plus là. On a ` +
    'fait tout le quartier. On ne la trouve pas, la nuit tombe et il fait très froid.',
  `${STORY}en rentrant la porte etait ouverte elle est partie il y a deux heures en ` +
    'pantoufles on a fait tout le quartier on la trouve toujours pas il fait nuit',
];

const CALM: readonly string[] = [
  `${STORY}Cet après-midi la porte était ouverte et elle n'était plus là. On a fait tout le ` +
    'quartier et finalement on l\'a retrouvée chez la voisine, tout va bien.',
  `${STORY}Je voudrais savoir comment demander une tutelle ou une curatelle pour elle.`,
];

describe('a long story of a relative with dementia, missing at its end (t61)', function spec() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const text of MISSING) {
    it(`alarms, 17 first, after ${text.length} characters: "…${text.slice(-60)}"`, async () => {
      const result = await recognizer.understand(text);

      expect(text.length).to.be.above(1_000);
      expect(result.emergency.detected).to.equal(true);
      expect(result.emergency.numbers[0]).to.equal('17');
    });
  }

  for (const text of CALM) {
    it(`stays calm: "…${text.slice(-60)}"`, async () => {
      const result = await recognizer.understand(text);

      expect(result.emergency.detected).to.equal(false);
    });
  }
});
