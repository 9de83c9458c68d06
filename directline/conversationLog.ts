import type { Activity } from 'botbuilder';
import { DuplicateKeyError } from '../storage/types';
import type { Collection, CollectionSpec, StoredDocument } from '../storage/types';

/** One Direct Line conversation: who it belongs to and where its activity log stands. */
export interface ConversationRecord extends StoredDocument {
  userId: string;
  /** True once the bot was told the conversation started (it greets only once). */
  started: boolean;
  /**
   * Written by earlier versions, which reserved each sequence number here; now only read,
   * so that numbers stay above those of a log they left (gaps, never reuse).
   */
  nextSeq?: number;
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
  /** Sent by the bot outside of a citizen's turn (queue news, agent replies). */
  proactive?: boolean;
  /**
   * A citizen's activity whose bot turn has not ended yet: set with the activity itself, so
   * an acknowledged message always has it, and removed by the turn's end (turnMarks.ts).
   */
  awaitingTurn?: boolean;
  /** Turns started again for it after a restart (turnRecovery.ts), bounded. */
  turnTries?: number;
  createdAt: Date;
  /** Retention: what citizens wrote is deleted once this date has passed. */
  expiresAt: Date;
}

/** One logged activity as the handoff transcript reads it. */
export interface LoggedLine {
  activity: Activity;
  seq: number;
  proactive: boolean;
}

/** Told of each activity of the log, in the log's order (agents' consoles). */
export interface LogListener {
  /**
   * An activity the log accepted: as soon as its write is queued, before it is durable
   * (with a store that cannot tell, once it is stored), before the bot's turn for it.
   */
  logged(conversationId: string, line: LoggedLine): void;
  /** A line told to `logged` that the log then failed to store: it is not in the log. */
  unstored(conversationId: string, line: LoggedLine): void;
}

/**
 * Conversations whose every message is logged here (our Direct Line ones): the handoff
 * transcript reads their citizen's and bot's messages from the log instead of a copy.
 */
export interface LoggedMessages {
  /** True when the activity's conversation is one of this log's. */
  keeps(activity: Partial<Activity>): boolean;
  lines(conversationId: string): Promise<LoggedLine[]>;
  follow(listener: LogListener): void;
}

export interface AppendedActivity {
  activity: Activity;
  seq: number;
}

/** How an activity is appended (`ConversationLog.append`). */
export interface AppendOptions {
  /** Sent by the bot outside of a citizen's turn. */
  proactive?: boolean;
  /** A citizen's activity the bot must answer: kept marked until its turn ends. */
  awaitsTurn?: boolean;
  /**
   * Hears of the activity as the store queues its write, before it is durable (not with
   * every store; once per try: a number found taken meanwhile is tried again under the
   * next one).
   */
  onAccepted?: (appended: AppendedActivity) => void;
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
  append(conversationId: string, activity: Partial<Activity>, options?: AppendOptions):
  Promise<AppendedActivity>;
  /** Activities after the watermark (all of them when it is undefined), oldest first. */
  after(conversationId: string, watermark?: number): Promise<ActivityPage>;
  /** Every activity of the conversation, oldest first, with how it was sent. */
  lines(conversationId: string): Promise<LoggedLine[]>;
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
  indexes: [
    [{ field: 'conversationId', direction: 1 }, { field: 'seq', direction: 1 }],
    // read on start only, but then among every activity of the retention period
    [{ field: 'awaitingTurn', direction: 1 }],
  ],
};

/** Activity ids look like Azure's: the conversation id, a bar, a zero-padded sequence. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** What this process believes of a conversation: cheap to be wrong about, never unsafe. */
interface Known {
  nextSeq: number;
  expiresAt: number;
}

/** Conversations remembered at once; a forgotten one costs two reads on its next append. */
const KNOWN_LIMIT = 50_000;

/** The conversation's retention is pushed back at most once a day, not on every activity. */
const EXPIRY_SLACK_MS = DAY_MS;

/** Appends that lose the race for a number that many times in a row give up. */
const MAX_SEQ_TRIES = 100;

/**
 * A log kept in two storage collections, safe across processes: a sequence number is
 * taken by inserting the activity itself under the unique (conversationId, seq) index, so
 * an append is one write. A number found taken (another instance was faster) is learnt
 * again from the log and the insert retried.
 */
export class CollectionConversationLog implements ConversationLog {
  private readonly known = new Map<string, Known>();

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
      id: conversationId, userId, started: false, createdAt,
      expiresAt: this.expiry(createdAt),
    };
    await this.conversations.insert(record);
    this.remember(conversationId, { nextSeq: 0, expiresAt: record.expiresAt.getTime() });
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

  async append(conversationId: string, activity: Partial<Activity>,
    options: AppendOptions = {}): Promise<AppendedActivity> {
    const { proactive = false, awaitsTurn = false, onAccepted } = options;
    let seq = (this.known.get(conversationId) ?? await this.learn(conversationId)).nextSeq;

    for (let tries = 1; ; tries += 1) {
      const createdAt = this.now();
      const stored = { ...activity, id: activityId(conversationId, seq), timestamp: createdAt };
      const json = JSON.stringify(stored);
      // the activity as a reader of the log gets it (dates as text), shown before it is durable
      const appended: AppendedActivity = { activity: JSON.parse(json) as Activity, seq };
      try {
        await this.activities.insert({
          id: stored.id, conversationId, seq, json, ...(proactive ? { proactive } : {}),
          ...(awaitsTurn ? { awaitingTurn: true } : {}),
          createdAt, expiresAt: this.expiry(createdAt),
        }, { onAccepted: () => onAccepted?.(appended) });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || tries >= MAX_SEQ_TRIES) {
          throw error;
        }
        seq = Math.max(seq + 1, (await this.learn(conversationId)).nextSeq);
        continue;
      }

      await this.advance(conversationId, seq, createdAt);
      return appended;
    }
  }

  async after(conversationId: string, watermark?: number): Promise<ActivityPage> {
    const logged = await this.activities.find(
      { conversationId }, { sort: [{ field: 'seq', direction: 1 }] });

    const fresh = logged.filter((entry) => watermark === undefined || entry.seq > watermark);
    const last = fresh.length > 0 ? fresh[fresh.length - 1].seq : (watermark ?? -1);
    const activities = fresh.map((entry) => JSON.parse(entry.json) as Activity);
    return { activities, watermark: last };
  }

  async lines(conversationId: string): Promise<LoggedLine[]> {
    const logged = await this.activities.find(
      { conversationId }, { sort: [{ field: 'seq', direction: 1 }] });
    return logged.map((entry) => ({ activity: JSON.parse(entry.json) as Activity,
      seq: entry.seq, proactive: entry.proactive === true }));
  }

  /** Reads where the conversation stands: its record, and the last number in its log. */
  private async learn(conversationId: string): Promise<Known> {
    const record = await this.conversations.get(conversationId);
    if (!record) {
      throw new Error(`unknown conversation ${conversationId}`);
    }
    const [last] = await this.activities.find({ conversationId },
      { sort: [{ field: 'seq', direction: -1 }], limit: 1 });
    const known: Known = {
      nextSeq: Math.max(record.nextSeq ?? 0, last === undefined ? 0 : last.seq + 1),
      expiresAt: new Date(record.expiresAt).getTime(),
    };
    this.remember(conversationId, known);
    return known;
  }

  /** After an append: the next number, and the conversation kept as long as its log. */
  private async advance(conversationId: string, seq: number, at: Date): Promise<void> {
    const known = this.known.get(conversationId) ?? { nextSeq: 0, expiresAt: 0 };
    known.nextSeq = Math.max(known.nextSeq, seq + 1);
    this.remember(conversationId, known);

    const wanted = this.expiry(at).getTime();
    if (known.expiresAt < wanted - EXPIRY_SLACK_MS) {
      known.expiresAt = wanted;
      await this.conversations.update(conversationId, { expiresAt: new Date(wanted) });
    }
  }

  private remember(conversationId: string, known: Known): void {
    this.known.delete(conversationId);
    this.known.set(conversationId, known);
    if (this.known.size > KNOWN_LIMIT) {
      // Maps iterate in insertion order: the first key is the least recently used
      const oldest = this.known.keys().next();
      if (oldest.done !== true) {
        this.known.delete(oldest.value);
      }
    }
  }
}
