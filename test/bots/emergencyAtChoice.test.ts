import { expect } from 'chai';
import { createKeywordRecognizer } from '../../bots/keywordRecognizer';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { ask, newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { content, harness, type Harness } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const NOT_FOR_VIOLENCE = content.render('preComplaint/orient/person');

/** The pré-plainte, with the real triage, answered up to the question of `field`. */
async function preComplaintAt(field: string): Promise<Harness> {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ realRecognizer: createKeywordRecognizer(),
    procedures: [procedure], clock: () => world.clock.now });
  for (const answer of [PP_START, ...upTo(field).slice(1)]) {
    await bot.texts(answer);
  }
  return bot;
}

describe('an emergency typed at a form\'s choice (t65)', () => {
  const cases: ReadonlyArray<{ field: string; says: string }> = [
    { field: 'kind', says: 'des violences il est revenu il est dans l entrée' },
    { field: 'kind', says: 'des violences, il est revenu, il est dans le hall' },
    { field: 'authorKnown', says: 'il m a tapé il revient il est devant la porte' },
  ];
  for (const { field, says } of cases) {
    it(`at ${field}, "${says}": the numbers and a priority handoff, no option picked`,
      async () => {
        const bot = await preComplaintAt(field);

        const replies = await bot.texts(says);

        expect(replies[0]).to.match(/^🚨/).and.match(/\*\*17\*\*/);
        expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
          priority: 'emergency' }]);
        expect(replies.join('\n')).not.to.include(NOT_FOR_VIOLENCE);
      });
  }

  it('the choice is still pending after the numbers', async () => {
    const bot = await preComplaintAt('kind');
    await bot.texts('des violences il est revenu il est dans l entrée');

    const next = await bot.texts('Un vol');

    expect(next[next.length - 1]).to.equal(ask('author_known'));
  });
});
