import { DEFAULT_BOT_ACCOUNT } from '../../directline/adapter';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, activityId,
  type ConversationRecord, type LoggedActivity, type LoggedLine,
} from '../../directline/conversationLog';
import { citizenEnvelope } from '../../directline/endpoint';
import { openDatabase } from '../../storage';

export interface CrashedConversation {
  conversationId: string;
  userId: string;
  /** Ids of the messages the POST acknowledged, in order. */
  ids: string[];
}

/**
 * What a SIGKILL between a POST's 200 and the end of its turn leaves in DATA_DIR: the
 * citizen's messages in the Direct Line log, still marked as awaiting their turn, no reply.
 * `tries`: turns already started again for each of them by earlier starts that crashed.
 */
export async function leaveUnanswered(dataDir: string, texts: string[],
  conversationId = 'crashedConversation', tries = 0): Promise<CrashedConversation> {
  const database = await openDatabase({ dataDir });
  try {
    const activities = database.collection<LoggedActivity>(ACTIVITIES_SPEC);
    const log = new CollectionConversationLog(
      database.collection<ConversationRecord>(CONVERSATIONS_SPEC), activities);
    // a conversation a client opened before the crash keeps its citizen
    const userId = (await log.get(conversationId))?.userId ?? 'dl_citizen';
    if (!(await log.get(conversationId))) {
      await log.create(conversationId, userId);
      await log.markStarted(conversationId);
    }

    const ids: string[] = [];
    for (const text of texts) {
      const { activity, seq } = await log.append(conversationId, {
        type: 'message', text, ...citizenEnvelope(conversationId, userId, DEFAULT_BOT_ACCOUNT),
      }, { awaitsTurn: true });
      if (tries > 0) {
        await activities.update(activityId(conversationId, seq), { turnTries: tries });
      }
      ids.push(activity.id ?? '');
    }
    return { conversationId, userId, ids };
  } finally {
    await database.close();
  }
}

/** The conversation's log as the next start left it (the store must be closed). */
export async function loggedLines(dataDir: string, conversationId: string):
Promise<LoggedLine[]> {
  const database = await openDatabase({ dataDir });
  try {
    const log = new CollectionConversationLog(
      database.collection<ConversationRecord>(CONVERSATIONS_SPEC),
      database.collection<LoggedActivity>(ACTIVITIES_SPEC));
    return await log.lines(conversationId);
  } finally {
    await database.close();
  }
}
