/** Tunable limits of the handoff part; every field has a default (see DEFAULT_OPTIONS). */
export interface HandoffOptions {
  /** Above this estimated wait (minutes) the citizen is told honestly and offered a callback. */
  maxWaitMinutes: number;
  /** Estimate per queue position when no recent wait is known (minutes). */
  defaultWaitMinutes: number;
  /** Least minutes one place in the queue counts for, however fast the last were taken. */
  minWaitMinutesPerPosition: number;
  /** How many recent waits the estimate averages. */
  recentWaits: number;
  /** Conversations one agent may hold at once. */
  maxOpenPerAgent: number;
  /** Transcripts, conversations and audit entries are deleted after this many days. */
  retentionDays: number;
  /** Lines of the last messages shown per conversation in the inbox. */
  inboxLastMessages: number;
  /** A worse place in the queue is told at most once per this many minutes. */
  worsePositionMinutes: number;
  /** A better place in the queue is told at most once per this many minutes. */
  betterPositionMinutes: number;
  /** A citizen held by an offline agent is told after this many seconds (agentAway.ts). */
  agentAwayGraceSeconds: number;
  /**
   * Closing a conversation within this many minutes of an emergency flagged in it needs
   * the gendarme's explicit confirmation.
   */
  closeConfirmMinutes: number;
  /** Emit Bot Framework handoff.initiate events so that a contact centre could take over. */
  emitProtocolEvents: boolean;
}

export const DEFAULT_OPTIONS: HandoffOptions = {
  maxWaitMinutes: 20,
  defaultWaitMinutes: 4,
  minWaitMinutesPerPosition: 2,
  recentWaits: 20,
  maxOpenPerAgent: 3,
  retentionDays: 30,
  inboxLastMessages: 3,
  worsePositionMinutes: 5,
  betterPositionMinutes: 1,
  agentAwayGraceSeconds: 120,
  closeConfirmMinutes: 30,
  emitProtocolEvents: true,
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionDate(options: HandoffOptions, now: number): Date {
  return new Date(now + options.retentionDays * DAY_MS);
}

const ENV_NAMES: ReadonlyArray<[string, keyof HandoffOptions]> = [
  ['HANDOFF_MAX_WAIT_MINUTES', 'maxWaitMinutes'],
  ['HANDOFF_MAX_OPEN_PER_AGENT', 'maxOpenPerAgent'],
  ['HANDOFF_RETENTION_DAYS', 'retentionDays'],
  ['HANDOFF_CLOSE_CONFIRM_MINUTES', 'closeConfirmMinutes'],
];

/** The options an operator may set in the environment; unset ones keep their default. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): Partial<HandoffOptions> {
  const options: Partial<HandoffOptions> = {};
  for (const [name, key] of ENV_NAMES) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      continue;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`${name} must be a positive number, got "${raw}"`);
    }
    Object.assign(options, { [key]: value });
  }
  return options;
}

/** Merges overrides and rejects values that would make the queue misbehave. */
export function resolveOptions(overrides: Partial<HandoffOptions> = {}): HandoffOptions {
  const options = { ...DEFAULT_OPTIONS, ...overrides };
  const positive: Array<keyof HandoffOptions> = ['maxWaitMinutes', 'defaultWaitMinutes',
    'minWaitMinutesPerPosition', 'recentWaits', 'maxOpenPerAgent', 'retentionDays',
    'inboxLastMessages', 'worsePositionMinutes', 'betterPositionMinutes',
    'agentAwayGraceSeconds', 'closeConfirmMinutes'];
  for (const key of positive) {
    const value = options[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new Error(`handoff option ${key} must be a positive number, got ${String(value)}`);
    }
  }
  return options;
}
