import { randomUUID } from 'crypto';
import type { Activity } from 'botbuilder';
import type { LoggedLine, LoggedMessages } from '../directline/conversationLog';
import { visibleText } from '../dialogs/prompts/visibleText';
import type { Collection } from '../storage/types';
import { HANDOFF_MARK } from './citizen';
import type { TranscriptAuthor, TranscriptEntry, TranscriptKind } from './model';
import { type HandoffOptions, retentionDate } from './options';
import type { HandoffEvents } from './events';

export interface NewEntry {
  from: TranscriptAuthor;
  kind: TranscriptKind;
  text: string;
  agentId?: string;
}

/** Who wrote an activity the handoff part sent ('agent', 'system'), if it did. */
export function handoffMarkOf(channelData: unknown): unknown {
  return typeof channelData === 'object' && channelData !== null
    ? Object.entries(channelData).find(([key]) => key === HANDOFF_MARK)?.[1] : undefined;
}

/**
 * A citizen's text as a gendarme reads it: a control, invisible or bidi character would show
 * nothing or turn the text around (a right-to-left override makes it read differently from
 * what was typed), as agent replies and form answers already lose them.
 */
function shownCitizenText(text: string): string {
  return visibleText(text);
}

/** The citizen's and the bot's messages: what a channel's log may keep instead of us. */
function isMessageCopy(entry: TranscriptEntry): boolean {
  return entry.kind === 'message' && (entry.from === 'user' || entry.from === 'bot');
}

/**
 * Every turn of a conversation (user, bot, agent), plus agents' notes and handoff events.
 * For conversations whose channel logs every message (our Direct Line), the citizen's and
 * the bot's messages are read from that log rather than stored a second time, and shown to
 * agents live as the log stores them: the same lines the recorder used to copy (the
 * citizen's messages, the bot's in a citizen's turn).
 */
export class TranscriptStore {
  private lastSeq = 0;

  constructor(
    private readonly entries: Collection<TranscriptEntry>,
    private readonly events: HandoffEvents,
    private readonly options: HandoffOptions,
    private readonly now: () => number,
    private readonly channel?: LoggedMessages,
  ) {
    // agents see a logged line as soon as its write is queued, before the bot's turn for
    // it (and whatever turn of the conversation runs before it), in the order of the log;
    // the rare line the disk then refuses is flagged to them under the same id
    channel?.follow({
      logged: (conversationId, line) => {
        const entry = this.fromLog(conversationId, line);
        if (entry !== undefined) {
          this.events.publish({ type: 'entry', conversationId, entry });
        }
      },
      unstored: (conversationId, line) => {
        const entry = this.fromLog(conversationId, line);
        if (entry !== undefined) {
          this.events.publish({ type: 'unstored', conversationId, entryId: entry.id });
        }
      },
    });
  }

  /** True when the channel's log already keeps this turn's messages: no copy is stored. */
  keepsMessagesOf(activity: Partial<Activity>): boolean {
    return this.channel?.keeps(activity) === true;
  }

  async append(conversationId: string, entry: NewEntry): Promise<TranscriptEntry> {
    const stored = this.entry(conversationId, entry.from === 'user'
      ? { ...entry, text: shownCitizenText(entry.text) } : entry, randomUUID());
    if (entry.from !== 'user') {
      await this.entries.insert(stored);
      this.events.publish({ type: 'entry', conversationId, entry: stored });
      return stored;
    }

    // the channel stored the citizen's message before acknowledging it: the agent sees it
    // without waiting for this copy's disk write (and whatever shares its fsync)
    const written = this.entries.insert(stored);
    this.events.publish({ type: 'entry', conversationId, entry: stored });
    await written;
    return stored;
  }

  /** The whole transcript, oldest first; notes only when asked (agents, never citizens). */
  async list(conversationId: string, withNotes: boolean): Promise<TranscriptEntry[]> {
    const [stored, logged] = await Promise.all([
      this.entries.find({ conversationId }, { sort: [{ field: 'seq', direction: 1 }] }),
      this.logged(conversationId),
    ]);
    // copies stored by earlier versions would show every message twice
    const all = logged.length === 0 ? stored
      : [...stored.filter((entry) => !isMessageCopy(entry)), ...logged]
        .sort((a, b) => a.seq - b.seq);
    return withNotes ? all : all.filter((entry) => entry.kind !== 'note');
  }

  /** The last messages of one author (no notes, no events), oldest first, for the inbox. */
  async lastMessages(conversationId: string, count: number, from: TranscriptAuthor):
  Promise<TranscriptEntry[]> {
    const logged = from === 'user' || from === 'bot' ? await this.logged(conversationId) : [];
    if (logged.length > 0) {
      const mine = logged.filter((entry) => entry.from === from);
      return count > 0 ? mine.slice(-count) : mine;
    }
    const recent = await this.entries.find({ conversationId, kind: 'message', from },
      { sort: [{ field: 'seq', direction: -1 }], limit: count });
    return recent.reverse();
  }

  private entry(conversationId: string, entry: NewEntry, id: string): TranscriptEntry {
    const at = this.now();

    // strictly increasing even within one millisecond, so that order never depends on ids
    this.lastSeq = Math.max(this.lastSeq + 1, at * 1000);
    return {
      id,
      conversationId,
      seq: this.lastSeq,
      at,
      ...entry,
      expiresAt: retentionDate(this.options, at),
    };
  }

  private async logged(conversationId: string): Promise<TranscriptEntry[]> {
    if (this.channel === undefined) {
      return [];
    }
    const lines = await this.channel.lines(conversationId);
    return lines.flatMap((line) => this.fromLog(conversationId, line) ?? []);
  }

  /** A logged activity as the recorder would have copied it, if it would have. */
  private fromLog(conversationId: string, line: LoggedLine): TranscriptEntry | undefined {
    const { activity } = line;
    const citizen = activity.from?.role === 'user';
    const raw = activity.text;
    const text = citizen && typeof raw === 'string' ? shownCitizenText(raw) : raw;
    if (activity.type !== 'message' || typeof text !== 'string' || text.trim() === '') {
      return undefined;
    }
    // agents' replies are stored as theirs; notices sent outside a turn were never copied
    const bot = !citizen && !line.proactive && handoffMarkOf(activity.channelData) !== 'agent';
    if (!citizen && !bot) {
      return undefined;
    }
    const at = new Date(activity.timestamp ?? 0).getTime();
    return {
      id: activity.id ?? '',
      conversationId,
      // the log's order within one millisecond
      seq: at * 1000 + (line.seq % 1000),
      at,
      from: citizen ? 'user' : 'bot',
      kind: 'message',
      text,
      expiresAt: retentionDate(this.options, at),
    };
  }
}
