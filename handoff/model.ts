import type { ConversationReference } from 'botbuilder';
import type { CollectionSpec, StoredDocument } from '../storage/types';
import type { HandoffPriority, HandoffReason } from './types';

/** Where a citizen's messages go: the bot's dialogs, the waiting queue, or a gendarme. */
export type HandoffState = 'bot' | 'queued' | 'agent';

/** One conversation as the handoff part sees it; the id is the Bot Framework conversation id. */
export interface HandoffConversation extends StoredDocument {
  state: HandoffState;
  priority: HandoffPriority;
  /** 0 for emergencies, 1 otherwise: the queue sorts on it, then on queuedAt. */
  priorityRank: number;
  reason?: HandoffReason;
  topic?: string;
  /** Emergency triage's situation ("suicide", "fire"...), "" when none or not an emergency. */
  situation?: string;
  /** Answers of a procedure the citizen filled in before asking for a gendarme. */
  collected?: Readonly<Record<string, string>>;
  /**
   * Rows added while handed over (the reference of a request filed meanwhile). Once there
   * is one, the `collected` answers may have been corrected before filing: the filed
   * record is what counts, and the console says so.
   */
  notes?: Readonly<Record<string, string>>;
  reference: Partial<ConversationReference>;
  /** Entry into the queue (ms since epoch); kept when typing or when priority rises. */
  queuedAt?: number;
  /** Agent in charge, or "" when none ("" keeps equality filters simple). */
  agentId: string;
  claimedAt?: number;
  watchers: string[];
  /** Last queue position told to the citizen, so that only changes are announced. */
  positionTold?: number;
  /** When the citizen was last told their place (ms since epoch), to throttle updates. */
  positionToldAt?: number;
  /** When a waiting citizen was last answered that a gendarme will reply (queuedReply.ts). */
  waitingRepliedAt?: number;
  /** The honest "no agent / long wait" notice was given for this stay in the queue. */
  fallbackTold?: boolean;
  /** An external contact centre took the conversation (Bot Framework handoff protocol). */
  external?: boolean;
  /** When an emergency was last flagged in this stay (ms since epoch), 0 when none. */
  emergencyAt?: number;
  /** When the citizen, soon after an emergency, was asked to confirm leaving the gendarme. */
  leaveAskedAt?: number;
  /** When the citizen, after a threat, said "fausse alerte" and was asked to confirm it. */
  falseAlarmAskedAt?: number;
  awaitingRating?: boolean;
  /** An answer with nothing readable got the rating question once more: not a third time. */
  ratingAskedAgain?: boolean;
  /**
   * A gendarme closed it: the assistant has not read the citizen since, and a form left
   * waiting asks its question again before reading the next message as its answer.
   */
  handedBack?: boolean;
  rating?: number;
  updatedAt: number;
  /** Retention: the store deletes the document after this date. */
  expiresAt: Date;
}

export type TranscriptAuthor = 'user' | 'bot' | 'agent' | 'system';
export type TranscriptKind = 'message' | 'note' | 'event';

export interface TranscriptEntry extends StoredDocument {
  conversationId: string;
  /** Order within the conversation (ms since epoch plus a counter, see transcript.ts). */
  seq: number;
  at: number;
  from: TranscriptAuthor;
  kind: TranscriptKind;
  /** Message or note text; for events, an event code such as "cancelled". */
  text: string;
  agentId?: string;
  expiresAt: Date;
}

export interface AuditEntry extends StoredDocument {
  at: Date;
  agentId: string;
  sessionId: string;
  action: string;
  conversationId?: string;
  /** Ids or codes only, never message text. */
  detail?: string;
  expiresAt: Date;
}

export const CONVERSATIONS: CollectionSpec = {
  name: 'handoff_conversations',
  indexes: [[{ field: 'state', direction: 1 }, { field: 'priorityRank', direction: 1 },
    { field: 'queuedAt', direction: 1 }], [{ field: 'agentId', direction: 1 }]],
  ttlField: 'expiresAt',
};

export const TRANSCRIPTS: CollectionSpec = {
  name: 'handoff_transcripts',
  indexes: [[{ field: 'conversationId', direction: 1 }, { field: 'seq', direction: 1 }]],
  ttlField: 'expiresAt',
};

export const AUDIT: CollectionSpec = {
  name: 'agent_audit',
  indexes: [[{ field: 'at', direction: -1 }]],
  ttlField: 'expiresAt',
};
