import type { TemplateData } from '../../content/renderer';
import { normalize } from '../../nlu/normalize';

/** Wishes said back as the citizen said them: "bonne soirée" never gets "bonne journée". */
const WISHES: ReadonlyArray<[RegExp, string]> = [
  [/\bbonne fin de (journee|soiree)\b/, 'bonne fin de $1'],
  [/\bbonne (journee|soiree|nuit|semaine|continuation|apres midi)\b/, 'bonne $1'],
  [/\bbon (week end|weekend|apres midi|dimanche|courage)\b/, 'bon $1'],
];

const ACCENTED: Readonly<Record<string, string>> = {
  journee: 'journée', soiree: 'soirée', 'week end': 'week-end', weekend: 'week-end',
  'apres midi': 'après-midi',
};

function wishIn(text: string): string | undefined {
  for (const [pattern, template] of WISHES) {
    const match = pattern.exec(text);
    if (match) {
      const word = match[1] ?? '';
      return template.replace('$1', ACCENTED[word] ?? word);
    }
  }
  return undefined;
}

/**
 * Data of the small-talk answers: the wish the citizen made ("bonne soirée"), and whether
 * they said "bonsoir". Without either, the templates stay neutral.
 */
export function courtesyData(text: string): TemplateData {
  const normalized = normalize(text);
  return { wish: wishIn(normalized), evening: /\bbonsoir\b/.test(normalized) };
}
