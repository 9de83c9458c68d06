/**
 * Typo copies of training utterances (a letter dropped, doubled, swapped or replaced), so
 * that the model learns from the kind of text citizens type on a phone. Deterministic: the
 * same utterance always gives the same copies.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MIN_WORD = 4;
const WORD_TYPO_RATE = 0.35;

function seedOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function typo(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 1));
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at - 1] + word.slice(at);
    case 2:
      return at + 1 < word.length
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word.slice(0, at);
    default:
      return word.slice(0, at) + LETTERS[Math.floor(next() * LETTERS.length)] + word.slice(at + 1);
  }
}

/** `copies` misspelt versions of a normalised utterance (fewer if it has no long word). */
export function augment(normalized: string, copies: number): string[] {
  const next = random(seedOf(normalized));
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const words = normalized.split(' ');
    const changed = words.map((word) =>
      word.length >= MIN_WORD && next() < WORD_TYPO_RATE ? typo(word, next) : word);
    const text = changed.join(' ');
    if (text !== normalized) {
      out.push(text);
    }
  }
  return out;
}
