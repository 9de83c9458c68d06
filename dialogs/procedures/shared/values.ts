import type { WaterfallStepContext } from '../../framework';

/** Waterfall values are typed `object`: these two keep reads and writes explicit. */
export function remember(step: WaterfallStepContext, key: string, value: unknown): void {
  Object.assign(step.values, { [key]: value });
}

export function recall(step: WaterfallStepContext, key: string): unknown {
  const value: unknown = Object.getOwnPropertyDescriptor(step.values, key)?.value;
  return value;
}

export function recallText(step: WaterfallStepContext, key: string): string {
  const value = recall(step, key);
  return typeof value === 'string' ? value : '';
}
