import type { Activity } from 'botbuilder';
import type { Collection, CollectionSpec, StoredDocument } from '../storage/types';

/** One Direct Line conversation: who it belongs to and where its activity log stands. */
export interface ConversationRecord extends StoredDocument {
  userId: string;
  /** True once the bot was told the conversation started (it greets only once). */
  started: boolean;
  /** Sequence number the next activity will get; also the compare-and-set guard. */
  nextSeq: number;
  createdAt: Date;
  /** Retention: pushed back on each activity, so a conversation goes when it is idle. */
  expiresAt: Date;
}

/**
 * One activity of a conversation. The activity is kept as JSON text: user-chosen keys
 * (channelData, `$`-prefixed or dotted names) must never reach a database as field names.
 */
export interface LoggedActivity extends StoredDocument {
  conversationId: string;
  seq: number;
  json: string;
  createdAt: Date;
  /** Retention: what citizens wrote is deleted once this date has passed. */
  expiresAt: Date;
}

export interface AppendedActivity {
  activity: Activity;
  seq: number;
}

export interface ActivityPage {
  activities: Activity[];
  /** Sequence number of the last activity returned (or the watermark asked), -1 if none. */
  watermark: number;
}

/** What the Direct Line endpoint needs to remember; storage-agnostic. */
export interface ConversationLog {
  create(conversationId: string, userId: string): Promise<ConversationRecord>;
  get(conversationId: string): Promise<ConversationRecord | undefined>;
  /** True for the single caller that flips `started`; false for every later one. */
  markStarted(conversationId: string): Promise<boolean>;
  /** Stores the activity under id `<conversation>|<seq>` and returns it as stored. */
  append(conversationId: string, activity: Partial<Activity>): Promise<AppendedActivity>;
  /** Activities after the watermark (all of them when it is undefined), oldest first. */
  after(conversationId: string, watermark?: number): Promise<ActivityPage>;
}

/** Default retention of Direct Line conversations and their activities. */
export const DEFAULT_RETENTION_DAYS = 30;

const DAY_MS = 24 * 3600 * 1000;

export const CONVERSATIONS_SPEC: CollectionSpec = {
  name: 'directline_conversations', ttlField: 'expiresAt',
};

export const ACTIVITIES_SPEC: CollectionSpec = {
  name: 'directline_activities',
  ttlField: 'expiresAt',
  unique: [['conversationId', 'seq']],
  indexes: [[{ field: 'conversationId', direction: 1 }, { field: 'seq', direction: 1 }]],
};

/** Activity ids look like Azure's: the conversation id, a bar, a zero-padded sequence. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** A log kept in two storage collections; safe across processes thanks to compare-and-set. */
export class CollectionConversationLog implements ConversationLog {
  constructor(
    private readonly conversations: Collection<ConversationRecord>,
    private readonly activities: Collection<LoggedActivity>,
    private readonly now: () => Date = () => new Date(),
    private readonly retentionDays = DEFAULT_RETENTION_DAYS,
  ) {}

  private expiry(from: Date): Date {
    return new Date(from.getTime() + this.retentionDays * DAY_MS);
  }

  async create(conversationId: string, userId: string): Promise<ConversationRecord> {
    const createdAt = this.now();
    const record: ConversationRecord = {
      id: conversationId, userId, started: false, nextSeq: 0, createdAt,
      expiresAt: this.expiry(createdAt),
    };
    await this.conversations.insert(record);
    return record;
  }

  get(conversationId: string): Promise<ConversationRecord | undefined> {
    return this.conversations.get(conversationId);
  }

  async markStarted(conversationId: string): Promise<boolean> {
    const updated = await this.conversations.update(
      conversationId, { started: true }, { started: false });
    return updated !== undefined;
  }

  async append(conversationId: string, activity: Partial<Activity>): Promise<AppendedActivity> {
    const seq = await this.reserveSeq(conversationId);

    const createdAt = this.now();
    const stored = { ...activity, id: activityId(conversationId, seq), timestamp: createdAt };
    const json = JSON.stringify(stored);
    await this.activities.insert({
      id: stored.id, conversationId, seq, json, createdAt, expiresAt: this.expiry(createdAt),
    });

    return { activity: JSON.parse(json) as Activity, seq };
  }

  async after(conversationId: string, watermark?: number): Promise<ActivityPage> {
    const logged = await this.activities.find(
      { conversationId }, { sort: [{ field: 'seq', direction: 1 }] });

    const fresh = logged.filter((entry) => watermark === undefined || entry.seq > watermark);
    const last = fresh.length > 0 ? fresh[fresh.length - 1].seq : (watermark ?? -1);
    const activities = fresh.map((entry) => JSON.parse(entry.json) as Activity);
    return { activities, watermark: last };
  }

  private async reserveSeq(conversationId: string): Promise<number> {
    // compare-and-set loop: two writers (or two instances) never get the same number
    for (;;) {
      const record = await this.conversations.get(conversationId);
      if (!record) {
        throw new Error(`unknown conversation ${conversationId}`);
      }
      const taken = await this.conversations.update(conversationId,
        { nextSeq: record.nextSeq + 1, expiresAt: this.expiry(this.now()) },
        { nextSeq: record.nextSeq });
      if (taken) {
        return record.nextSeq;
      }
    }
  }
}
