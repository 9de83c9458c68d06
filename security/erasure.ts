import { ACTIVITIES_SPEC, CONVERSATIONS_SPEC } from '../directline/conversationLog';
import type { ConversationRecord, LoggedActivity } from '../directline/conversationLog';
import { OTV_REQUESTS, normalizeOtvReference } from '../dialogs/procedures/otv/store';
import { HANDOFF_EVENTS } from '../handoff/eventsRelay';
import { AUDIT, CONVERSATIONS, TRANSCRIPTS } from '../handoff/model';
import type { HandoffConversation, TranscriptEntry } from '../handoff/model';
import { normalizeReference } from '../records/reference';
import { DEFAULT_UNANSWERED, UNANSWERED_TEXTS } from '../nlu/unanswered';
import { PRE_COMPLAINTS } from '../records/store';
import { BOT_STATE_COLLECTION } from '../storage/botStorage';
import { TRANSCRIPT_ACTIVITIES, TRANSCRIPT_CONVERSATIONS } from '../storage/transcriptStore';
import type { Collection, CollectionSpec, Database, StoredDocument } from '../storage/types';

/**
 * The right to erasure, for an operator: everything kept about one conversation (its
 * Direct Line log, bot state, handoff state and transcript, agents' audit lines, the
 * records filed in it), or about one reference (the record, and the conversations it was
 * filed in, which hold the same answers). Says what it deleted, collection by collection.
 */
export interface Erasure {
  /** Conversations erased. */
  conversations: string[];
  /** References (PP-…, OTV-…) erased. */
  references: string[];
  /** Documents deleted per collection. */
  deleted: Record<string, number>;
}

const REFERENCE_IN_TEXT = /\b(?:PP|OTV)-[A-Z0-9]{4}-[A-Z0-9]{4}\b/g;

/** Big logs are read page by page, so that a scan never holds a whole collection. */
const PAGE = 500;

type AnyDoc = StoredDocument & Record<string, unknown>;

/** Every collection erasure touches, with the spec its owner opens it with. */
export const ERASABLE: readonly CollectionSpec[] = [
  CONVERSATIONS_SPEC, ACTIVITIES_SPEC, CONVERSATIONS, TRANSCRIPTS, AUDIT,
  TRANSCRIPT_ACTIVITIES, TRANSCRIPT_CONVERSATIONS, PRE_COMPLAINTS, OTV_REQUESTS,
  { name: BOT_STATE_COLLECTION },
];

/** The store refuses a collection opened twice with different specs: use the owner's. */
function collectionOf(database: Database, name: string): Collection<AnyDoc> {
  return database.collection<AnyDoc>(ERASABLE.find((spec) => spec.name === name) ?? { name });
}

function referencesIn(text: string): string[] {
  return text.match(REFERENCE_IN_TEXT) ?? [];
}

/** PP-… and OTV-… as typed ("pp 7k4m q2xd"), in canonical form, or undefined. */
export function canonicalReference(text: string): string | undefined {
  return normalizeReference(text) ?? normalizeOtvReference(text);
}

class Eraser {
  readonly result: Erasure = { conversations: [], references: [], deleted: {} };

  constructor(private readonly database: Database) {}

  count(collection: string, deleted: number | boolean): void {
    const amount = typeof deleted === 'number' ? deleted : Number(deleted);
    this.result.deleted[collection] = (this.result.deleted[collection] ?? 0) + amount;
  }

  async conversation(conversationId: string): Promise<void> {
    if (this.result.conversations.includes(conversationId)) {
      return;
    }
    this.result.conversations.push(conversationId);
    const db = this.database;
    const record = await db.collection<ConversationRecord>(CONVERSATIONS_SPEC).get(conversationId);
    const handoff = await db.collection<HandoffConversation>(CONVERSATIONS).get(conversationId);
    const filed = await this.referencesOf(conversationId);

    await this.botState(conversationId, [
      ['directline', record?.userId], [handoff?.reference.channelId, handoff?.reference.user?.id],
    ]);
    this.count(CONVERSATIONS_SPEC.name,
      await db.collection(CONVERSATIONS_SPEC).delete(conversationId));
    this.count(ACTIVITIES_SPEC.name,
      await db.collection(ACTIVITIES_SPEC).deleteMany({ conversationId }));
    this.count(CONVERSATIONS.name, await db.collection(CONVERSATIONS).delete(conversationId));
    this.count(TRANSCRIPTS.name, await db.collection(TRANSCRIPTS).deleteMany({ conversationId }));
    this.count(AUDIT.name, await db.collection(AUDIT).deleteMany({ conversationId }));
    for (const name of [TRANSCRIPT_ACTIVITIES.name, TRANSCRIPT_CONVERSATIONS.name]) {
      this.count(name, await collectionOf(db, name).deleteMany({ conversationId }));
    }

    for (const reference of filed) {
      await this.reference(reference, false);
    }
  }

  async reference(reference: string, withConversations: boolean): Promise<void> {
    if (this.result.references.includes(reference)) {
      return;
    }
    this.result.references.push(reference);
    const spec = reference.startsWith('OTV-') ? OTV_REQUESTS : PRE_COMPLAINTS;
    this.count(spec.name, await this.database.collection(spec).delete(reference));
    if (withConversations) {
      for (const conversationId of await this.conversationsMentioning(reference)) {
        await this.conversation(conversationId);
      }
    }
  }

  /** References the bot gave in this conversation (its log and its transcript). */
  private async referencesOf(conversationId: string): Promise<string[]> {
    const db = this.database;
    const logged = await db.collection<LoggedActivity>(ACTIVITIES_SPEC).find({ conversationId });
    const said = await db.collection<TranscriptEntry>(TRANSCRIPTS).find({ conversationId });
    const texts = [...logged.map((entry) => entry.json), ...said.map((entry) => entry.text)];
    return [...new Set(texts.flatMap(referencesIn))];
  }

  /** A record does not name its conversation: the logs that quote the reference do. */
  private async conversationsMentioning(reference: string): Promise<string[]> {
    const found = new Set<string>();
    const scans: Array<[string, (doc: AnyDoc) => unknown]> = [
      [ACTIVITIES_SPEC.name, (doc) => doc.json], [TRANSCRIPTS.name, (doc) => doc.text],
    ];
    for (const [name, textOf] of scans) {
      const collection = collectionOf(this.database, name);
      for (let skip = 0; ; skip += PAGE) {
        const page = await collection.find({}, { sort: [{ field: 'id', direction: 1 }], skip,
          limit: PAGE });
        page.filter((doc) => String(textOf(doc)).includes(reference))
          .forEach((doc) => found.add(String(doc.conversationId)));
        if (page.length < PAGE) {
          break;
        }
      }
    }
    return [...found];
  }

  /** ConversationState and UserState keys, for each channel the conversation came by. */
  private async botState(conversationId: string,
    channels: Array<[string | undefined, string | undefined]>): Promise<void> {
    const state = collectionOf(this.database, BOT_STATE_COLLECTION);
    const keys = new Set<string>();
    for (const [channelId, userId] of channels) {
      if (channelId !== undefined) {
        keys.add(`${channelId}/conversations/${conversationId}/`);
        if (userId !== undefined) {
          keys.add(`${channelId}/users/${userId}/`);
        }
      }
    }
    for (const key of keys) {
      this.count(BOT_STATE_COLLECTION, await state.delete(key));
    }
  }
}

export async function eraseConversation(database: Database, conversationId: string):
Promise<Erasure> {
  const eraser = new Eraser(database);
  await eraser.conversation(conversationId);
  return eraser.result;
}

export async function eraseReference(database: Database, reference: string): Promise<Erasure> {
  const canonical = canonicalReference(reference);
  if (canonical === undefined) {
    throw new Error('a reference looks like PP-7K4M-Q2XD or OTV-7K4M-Q2XD');
  }
  const eraser = new Eraser(database);
  await eraser.reference(canonical, true);
  return eraser.result;
}

/**
 * What erasure cannot reach, said on every run so that an operator answering a citizen's
 * request does not promise more: these documents name no conversation, by design.
 */
export const NOT_REACHED: readonly string[] = [
  `${UNANSWERED_TEXTS.name}: carries no conversation id, by design (masked, normalised, `
    + `dated to the day, deleted after ${DEFAULT_UNANSWERED.retentionDays} days)`,
  `${HANDOFF_EVENTS.name}: relayed to other instances' consoles, deleted within 2 minutes`,
];

/** The operator's summary: what was erased, each collection's count, what is not reached. */
export function describeErasure(erasure: Erasure): string {
  const total = Object.values(erasure.deleted).reduce((sum, count) => sum + count, 0);
  const lines = [
    `conversations: ${erasure.conversations.join(', ') || 'none'}`,
    `references: ${erasure.references.join(', ') || 'none'}`,
    ...Object.entries(erasure.deleted).filter(([, count]) => count > 0)
      .map(([collection, count]) => `  ${collection}: ${count} deleted`),
    `total: ${total} documents deleted`,
    'not reached:',
    ...NOT_REACHED.map((line) => `  ${line}`),
  ];
  return lines.join('\n');
}
