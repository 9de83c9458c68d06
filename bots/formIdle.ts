import type { StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * A form untouched this long is closed on the citizen's next message (tester15's F18). A
 * pré-plainte takes a quarter of an hour; two hours leave time to fetch a receipt, a serial
 * number or a bank statement, or to have lunch, while a return in the evening or the next
 * day starts afresh. Like the state's 30 days (STATE_TTL_DAYS) it is the assistant's own
 * rule, not an operator's setting (those are the handoff's waits, read from the environment).
 */
export const FORM_IDLE_LIMIT_MS = 2 * 60 * 60 * 1000;

/**
 * When a form last took a turn, kept in the conversation state the turn has read anyway: no
 * storage read of its own. It is written only on turns where the form ran, whose dialog state
 * changes anyway (a prompt counts its attempts), so it costs no write of its own either.
 */
export class FormIdleClock {
  constructor(
    private readonly lastFormTurn: StatePropertyAccessor<number>,
    private readonly clock: () => Date,
    private readonly limitMs: number = FORM_IDLE_LIMIT_MS,
  ) {}

  /** True when the form's last turn is at least the limit ago. */
  async expired(context: TurnContext): Promise<boolean> {
    const last = await this.lastFormTurn.get(context);
    return typeof last === 'number' && this.clock().getTime() - last >= this.limitMs;
  }

  /** After a turn of the form, or without one: the stamp follows the form, never outlives it. */
  async afterTurn(context: TurnContext, formWaits: boolean): Promise<void> {
    if (formWaits) {
      await this.lastFormTurn.set(context, this.clock().getTime());
      return;
    }
    await this.lastFormTurn.delete(context);
  }
}
