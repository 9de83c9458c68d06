import type { Activity } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { AwaitingTurn, TurnMarks } from './turnMarks';

const log = componentLogger('directline');

/** Tries of one activity's turn, across restarts, before a gendarme is given it instead. */
export const DEFAULT_REPLAY_ATTEMPTS = 3;

/** Conversations replayed at once: each one's own turns always run one after the other. */
const CONVERSATIONS_AT_ONCE = 4;

export interface RecoveryDeps {
  marks: TurnMarks;
  /** Runs the activity's turn again as a live one; true when it ended without error. */
  replay(activity: Activity, retryLeft: boolean): Promise<boolean>;
  /** Hands the conversation to a gendarme when its activity could not be run. */
  giveUp(activity: Activity): Promise<void>;
  maxAttempts?: number;
}

export interface RecoveryReport {
  conversations: number;
  replayed: number;
  failed: number;
  givenUp: number;
}

/**
 * On start, the citizens' activities the log acknowledged but whose turn a crash (kill,
 * power loss) cut off run through the bot again: per conversation, in the log's order and
 * before any new activity of that conversation (`before`), so that a form gets its answers
 * in order and an emergency its triage. Each try is counted in the store before it runs,
 * so an activity whose turn kills the process is not run forever: after `maxAttempts` the
 * conversation goes to a gendarme instead.
 */
export class TurnRecovery {
  private readonly held = new Map<string, Promise<void>>();
  private readonly releases = new Map<string, () => void>();
  private listed: Promise<void> = Promise.resolve();
  private finished: Promise<RecoveryReport | undefined> = Promise.resolve(undefined);
  private over = true;

  constructor(private readonly deps: RecoveryDeps) {}

  /** Reads what is left to run and runs it; resolves with counts once all of it ran. */
  start(): Promise<RecoveryReport | undefined> {
    this.over = false;
    const awaiting = this.deps.marks.awaiting();
    this.listed = awaiting.then((turns) => this.hold(turns), () => undefined);
    this.finished = awaiting.then((turns) => this.runAll(turns), (error: unknown) => {
      log.error('directline.recovery_unreadable',
        { error: error instanceof Error ? error.name : typeof error });
      return undefined;
    }).finally(() => {
      this.over = true;
    });
    return this.finished;
  }

  /** True once nothing is left to replay (also when no recovery was started). */
  done(): boolean {
    return this.over;
  }

  /** Resolves when no replay remains for the conversation: its new activities wait. */
  async before(conversationId: string): Promise<void> {
    await this.listed;
    await this.held.get(conversationId);
  }

  /** Waits for the whole recovery (shutdown). */
  async whenDone(): Promise<void> {
    await this.finished;
  }

  private hold(turns: AwaitingTurn[]): void {
    for (const conversationId of new Set(turns.map((turn) => turn.conversationId))) {
      let release = (): void => undefined;
      this.held.set(conversationId, new Promise<void>((resolve) => {
        release = resolve;
      }).finally(() => this.held.delete(conversationId)));
      this.releases.set(conversationId, release);
    }
  }

  private async runAll(turns: AwaitingTurn[]): Promise<RecoveryReport> {
    const report: RecoveryReport = { conversations: 0, replayed: 0, failed: 0, givenUp: 0 };
    const byConversation = new Map<string, AwaitingTurn[]>();
    turns.forEach((turn) => byConversation.set(turn.conversationId,
      [...(byConversation.get(turn.conversationId) ?? []), turn]));
    report.conversations = byConversation.size;
    if (turns.length > 0) {
      log.info('directline.recovery_started',
        { conversations: byConversation.size, activities: turns.length });
    }

    const queue = [...byConversation.entries()];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const [conversationId, own] = next;
        try {
          await this.runConversation(own, report);
        } finally {
          this.releases.get(conversationId)?.();
          this.releases.delete(conversationId);
        }
      }
    };
    await Promise.all(Array.from({ length: CONVERSATIONS_AT_ONCE }, worker));

    if (turns.length > 0) {
      log.info('directline.recovery_done', { ...report });
    }
    return report;
  }

  private async runConversation(turns: AwaitingTurn[], report: RecoveryReport):
  Promise<void> {
    for (const turn of turns) {
      try {
        await this.runTurn(turn, report);
      } catch (error) {
        // the store failed us: the next activities still run, this one stays marked
        log.error('directline.replay_unsettled', { conversationId: turn.conversationId,
          seq: turn.seq, error: error instanceof Error ? error.name : typeof error });
      }
    }
  }

  private async runTurn(first: AwaitingTurn, report: RecoveryReport): Promise<void> {
    const max = this.deps.maxAttempts ?? DEFAULT_REPLAY_ATTEMPTS;
    const ids = { conversationId: first.conversationId, seq: first.seq };

    for (let turn = first; ; turn = { ...turn, tries: turn.tries + 1 }) {
      if (turn.tries >= max) {
        log.warn('directline.replay_given_up', { ...ids, tries: turn.tries });
        await this.deps.giveUp(turn.activity);
        await this.deps.marks.done(turn.conversationId, turn.seq);
        report.givenUp += 1;
        return;
      }

      if (!(await this.deps.marks.claimTry(turn))) {
        log.info('directline.replay_taken', ids);
        return;
      }

      const ended = await this.deps.replay(turn.activity, turn.tries + 1 < max)
        .catch(() => false);
      if (ended) {
        await this.deps.marks.done(turn.conversationId, turn.seq);
        log.info('directline.replayed', { ...ids, tries: turn.tries + 1 });
        report.replayed += 1;
        return;
      }

      log.warn('directline.replay_failed', { ...ids, tries: turn.tries + 1 });
      report.failed += 1;
    }
  }
}
