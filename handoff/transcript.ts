import { randomUUID } from 'crypto';
import type { Collection } from '../storage/types';
import type { TranscriptAuthor, TranscriptEntry, TranscriptKind } from './model';
import { type HandoffOptions, retentionDate } from './options';
import type { HandoffEvents } from './events';

export interface NewEntry {
  from: TranscriptAuthor;
  kind: TranscriptKind;
  text: string;
  agentId?: string;
}

/** Every turn of a conversation (user, bot, agent), plus agents' notes and handoff events. */
export class TranscriptStore {
  private lastSeq = 0;

  constructor(
    private readonly entries: Collection<TranscriptEntry>,
    private readonly events: HandoffEvents,
    private readonly options: HandoffOptions,
    private readonly now: () => number,
  ) {}

  async append(conversationId: string, entry: NewEntry): Promise<TranscriptEntry> {
    const at = this.now();

    // strictly increasing even within one millisecond, so that order never depends on ids
    this.lastSeq = Math.max(this.lastSeq + 1, at * 1000);
    const stored: TranscriptEntry = {
      id: randomUUID(),
      conversationId,
      seq: this.lastSeq,
      at,
      ...entry,
      expiresAt: retentionDate(this.options, at),
    };
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
    const all = await this.entries.find({ conversationId },
      { sort: [{ field: 'seq', direction: 1 }] });
    return withNotes ? all : all.filter((entry) => entry.kind !== 'note');
  }

  /** The last messages of one author (no notes, no events), oldest first, for the inbox. */
  async lastMessages(conversationId: string, count: number, from: TranscriptAuthor):
  Promise<TranscriptEntry[]> {
    const recent = await this.entries.find({ conversationId, kind: 'message', from },
      { sort: [{ field: 'seq', direction: -1 }], limit: count });
    return recent.reverse();
  }
}
