import type { TurnContext } from 'botbuilder';
import type { Understanding } from '../nlu/types';

/** Why a conversation goes to a human; shown to agents (labelled in content/fr/handoff/
 * console.json) and counted. 'false_alarm': an emergency the citizen stood down. */
export const HANDOFF_REASONS = ['user_request', 'emergency', 'not_understood', 'procedure',
  'negative_feedback', 'false_alarm'] as const;

export type HandoffReason = typeof HANDOFF_REASONS[number];

export type HandoffPriority = 'emergency' | 'normal';

/**
 * What the bot asks of the handoff part on each turn. The bot runs emergency triage first,
 * then `intercept`, and only then its dialogs.
 */
export interface HandoffGate {
  /**
   * True when the conversation is queued or with an agent: the message was relayed (or
   * handled, e.g. "annuler"/"retour au robot") and the bot's dialogs must not answer.
   */
  intercept(context: TurnContext, understanding: Understanding): Promise<boolean>;
  /**
   * Puts the conversation in the queue and tells the citizen their position. `details`
   * (optional) shows the agent the topic and what a procedure already collected.
   */
  request(context: TurnContext, reason: HandoffReason, priority: HandoffPriority,
    details?: HandoffDetails): Promise<void>;
  /**
   * Adds rows (label → value, as the agent reads them) to what a conversation already
   * queued or with an agent shows, e.g. the reference of a request finished while waiting.
   * Nothing for a conversation with the bot. Optional: gates without agents ignore it.
   */
  annotate?(context: TurnContext, rows: Readonly<Record<string, string>>): Promise<void>;
  /**
   * Who holds the conversation now: the bot, the queue, or a gendarme ('agent'). Optional:
   * gates without agents never have one.
   */
  holder?(context: TurnContext): Promise<'bot' | 'queued' | 'agent'>;
  /**
   * The citizen said the emergency was a false alarm ('told'), or confirmed it ('confirmed':
   * "je confirme"): a conversation queued as one goes back to normal priority. After a threat
   * by someone who may hold the phone, the first word is only asked to be confirmed (the
   * request stays first in the queue). Optional: gates without a queue ignore it.
   */
  standDown?(context: TurnContext, claim: FalseAlarmClaim): Promise<FalseAlarmOutcome>;
}

export type FalseAlarmClaim = 'told' | 'confirmed';

/**
 * 'asked': the citizen must confirm, still an emergency; 'stood_down': no longer one (or
 * nothing queued to lower); 'none': a confirmation with no question asked.
 */
export type FalseAlarmOutcome = 'asked' | 'stood_down' | 'none';

/** What the bot may add when it asks for a gendarme (shown to agents in the inbox). */
export interface HandoffDetails {
  /** A topic id of topics.json; defaults to the last topic the citizen talked about. */
  topic?: string;
  /** A procedure's answers (e.g. a pré-plainte), label → answer, as the agent reads them. */
  collected?: Readonly<Record<string, string>>;
  /** For an emergency: triage's situation (`Understanding.emergency.situation`, e.g.
   * "suicide"), shown to agents instead of whatever the citizen talked about before. */
  situation?: string;
}
