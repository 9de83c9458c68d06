import { Middleware, Storage, UserState } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Content } from '../content/renderer';
import type { HandoffGate } from '../handoff/types';
import type { Recognizer } from '../nlu/types';
import type { Procedure } from '../dialogs/types';
import { MainDialog } from '../dialogs/main/mainDialog';
import type { RouterMemory } from '../dialogs/main/routing';
import { componentLogger } from '../core/logger';
import type { UnansweredCounter } from '../dialogs/main/mainDialog';
import { AssistantBot } from './assistantBot';
import { LeanConversationState } from './leanState';
import { ExpiringStorage, StateExpiryOptions } from './stateExpiry';
import { EmergencyTally, TALLY_PERIOD_MS } from './emergencyTally';
import { turnLogger } from './turnLogger';

export interface AssistantDeps {
  /** Bot Framework storage for conversation and user state (Database.botStorage). */
  storage: Storage;
  recognizer: Recognizer;
  content: Content;
  gate: HandoffGate;
  /** Guided procedures the router can start, e.g. the pré-plainte. */
  procedures: Procedure[];
  /** Router tuning; defaults suit the NLP.js scores (0..1). */
  routing?: { minScore?: number; minClarifyScore?: number; maxNotUnderstood?: number };
  /** Per-day count of the messages no topic fitted, with masked texts. */
  unanswered?: UnansweredCounter;
  /**
   * State older than 30 days is forgotten and purged (every hour by default); without it,
   * state lives as long as the storage keeps it.
   */
  stateExpiry?: StateExpiryOptions & { purgeIntervalMs?: number };
  /** The time of turns (a form idle for FORM_IDLE_LIMIT_MS is closed); the system's clock. */
  clock?: () => Date;
  /**
   * A first message with no welcome before it (Messenger, Instagram: no conversationUpdate)
   * gets the welcome's emergency and privacy lines; true by default.
   */
  noticeOnFirstMessage?: boolean;
}

export interface Assistant {
  bot: ActivityHandler;
  /** To register on the adapter(s), in order, before the bot runs. */
  middleware: Middleware[];
  ready(): boolean;
  /** Stops the state purge timer and writes the emergency counts not yet written. */
  close(): void;
}

/** Templates the bot cannot work without: missing ones stop the start, not a chat. */
const REQUIRED_TEMPLATES = [
  'bot/welcome',
  'bot/firstMessageNotice',
  'bot/emergency',
  'bot/notSure',
  'bot/clarify',
  'bot/help',
  'bot/cancel',
  'bot/escalate',
  'bot/emergencyReminder',
  'faq/none',
  'faq/handoff.request',
  'emergency/numbers.other',
];

export async function createAssistant(deps: AssistantDeps): Promise<Assistant> {
  const missing = REQUIRED_TEMPLATES.filter((key) => !deps.content.has(key));
  if (missing.length > 0) {
    throw new Error(`content is missing templates: ${missing.join(', ')}`);
  }

  const expiry = deps.stateExpiry;
  const storage = expiry ? new ExpiringStorage(deps.storage, expiry) : deps.storage;
  const purging = storage instanceof ExpiringStorage
    ? startPurging(storage, expiry?.purgeIntervalMs ?? HOUR_MS) : undefined;
  const conversationState = new LeanConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new MainDialog({
    content: deps.content,
    memory: conversationState.createProperty<RouterMemory>('routerMemory'),
    procedures: deps.procedures,
    unanswered: deps.unanswered,
    ...deps.routing,
  });

  const tally = new EmergencyTally();
  const counting = setInterval(() => tally.flush(), TALLY_PERIOD_MS);
  counting.unref();
  const bot = new AssistantBot({
    tally,
    clock: deps.clock,
    noticeOnFirstMessage: deps.noticeOnFirstMessage ?? true,
    conversationState,
    userState,
    recognizer: deps.recognizer,
    content: deps.content,
    gate: deps.gate,
    dialog,
    filesDialogIds: new Set(deps.procedures.flatMap((procedure) =>
      procedure.acceptsFilesAt ?? [])),
    dangerDialogIds: new Set(deps.procedures.flatMap((procedure) =>
      procedure.dangerQuestionsAt ?? [])),
    procedureIds: new Set(deps.procedures.map((procedure) => procedure.dialog.id)),
    handover: (state) => deps.procedures.map((procedure) => procedure.handover?.(state))
      .find((details) => details !== undefined),
    answerKindAt: (state, now) => deps.procedures
      .map((procedure) => procedure.answerKindAt?.(state, now))
      .find((kind) => kind !== undefined),
  });
  return {
    bot, middleware: [turnLogger], ready: () => true,
    close: () => {
      clearInterval(counting);
      tally.flush();
      if (purging) {
        clearInterval(purging);
      }
    },
  };
}

const HOUR_MS = 60 * 60 * 1000;

const log = componentLogger('bots');

function startPurging(storage: ExpiringStorage, intervalMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    storage.purge().catch((error: unknown) => {
      log.error('state purge failed', { event: 'state.purge_failed',
        error: error instanceof Error ? error.name : 'unknown' });
    });
  }, intervalMs);
  timer.unref();
  return timer;
}

export { createPendingGate } from './pendingGate';
export { createKeywordRecognizer } from './keywordRecognizer';
