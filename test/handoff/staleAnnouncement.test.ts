import { expect } from 'chai';
import { QueueAnnouncer, type QueueStatus } from '../../handoff/announcer';
import { CitizenNotifier } from '../../handoff/citizen';
import type { HandoffConversation } from '../../handoff/model';
import { resolveOptions } from '../../handoff/options';
import { loadContent } from '../../content/renderer';
import { agent, world } from './harness';

const MINUTE = 60_000;

// tester13's F14: "Nouvelle position dans la file : 28" came with "Un gendarme a rejoint"
describe('handoff queue: no place in the queue told once a gendarme took the conversation',
  () => {
    it('stays silent when the conversation is claimed while its position is recorded',
      async () => {
        const { handoff, citizen, sender, clock } = world();
        handoff.presence.set('a1', 'online');
        handoff.presence.set('a2', 'online');
        await citizen('c1').say('gendarme');
        await citizen('c2').say('gendarme');
        clock.advance(10 * MINUTE);
        await handoff.service.claim(agent('a1'), 'c1');
        sender.sent.splice(0);

        // the claim of c2 lands right after its new position was recorded
        class ClaimedMeanwhile extends QueueAnnouncer {
          override async told(conversation: HandoffConversation, status: QueueStatus):
          Promise<boolean> {
            const done = await super.told(conversation, status);
            await handoff.queue.transition(conversation.id, { state: 'queued' },
              { state: 'agent', agentId: 'a2' });
            return done;
          }
        }
        const notifier = new CitizenNotifier(sender, loadContent());
        const announcer = new ClaimedMeanwhile(handoff.queue, handoff.presence, notifier,
          handoff.events, resolveOptions());
        await handoff.queue.transition('c2', { state: 'queued' },
          { positionTold: 2, positionToldAt: 0 });

        await announcer.refresh();

        expect(sender.texts('c2').join('\n')).not.to.match(/position/);
      });
  });
