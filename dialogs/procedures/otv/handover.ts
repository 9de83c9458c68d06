import type { Content } from '../../../content/renderer';
import type { HandoffDetails } from '../../../handoff/types';
import { innerStack } from '../../common/dialogStack';
import type { DialogInstance, DialogState } from '../../framework';
import { frenchDay } from './dates';

/** The waterfall that keeps the answers (see otv-dialog.ts). */
const STEPS_ID = 'procedure.otv.steps';

/** Answers a gendarme taking over needs first, as they are kept, with their row label. */
const ROWS: ReadonlyArray<readonly [string, (value: unknown) => string | undefined]> = [
  ['from', (value) => (typeof value === 'string' ? frenchDay(value) : undefined)],
  ['to', (value) => (typeof value === 'string' ? frenchDay(value) : undefined)],
  ['commune', (value) => communeName(value)],
  ['street', (value) => (typeof value === 'string' ? value : undefined)],
  ['name', (value) => (typeof value === 'string' ? value : undefined)],
  ['phone', (value) => (typeof value === 'string' ? value : undefined)],
];

function communeName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const name: unknown = Reflect.get(value, 'name');
  const postcode: unknown = Reflect.get(value, 'postcode');
  return typeof name === 'string' && typeof postcode === 'string'
    ? `${name} (${postcode})` : undefined;
}

function answersIn(stack: readonly DialogInstance[]): Record<string, unknown> | undefined {
  for (const instance of stack) {
    const state: unknown = instance.state;
    const values: unknown = instance.id === STEPS_ID && typeof state === 'object' &&
      state !== null ? Reflect.get(state, 'values') : undefined;
    if (typeof values === 'object' && values !== null) {
      return Object.fromEntries(Object.entries(values));
    }
    const inner = answersIn(innerStack(instance));
    if (inner) {
      return inner;
    }
  }
  return undefined;
}

/**
 * What an OTV request under way hands a gendarme, read from the dialog state: for a turn
 * on which the form does not run (an emergency caught by triage in the middle of it).
 */
export function otvHandoverFromState(content: Content, state: DialogState | undefined):
  HandoffDetails | undefined {
  const answers = answersIn(state?.dialogStack ?? []);
  if (!answers) {
    return undefined;
  }
  const collected: Record<string, string> = {};
  for (const [key, show] of ROWS) {
    const shown = show(answers[key]);
    if (shown !== undefined && shown !== '') {
      collected[content.render(`procedures/otv/handover.${key}`)] = shown;
    }
  }
  return { topic: 'procedure.otv',
    collected: Object.keys(collected).length > 0 ? collected : undefined };
}
