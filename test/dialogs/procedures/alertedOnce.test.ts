import { expect } from 'chai';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import type { Procedure } from '../../../dialogs/types';
import { harness } from '../../bots/harness';
import { ApiFixture } from '../../handoff/apiFixture';
import { content, newWorld } from '../preComplaint/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';

const PRIORITY = /transmise en priorité/g;

function preComplaint(): Procedure {
  const forms = newWorld();
  return createPreComplaintProcedure({ content, directory: fakeDirectory, store: forms.store,
    clock: () => forms.clock.now });
}

// t63 item 3: the dialog's alert and the queue's welcome both said "transmise en priorité"
describe('a gendarme alerted from a form is told so once (t63)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  const table: Array<{ name: string; procedure: () => Procedure; topic: string;
    turns: string[] }> = [
    { name: 'violence, not safe', procedure: () => violenceProcedure({ content }),
      topic: 'faq.domestic_violence', turns: ['mon mari me frappe', 'non'] },
    { name: 'pré-plainte, danger now', procedure: preComplaint,
      topic: 'procedure.pre_complaint', turns: ['je veux porter plainte', 'oui'] },
  ];
  for (const { name, procedure, topic, turns } of table) {
    it(`${name}: "transmise en priorité" once, with the numbers`, async () => {
      const bot = await harness({ realGate: fx.w.handoff.gate, procedures: [procedure()],
        known: [{ text: turns[0], topic, score: 0.95 }] });
      const replies: string[] = [];
      for (const said of turns) {
        replies.push(...await bot.texts(said));
      }

      const all = replies.join('\n');

      expect(all.match(PRIORITY) ?? []).to.have.length(1);
      expect(all).to.match(/appelez le 17 ou le 112/);
      expect(all).to.match(/Je préviens tout de suite un gendarme/);
    });
  }
});
