import type { TranscriptEntry } from './model';

/** A citizen's message as the inbox shows it: "oui" means nothing without its question. */
export interface PreviewMessage {
  from: TranscriptEntry['from'];
  text: string;
  at: number;
  /** The question of the bot's message just before, when it asked one. */
  question?: string;
  /** The text was cut for the list; the whole message is in the transcript. */
  truncated?: boolean;
}

const MAX_QUESTION = 160;
/**
 * A 4,200-character message filled the whole queue column (tester d33): a card shows the
 * beginning of a message, cut at a word, the whole of it being in the transcript.
 */
export const MAX_PREVIEW = 280;

function bounded(text: string): { text: string; truncated?: boolean } {
  if (text.length <= MAX_PREVIEW) {
    return { text };
  }
  const cut = text.slice(0, MAX_PREVIEW);
  const space = cut.lastIndexOf(' ');
  const head = space > MAX_PREVIEW / 2 ? cut.slice(0, space) : cut;
  return { text: `${head.trimEnd()}…`, truncated: true };
}

/** The last sentence ending in "?" of a bot message, without markdown marks. */
export function questionOf(text: string): string | undefined {
  const plain = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '');
  const questions = plain.match(/[^.!?\n]*\?/g) ?? [];
  const last = questions[questions.length - 1]?.trim();
  if (!last) {
    return undefined;
  }
  return last.length > MAX_QUESTION ? `…${last.slice(-MAX_QUESTION)}` : last;
}

/**
 * The last `count` messages of the citizen, oldest first, each with the question the bot
 * asked right before it (if it did): what the agent needs to read "oui" or "2".
 */
export function citizenPreview(messages: readonly TranscriptEntry[], count: number):
PreviewMessage[] {
  const said = messages.filter((entry) => entry.kind === 'message');
  const preview = said.flatMap((entry, index) => {
    if (entry.from !== 'user') {
      return [];
    }
    const before = said[index - 1];
    const question = before?.from === 'bot' ? questionOf(before.text) : undefined;
    return [{ from: entry.from, ...bounded(entry.text), at: entry.at,
      ...(question ? { question } : {}) }];
  });
  return count > 0 ? preview.slice(-count) : preview;
}
