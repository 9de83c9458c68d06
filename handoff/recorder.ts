import {
  ActivityEventNames, ActivityTypes, type Activity, type Middleware, type TurnContext,
} from 'botbuilder';
import { componentLogger } from '../core/logger';
import { visibleText } from '../dialogs/prompts/visibleText';
import { handoffMarkOf, type TranscriptStore } from './transcript';

const log = componentLogger('handoff.transcript');

const RECORDING = Symbol('handoff.recording');

/** The transcript writes of one turn; `deferred` when the middleware waits for them. */
interface Recording {
  deferred: boolean;
  pending: Array<Promise<void>>;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

function isProactive(context: TurnContext): boolean {
  const activity = context.activity;
  return activity.type === ActivityTypes.Event
    && activity.name === ActivityEventNames.ContinueConversation;
}

function isCitizenMessage(activity: Partial<Activity>): activity is Partial<Activity> & {
  text: string;
} {
  // only invisible characters would be a blank line in the gendarme's transcript
  return activity.type === ActivityTypes.Message && typeof activity.text === 'string'
    && visibleText(activity.text).trim() !== '';
}

/**
 * Starts storing the citizen's message and every bot reply of this turn in the transcript,
 * once per turn whoever calls it first (the middleware, or the gate when no middleware
 * runs). Deferred, the writes run beside the turn instead of before each next step.
 */
function startRecording(context: TurnContext, transcript: TranscriptStore,
  deferred: boolean): Recording | undefined {
  if (context.turnState.get(RECORDING) !== undefined || isProactive(context)) {
    return undefined;
  }
  const recording: Recording = { deferred, pending: [] };
  context.turnState.set(RECORDING, recording);
  if (transcript.keepsMessagesOf(context.activity)) {
    // the channel's log is the transcript, and shows its lines to agents as it stores them
    return recording;
  }
  const conversationId = context.activity.conversation.id;

  context.onSendActivities(async (_context, activities, next) => {
    const responses = await next();
    for (const sent of activities) {
      const fromBot = handoffMarkOf(sent.channelData) !== 'agent';
      if (sent.type === ActivityTypes.Message && sent.text && fromBot) {
        const written = transcript.append(conversationId,
          { from: 'bot', kind: 'message', text: sent.text })
          .then(() => undefined, (error: unknown) => {
            log.warn('bot turn not recorded', { conversationId, error: errorName(error) });
          });
        recording.pending.push(written);
        if (!recording.deferred) {
          await written;
        }
      }
    }
    return responses;
  });

  const { activity } = context;
  if (isCitizenMessage(activity)) {
    // a store failure must never keep the bot from answering (an emergency above all)
    recording.pending.push(transcript.append(conversationId,
      { from: 'user', kind: 'message', text: activity.text })
      .then(() => undefined, (error: unknown) => {
        log.warn('citizen turn not recorded', { conversationId, error: errorName(error) });
      }));
  }
  return recording;
}

/** Records the turn (see startRecording) and waits until the citizen's message is stored. */
export async function recordTurn(context: TurnContext, transcript: TranscriptStore):
Promise<void> {
  const recording = startRecording(context, transcript, false);
  await Promise.all(recording?.pending ?? []);
}

/**
 * Work the turn must finish before it ends, which the bot need not wait for now: with the
 * middleware recording the turn, it runs beside the bot and the turn ends once it is done;
 * without it, it is awaited here.
 */
export async function besideTurn(context: TurnContext, work: Promise<unknown>): Promise<void> {
  const recording: Recording | undefined = context.turnState.get(RECORDING);
  if (recording?.deferred === true) {
    recording.pending.push(work.then(() => undefined));
    return;
  }
  await work;
}

/** Waits for the transcript writes this turn started so far (before reading the transcript). */
export async function recorded(context: TurnContext): Promise<void> {
  const recording: Recording | undefined = context.turnState.get(RECORDING);
  await Promise.all(recording?.pending ?? []);
}

/**
 * Adapter middleware: records the whole conversation, including turns answered before the
 * bot reaches the gate (emergency triage). Install it with adapter.use(...). The writes do
 * not hold the bot back (the citizen's message is already stored by the channel), but the
 * turn ends only once they are done, so the next turn of the conversation finds them.
 */
export function transcriptMiddleware(transcript: TranscriptStore): Middleware {
  return {
    async onTurn(context, next) {
      const recording = startRecording(context, transcript, true);
      try {
        await next();
      } finally {
        // appends are added while sending: read the list once every send is over
        await Promise.all(recording?.pending ?? []);
      }
    },
  };
}
