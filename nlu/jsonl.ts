/** One parsed line of a JSON Lines file, with its 1-based number for error messages. */
export interface JsonLine {
  record: unknown;
  line: number;
}

/**
 * Parses JSON Lines, skipping blank lines. A line that is not JSON is reported through
 * `notJson`, so that each caller keeps its own error type and wording.
 */
export function parseJsonLines(raw: string, notJson: (line: number) => Error): JsonLine[] {
  return raw.split('\n').flatMap((text, index) => {
    if (text.trim() === '') {
      return [];
    }
    try {
      return [{ record: JSON.parse(text) as unknown, line: index + 1 }];
    } catch {
      throw notJson(index + 1);
    }
  });
}
