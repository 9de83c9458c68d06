import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { harness, type Harness, type Said } from '../bots/harness';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { content, newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import type { ApiFixture } from './apiFixture';
import { KNOWN, START } from './formScene';

/** The whole assistant with the real handoff part, in a pré-plainte at « Racontez… ». */
export async function atAccount(fx: ApiFixture, more: readonly Said[] = []):
  Promise<{ bot: Harness; question: string }> {
  const forms = newWorld();
  const bot = await harness({ known: [...KNOWN, ...more], realGate: fx.w.handoff.gate,
    procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
      store: forms.store, clock: () => forms.clock.now })] });
  let asked: string[] = [];
  for (const answer of [START, ...upTo('account').slice(1)]) {
    asked = await bot.texts(answer);
  }
  return { bot, question: asked[asked.length - 1] };
}
