import type { Activity } from 'botbuilder';
import type { Collection } from '../storage/types';
import { activityId, type LoggedActivity } from './conversationLog';

/** A citizen's activity the log acknowledged and whose bot turn never ended. */
export interface AwaitingTurn {
  conversationId: string;
  seq: number;
  activity: Activity;
  /** Turns already started again for it after a restart. */
  tries: number;
}

/**
 * The "turn done" marks of the Direct Line log, in the same documents as the activities:
 * a citizen's activity is stored marked as awaiting its turn (one write, so nothing the
 * POST acknowledged is ever unmarked) and the mark goes once the turn ended, answered or
 * not. What is still marked on start is what a crash cut off.
 */
export interface TurnMarks {
  /** Every activity still awaiting its turn, by conversation then in the log's order. */
  awaiting(): Promise<AwaitingTurn[]>;
  /**
   * Counts one more try before the turn runs again: false when the count moved meanwhile
   * (another instance took it) or the turn ended, and then it must not run.
   */
  claimTry(turn: AwaitingTurn): Promise<boolean>;
  /** The turn ended (or was given up): never run again. */
  done(conversationId: string, seq: number): Promise<void>;
}

export class CollectionTurnMarks implements TurnMarks {
  constructor(private readonly activities: Collection<LoggedActivity>) {}

  async awaiting(): Promise<AwaitingTurn[]> {
    const marked = await this.activities.find({ awaitingTurn: true }, {
      sort: [{ field: 'conversationId', direction: 1 }, { field: 'seq', direction: 1 }],
    });
    return marked.map((entry) => ({
      conversationId: entry.conversationId, seq: entry.seq,
      activity: JSON.parse(entry.json) as Activity, tries: entry.turnTries ?? 0,
    }));
  }

  async claimTry(turn: AwaitingTurn): Promise<boolean> {
    // null matches a missing count: the first try of an activity never retried
    const claimed = await this.activities.update(activityId(turn.conversationId, turn.seq),
      { turnTries: turn.tries + 1 },
      { awaitingTurn: true, turnTries: turn.tries === 0 ? null : turn.tries });
    return claimed !== undefined;
  }

  async done(conversationId: string, seq: number): Promise<void> {
    await this.activities.update(activityId(conversationId, seq),
      { awaitingTurn: undefined, turnTries: undefined });
  }
}
