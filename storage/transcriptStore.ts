import type {
  Activity, PagedResult, TranscriptInfo, TranscriptStore,
} from 'botbuilder';
import { DuplicateKeyError } from './types';
import type { Collection, CollectionSpec, Database, StoredDocument } from './types';

export interface TranscriptActivityDocument extends StoredDocument {
  channelId: string;
  conversationId: string;
  timestamp: Date;
  /** Orders activities logged in the same millisecond. */
  seq: number;
  expiresAt: Date;
  /** The activity as JSON text: its own field names never reach the store's query layer. */
  activity: string;
}

export interface TranscriptConversationDocument extends StoredDocument {
  channelId: string;
  conversationId: string;
  created: Date;
  expiresAt: Date;
}

export const TRANSCRIPT_ACTIVITIES: CollectionSpec = {
  name: 'transcript_activities',
  indexes: [[{ field: 'conversationId', direction: 1 }, { field: 'timestamp', direction: 1 }]],
  ttlField: 'expiresAt',
};

export const TRANSCRIPT_CONVERSATIONS: CollectionSpec = {
  name: 'transcript_conversations',
  indexes: [[{ field: 'channelId', direction: 1 }, { field: 'created', direction: 1 }]],
  ttlField: 'expiresAt',
};

export interface TranscriptOptions {
  /** How long a conversation's transcript is kept after its last activity. */
  retentionMs: number;
  pageSize?: number;
  now?: () => number;
}

function conversationKey(channelId: string, conversationId: string): string {
  return `${encodeURIComponent(channelId)}|${encodeURIComponent(conversationId)}`;
}

function parseToken(token: string | undefined): number {
  if (token === undefined || token === '') {
    return 0;
  }
  if (!/^\d{1,9}$/.test(token)) {
    throw new TypeError('invalid transcript continuation token');
  }
  return Number(token);
}

function revive(text: string): Activity {
  const activity = JSON.parse(text);
  for (const field of ['timestamp', 'localTimestamp']) {
    if (typeof activity[field] === 'string') {
      activity[field] = new Date(activity[field]);
    }
  }
  return activity;
}

/** Bot Framework transcripts on the storage contract, deleted after the retention period. */
export class CollectionTranscriptStore implements TranscriptStore {
  private seq = 0;
  private readonly now: () => number;
  private readonly pageSize: number;

  constructor(private readonly activities: Collection<TranscriptActivityDocument>,
    private readonly conversations: Collection<TranscriptConversationDocument>,
    private readonly options: TranscriptOptions) {
    if (!Number.isFinite(options.retentionMs) || options.retentionMs <= 0) {
      throw new RangeError('transcript retentionMs must be a positive number');
    }
    this.now = options.now ?? (() => Date.now());
    this.pageSize = options.pageSize ?? 20;
  }

  static open(db: Database, options: TranscriptOptions): CollectionTranscriptStore {
    return new CollectionTranscriptStore(
      db.collection<TranscriptActivityDocument>(TRANSCRIPT_ACTIVITIES),
      db.collection<TranscriptConversationDocument>(TRANSCRIPT_CONVERSATIONS), options);
  }

  async logActivity(activity: Activity): Promise<void> {
    const channelId = activity?.channelId;
    const conversationId = activity?.conversation?.id;
    if (typeof channelId !== 'string' || channelId === ''
      || typeof conversationId !== 'string' || conversationId === '') {
      throw new TypeError('a transcript activity needs a channelId and a conversation id');
    }
    const stamp = activity.timestamp === undefined ? NaN : new Date(activity.timestamp).getTime();
    const timestamp = new Date(Number.isNaN(stamp) ? this.now() : stamp);
    const expiresAt = new Date(this.now() + this.options.retentionMs);
    this.seq += 1;

    await this.activities.insert({
      id: `${conversationKey(channelId, conversationId)}|${timestamp.getTime()}|${this.seq}`
        + `|${Math.random().toString(36).slice(2)}`,
      channelId, conversationId, timestamp, seq: this.seq, expiresAt,
      activity: JSON.stringify(activity),
    });
    await this.touchConversation(channelId, conversationId, timestamp, expiresAt);
  }

  async getTranscriptActivities(channelId: string, conversationId: string,
    continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    const offset = parseToken(continuationToken);
    const docs = await this.activities.find({ channelId, conversationId }, {
      sort: [{ field: 'timestamp', direction: 1 }, { field: 'seq', direction: 1 }],
    });
    const from = startDate?.getTime() ?? -Infinity;
    const kept = docs.filter((doc) => doc.timestamp.getTime() >= from);
    const page = kept.slice(offset, offset + this.pageSize);
    const more = offset + this.pageSize < kept.length;
    return {
      items: page.map((doc) => revive(doc.activity)),
      continuationToken: more ? String(offset + this.pageSize) : '',
    };
  }

  async listTranscripts(channelId: string,
    continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const offset = parseToken(continuationToken);
    const docs = await this.conversations.find({ channelId }, {
      sort: [{ field: 'created', direction: 1 }], skip: offset, limit: this.pageSize + 1,
    });
    const page = docs.slice(0, this.pageSize);
    return {
      items: page.map((doc) => ({ channelId, id: doc.conversationId, created: doc.created })),
      continuationToken: docs.length > this.pageSize ? String(offset + this.pageSize) : '',
    };
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    await this.activities.deleteMany({ channelId, conversationId });
    await this.conversations.delete(conversationKey(channelId, conversationId));
  }

  /** The conversation is kept as long as its newest activity. */
  private async touchConversation(channelId: string, conversationId: string,
    created: Date, expiresAt: Date): Promise<void> {
    const id = conversationKey(channelId, conversationId);
    if ((await this.conversations.update(id, { expiresAt })) !== undefined) {
      return;
    }
    try {
      await this.conversations.insert({ id, channelId, conversationId, created, expiresAt });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) {
        throw error;
      }
      await this.conversations.update(id, { expiresAt });
    }
  }
}
