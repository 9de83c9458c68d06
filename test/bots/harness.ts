import { MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity, Storage, TurnContext } from 'botbuilder';
import { createAssistant } from '../../bots';
import type { Assistant } from '../../bots';
import { loadContent } from '../../content/renderer';
import type { Procedure } from '../../dialogs/types';
import { markEmergencyWaiting } from '../../handoff/emergencyWaiting';
import type {
  FalseAlarmClaim, FalseAlarmOutcome, HandoffDetails, HandoffGate, HandoffPriority, HandoffReason,
} from '../../handoff/types';
import type { UnansweredCounter } from '../../dialogs/main/mainDialog';
import type { Recognizer, Understanding } from '../../nlu/types';

/** The real French content: tests check that each answer is the template meant for it. */
export const content = loadContent();

/** An answer that did not understand the citizen, as sent: it ends with the numbers. */
export function withEmergencyReminder(text: string): string {
  return `${text}\n\n${content.render('bot/emergencyReminder')}`;
}

export type Said = Partial<Understanding> & { text: string };

/** A recogniser that knows only the sentences of a test; anything else is "none". */
export class FakeRecognizer implements Recognizer {
  readonly calls: string[] = [];

  constructor(private readonly known: readonly Said[] = []) {}

  /** Texts on which the recogniser breaks, like a model that failed to load. */
  readonly failOn = new Set<string>();

  async understand(text: string): Promise<Understanding> {
    this.calls.push(text);
    if (this.failOn.has(text)) {
      throw new Error('model not loaded');
    }
    const said = this.known.find((entry) => entry.text === text);
    return {
      normalized: text.toLowerCase(),
      topic: 'none',
      score: 0.1,
      alternatives: [],
      ambiguous: false,
      emergency: { detected: false, numbers: [] },
      ...said,
      text,
    };
  }
}

export interface GateCall {
  reason: HandoffReason;
  priority: HandoffPriority;
}

/** Records requests; intercepts only while `intercepting` is set, like a queued conversation. */
export class FakeGate implements HandoffGate {
  readonly requests: GateCall[] = [];
  /** The details of each request, in the same order. */
  readonly details: Array<HandoffDetails | undefined> = [];
  readonly intercepted: string[] = [];
  intercepting = false;
  /** Like a conversation queued as an emergency: the bot answers, the turn is marked. */
  emergencyWaiting = false;
  /** How many times the bot stood an emergency down (a false alarm). */
  standDowns = 0;

  async intercept(context: TurnContext, understanding: Understanding): Promise<boolean> {
    this.intercepted.push(`${context.activity.type}:${understanding.text}`);
    if (this.emergencyWaiting) {
      markEmergencyWaiting(context);
    }
    return this.intercepting;
  }

  /** "fausse alerte" stands down at once; "je confirme" confirms nothing (no question). */
  async standDown(_context: TurnContext, claim: FalseAlarmClaim): Promise<FalseAlarmOutcome> {
    if (claim === 'confirmed') {
      return 'none';
    }
    this.standDowns += 1;
    return 'stood_down';
  }

  async request(context: TurnContext, reason: HandoffReason, priority: HandoffPriority,
    details?: HandoffDetails) {
    this.requests.push({ reason, priority });
    this.details.push(details);
    await context.sendActivity('[gate] un gendarme va répondre');
  }
}

export interface Harness {
  assistant: Assistant;
  adapter: TestAdapter;
  recognizer: FakeRecognizer;
  gate: FakeGate;
  storage: Storage;
  /** Sends a message (or an activity) and returns every reply of that turn, in order. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Same, keeping only the texts. */
  texts(input: string | Partial<Activity>): Promise<string[]>;
}

export interface HarnessOptions {
  known?: readonly Said[];
  procedures?: Procedure[];
  storage?: Storage;
  /** A real recogniser instead of the fake one (whose calls are then not recorded). */
  realRecognizer?: Recognizer;
  unanswered?: UnansweredCounter;
  /** A real handoff gate instead of the fake one (whose requests are then not recorded). */
  realGate?: HandoffGate;
  /** The time the bot reads at each turn; the system's clock by default. */
  clock?: () => Date;
  /** The notice on a first message with no welcome; off, so specs read answers alone. */
  noticeOnFirstMessage?: boolean;
}

export async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const recognizer = new FakeRecognizer(options.known);
  const gate = new FakeGate();
  const storage = options.storage ?? new MemoryStorage();
  const assistant = await createAssistant({
    storage,
    recognizer: options.realRecognizer ?? recognizer,
    content,
    gate: options.realGate ?? gate,
    procedures: options.procedures ?? [],
    unanswered: options.unanswered,
    clock: options.clock,
    noticeOnFirstMessage: options.noticeOnFirstMessage ?? false,
  });
  const adapter = new TestAdapter(async (context) => assistant.bot.run(context));
  assistant.middleware.forEach((middleware) => adapter.use(middleware));

  const say = async (input: string | Partial<Activity>) => {
    await adapter.receiveActivity(input);
    return adapter.activeQueue.splice(0);
  };
  const texts = async (input: string | Partial<Activity>) =>
    (await say(input)).map((activity) => activity.text ?? '');
  return { assistant, adapter, recognizer, gate, storage, say, texts };
}

/** The labels of the suggested actions of a reply. */
export function buttons(activity: Partial<Activity> | undefined): string[] {
  return (activity?.suggestedActions?.actions ?? []).map((action) => action.title);
}
