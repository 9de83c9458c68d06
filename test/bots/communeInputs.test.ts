import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { loadPostcodeDirectory } from '../../geo/postcodes';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { ask, newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { content, harness, type Harness } from './harness';
import { PP_START, routed } from './formEntry';

const directory = loadPostcodeDirectory();

async function atCommune(recognizer: Recognizer): Promise<Harness> {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ realRecognizer: routed(recognizer), procedures: [procedure],
    clock: () => world.clock.now });
  for (const answer of [PP_START, ...upTo('commune').slice(1)]) {
    await bot.texts(answer);
  }
  return bot;
}

// t89's finding 4: what French people type for a commune, read with the real model and the
// real La Poste table
describe('commune answers at the pré-plainte (real recogniser and table)', function communes() {
  this.timeout(120_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const table: Array<[string, string]> = [
    // [typed at « Dans quelle commune ? », what comes next]
    ['12 rue Garibaldi, 69003 Lyon', ask('account')],
    ['8 avenue Foch 69006 Lyon', ask('account')],
    ['75000', content.render('prompts/errors.commune_pick_many', { count: 21 })],
    ['Paris 75000', content.render('prompts/errors.commune_pick_many', { count: 21 })],
    ['13000', content.render('prompts/errors.commune_pick_many', { count: 16 })],
    ['69000', content.render('prompts/errors.commune_pick')],
    ["c'était au 45 cours Gambetta 69003 Lyon", ask('account')],
    ['devant chez moi, 12 rue Paul Bert 69003 Lyon', ask('account')],
    ['appartement 12, 45 cours Gambetta 69003 Lyon', ask('account')],
    ['45 cours Gambetta 69003 Lyon 3e', ask('account')],
    ['45 cours Gambetta, 3e arrondissement, 69003 Lyon', ask('account')],
    ['Résidence les Tilleuls bât B 69003 Lyon', ask('account')],
    ['Gare de la Part-Dieu 69003 Lyon', ask('account')],
    ['Saint-Denis (93)', ask('place_details')],
  ];
  for (const [said, next] of table) {
    it(`"${said}" is understood`, async () => {
      const bot = await atCommune(recognizer);

      const replies = await bot.texts(said);

      expect(replies[replies.length - 1]).to.equal(next);
    });
  }

  it('"Saint-Denis (93)" picks the commune among those of the name', async () => {
    const bot = await atCommune(recognizer);
    await bot.texts('Saint-Denis');

    const replies = await bot.texts('Saint-Denis (93)');

    expect(replies[replies.length - 1]).to.equal(ask('place_details'));
  });
});
