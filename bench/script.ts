/**
 * What a citizen writes in one benchmark conversation: a greeting, two questions, the start
 * of a pré-plainte, a goodbye. Variants differ in wording so that no cache of one exact
 * sentence flatters the figures; conversation `n` takes variant `n mod 3` of each step.
 */
const STEPS: readonly (readonly string[])[] = [
  ['Bonjour', 'bonjour, j\'ai une question', 'Bonsoir'],
  [
    'Comment faire une procuration pour voter ?',
    'je voudrais savoir comment récupérer mon chien perdu',
    'Que faire si on m\'a volé ma carte bancaire ?',
  ],
  [
    'J\'ai perdu mes papiers d\'identité, que dois-je faire ?',
    'comment contacter la brigade de ma commune',
    'mon voisin fait du bruit toutes les nuits, que puis-je faire',
  ],
  [
    'Je veux porter plainte pour le vol de mon vélo',
    'je voudrais faire une pré-plainte, on a cambriolé ma maison',
    'je souhaite déposer plainte pour une escroquerie en ligne',
  ],
  ['Merci, au revoir', 'au revoir', 'merci beaucoup, bonne journée'],
];

export const TURNS_PER_CONVERSATION = STEPS.length;

export function scriptFor(conversation: number): string[] {
  if (!Number.isInteger(conversation) || conversation < 0) {
    throw new RangeError(`conversation number must be a natural integer, got ${conversation}`);
  }
  return STEPS.map((variants) => variants[conversation % variants.length]);
}
