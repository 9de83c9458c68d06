/**
 * A value read once, on first need. The triage's context (past, question, fiction...) is a
 * few dozen regexes, and most messages match no danger word that would ask for it.
 */
export function once<T>(read: () => T): () => T {
  let memo: { value: T } | undefined;
  return () => {
    memo ??= { value: read() };
    return memo.value;
  };
}
