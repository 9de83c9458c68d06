import {
  ActivityTypes, EventFactory, HandoffEventNames, type Activity, type Transcript, type TurnContext,
} from 'botbuilder';
import type { HandoffConversation, TranscriptEntry } from './model';
import { recorded } from './recorder';
import type { TranscriptStore } from './transcript';

/** Bot Framework handoff protocol: the states a contact centre reports back. */
export type HandoffStatusState = 'accepted' | 'failed' | 'completed';

const STATES: readonly HandoffStatusState[] = ['accepted', 'failed', 'completed'];

function isStatusState(value: unknown): value is HandoffStatusState {
  return STATES.some((state) => state === value);
}

export function isHandoffStatus(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && activity.name === HandoffEventNames.HandoffStatus;
}

/** The state of a handoff.status event, or undefined when its value is malformed. */
export function readStatus(activity: Partial<Activity>): HandoffStatusState | undefined {
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null || !('state' in value)) {
    return undefined;
  }
  const state: unknown = value.state;
  return isStatusState(state) ? state : undefined;
}

/** Our stored transcript as Bot Framework activities, for the handoff.initiate attachment. */
export function toTranscript(entries: TranscriptEntry[], conversationId: string): Transcript {
  const activities = entries.filter((entry) => entry.kind === 'message').map((entry) => {
    const role = entry.from === 'user' ? 'user' : 'bot';
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message, text: entry.text, timestamp: new Date(entry.at),
      from: { id: entry.from === 'agent' ? `agent:${entry.agentId ?? ''}` : role, name: role,
        role },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal',
        name: '' },
    };
    // a transcript carries only what was said; the Transcript type wants whole activities
    return activity as Activity;
  });
  return { activities };
}

export interface InitiationContext {
  reason: string;
  priority: string;
  topic?: string;
}

export function initiation(context: TurnContext, details: InitiationContext,
  transcript: Transcript): Activity {
  return EventFactory.createHandoffInitiation(context, details, transcript);
}

/** The handoff.initiate event for a contact centre, with the transcript so far. */
export async function sendInitiation(context: TurnContext, transcript: TranscriptStore,
  conversation: HandoffConversation): Promise<void> {
  await recorded(context);
  const entries = await transcript.list(conversation.id, false);
  await context.sendActivity(initiation(context, { reason: conversation.reason ?? '',
    priority: conversation.priority, topic: conversation.topic },
  toTranscript(entries, conversation.id)));
}
