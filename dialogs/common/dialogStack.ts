import type { DialogInstance } from '../framework';

/** The dialogs a component dialog runs inside its own instance (its `dialogs` state). */
export function innerStack(instance: DialogInstance): DialogInstance[] {
  const state: unknown = instance.state;
  if (typeof state !== 'object' || state === null || !('dialogs' in state)) {
    return [];
  }
  const inner: unknown = state.dialogs;
  return typeof inner === 'object' && inner !== null && 'dialogStack' in inner &&
    Array.isArray(inner.dialogStack) ? inner.dialogStack : [];
}

/**
 * The dialog that reads the next message: the top (last) of the innermost component's
 * stack, as botbuilder pushes them.
 */
export function innermostInstance(stack: readonly DialogInstance[]): DialogInstance | undefined {
  let instance = stack.at(-1);
  while (instance !== undefined) {
    const inner = innerStack(instance);
    if (inner.length === 0) {
      return instance;
    }
    instance = inner.at(-1);
  }
  return undefined;
}
