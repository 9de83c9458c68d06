/** "sans arrêt", "sans cesse" say how often, not that it is absent. */
const SANS_ADVERBS = new Set(['arret', 'cesse', 'relache', 'interruption', 'doute', 'fin',
  'compter', 'raison', 'prevenir', 'pitie']);

/** One of `negators` among `before`, unless it is "sans" of an adverb ("sans arrêt"). */
export function negatorIn(before: readonly string[], negators: ReadonlySet<string>): boolean {
  return before.some((word, i) =>
    negators.has(word) && !(word === 'sans' && SANS_ADVERBS.has(before[i + 1] ?? '')));
}
