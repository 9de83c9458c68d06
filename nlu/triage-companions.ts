import type { Situation } from './triage-words';

/**
 * Services shown after a situation's own numbers because the same help often comes from
 * them (topics.json: the 18 is also "accident with injured people, someone trapped"):
 * someone collapsed at the foot of a scaffold, in a ditch under a tractor or in a pile-up
 * is a medical emergency and a rescue at once, and which of the two a message reads as
 * first is the most frequent confusion of the fresh sets' first readings (a carambolage, a
 * fall into a ravine, a man pinned under his tractor all named the 15 and not the 18).
 * The most fitting number stays first; each number shown says what it is for.
 */
export const COMPANION_NUMBERS: Readonly<Partial<Record<Situation, readonly string[]>>> = {
  medical: ['18'],
  trapped: ['15'],
  /** A swimmer in trouble off a beach: the firemen's lifeguards as well as the CROSS. */
  sea: ['18'],
};

/** The numbers of these situations, most fitting first, then their companions. */
export function numbersWithCompanions(situations: readonly Situation[],
  own: (situation: Situation) => readonly string[]): string[] {
  const numbers = new Set(situations.flatMap(own));
  for (const situation of situations) {
    COMPANION_NUMBERS[situation]?.forEach((number) => numbers.add(number));
  }
  return [...numbers];
}
