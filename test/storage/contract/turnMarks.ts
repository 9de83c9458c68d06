import { expect } from 'chai';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity,
} from '../../../directline/conversationLog';
import { CollectionTurnMarks } from '../../../directline/turnMarks';
import type { StoreRef } from '../contract';

/** The Direct Line log's "turn done" marks rely on the engine's index and compare-and-set. */
export function turnMarksContract(ref: StoreRef): void {
  describe('Direct Line turn marks', () => {
    async function logWith(conversations: Record<string, string[]>) {
      const activities = ref.current.db.collection<LoggedActivity>(ACTIVITIES_SPEC);
      const log = new CollectionConversationLog(
        ref.current.db.collection<ConversationRecord>(CONVERSATIONS_SPEC), activities);
      for (const [conversationId, texts] of Object.entries(conversations)) {
        await log.create(conversationId, 'dl_user');
        for (const text of texts) {
          await log.append(conversationId, { type: 'message', text },
            { awaitsTurn: !text.startsWith('bot:') });
        }
      }
      return new CollectionTurnMarks(activities);
    }

    it('lists the activities awaiting their turn by conversation, in the log\'s order',
      async () => {
        const marks = await logWith({ b: ['b1', 'bot:r', 'b2'], a: ['a1'] });

        const awaiting = await marks.awaiting();

        expect(awaiting.map((turn) => [turn.conversationId, turn.seq, turn.activity.text]))
          .to.deep.equal([['a', 0, 'a1'], ['b', 0, 'b1'], ['b', 2, 'b2']]);
        expect(awaiting.every((turn) => turn.tries === 0)).to.equal(true);
      });

    it('drops a turn marked done from the list', async () => {
      const marks = await logWith({ a: ['a1', 'a2'] });

      await marks.done('a', 0);

      expect((await marks.awaiting()).map((turn) => turn.seq)).to.deep.equal([1]);
    });

    it('lets one claim of a try win, counts it, and refuses a turn done', async () => {
      const marks = await logWith({ a: ['a1', 'a2'] });
      const [first, second] = await marks.awaiting();

      const claims = await Promise.all([marks.claimTry(first), marks.claimTry(first)]);
      const again = await marks.claimTry({ ...first, tries: 1 });
      await marks.done('a', 1);
      const afterDone = await marks.claimTry(second);

      expect(claims.filter(Boolean)).to.have.length(1);
      expect(again).to.equal(true);
      expect((await marks.awaiting()).map((turn) => turn.tries)).to.deep.equal([2]);
      expect(afterDone).to.equal(false);
    });
  });
}
