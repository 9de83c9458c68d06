import type { RouterMemory } from './routing';

/** The procedure ended by handing the citizen to a gendarme. */
export function endedInHandoff(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'next' in result &&
    result.next === 'handoff';
}

/**
 * Keeps the reference of a pré-plainte (PP-…) or holiday-watch request (OTV-…) filed in this
 * conversation: "finalement je veux la retirer" right after is answered with it.
 */
export function rememberFiled(memory: RouterMemory, result: unknown): void {
  const reference = typeof result === 'object' && result !== null && 'reference' in result
    && typeof result.reference === 'string' ? result.reference : undefined;
  if (reference?.startsWith('PP-') === true) {
    memory.filed = { ...memory.filed, preComplaint: reference };
  } else if (reference?.startsWith('OTV-') === true) {
    memory.filed = { ...memory.filed, otv: reference };
  }
}
