import type { Activity } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { ChangeEvent, Subscription } from '../storage/types';
import type { LoggedActivity } from './conversationLog';
import type { StreamHub } from './streamHub';

const log = componentLogger('directline');

/**
 * The store's change feed on the activities collection (`Database.subscribe`), as the
 * endpoint needs it: every activity stored by any instance.
 */
export type ActivityChanges = (
  onChange: (event: ChangeEvent<LoggedActivity>) => void,
  onError: (error: Error) => void,
) => Subscription;

/**
 * One subscription per instance, whatever the number of sockets: each stored activity
 * goes to the streams this instance holds for its conversation, and to no other. The hub
 * sends each once and in order, even when the local append already published it.
 */
export function feedStreams(hub: StreamHub, changes: ActivityChanges,
  onError: (error: Error) => void = () => undefined): Subscription {
  return changes((event) => {
    const doc = event.doc;
    if (doc === undefined || event.type === 'delete' || hub.count(doc.conversationId) === 0) {
      return;
    }
    let activity: Activity;
    try {
      activity = JSON.parse(doc.json) as Activity;
    } catch (error) {
      log.error('directline.feed_unreadable', { conversationId: doc.conversationId,
        seq: doc.seq, error: error instanceof Error ? error.name : typeof error });
      return;
    }
    hub.publish(doc.conversationId, activity, doc.seq);
  }, onError);
}
