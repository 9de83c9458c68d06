import { createInterface } from 'readline';
import { logger } from '../core/logger';
import { createRecognizer } from '../nlu/recognizer';
import type { Recognizer } from '../nlu/types';

/**
 * `npm run --silent classify < in.jsonl > out.jsonl`: one output line per input line, in
 * order. A bad line gives {"error": ...} and the stream goes on.
 */
export interface ClassifiedLine {
  text: string;
  topic: string;
  score: number;
  emergency: { detected: boolean; numbers: string[] };
}

export type OutputLine = ClassifiedLine | { error: string };

export async function classifyLine(recognizer: Recognizer, line: string): Promise<OutputLine> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { error: 'line is not valid JSON' };
  }
  const text: unknown = typeof record === 'object' && record !== null
    ? Reflect.get(record, 'text')
    : undefined;
  if (typeof text !== 'string') {
    return { error: 'line has no "text" string' };
  }
  let result: Awaited<ReturnType<Recognizer['understand']>>;
  try {
    result = await recognizer.understand(text);
  } catch (error) {
    return { error: `could not classify: ${error instanceof Error ? error.name : 'error'}` };
  }
  return {
    text,
    topic: result.topic,
    score: Number(result.score.toFixed(4)),
    emergency: { detected: result.emergency.detected, numbers: result.emergency.numbers },
  };
}

async function main(): Promise<void> {
  // stdout carries the results: only warnings and errors may log, and they go to stderr
  logger.level = 'warn';

  const recognizer = await createRecognizer();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(await classifyLine(recognizer, line))}\n`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`classify: ${String(error)}\n`);
    process.exit(1);
  });
}
