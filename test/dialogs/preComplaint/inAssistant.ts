import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import type { PostcodeDirectory } from '../../../geo/types';
import { harness, Said } from '../../bots/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';
import { content, newWorld } from './harness';
import { upTo } from './script';

/**
 * The whole assistant in a pré-plainte begun with `start`, answered up to the question of
 * `field`: the world (its store), the bot, and that question as it was asked.
 */
export async function assistantAt(field: string, known: Said[], start: string,
  directory: PostcodeDirectory = fakeDirectory) {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ known, procedures: [procedure] });
  let asked: string[] = [];
  for (const answer of [start, ...upTo(field).slice(1)]) {
    asked = await bot.texts(answer);
  }
  return { world, bot, question: asked[asked.length - 1] };
}
