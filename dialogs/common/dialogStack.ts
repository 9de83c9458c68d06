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
