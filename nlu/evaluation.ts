import { existsSync, readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import type { Recognizer } from './types';
import { parseJsonLines } from './jsonl';

/**
 * Evaluation on a labelled JSONL set (../shared/eval/dev.jsonl shape):
 * {"text", "topic": [accepted ids], "emergency": bool, "numbers": [most fitting first]}.
 */
export interface EvalLine {
  text: string;
  topics: string[];
  emergency?: boolean;
  numbers: string[];
}

export interface Miss {
  text: string;
  expected: string;
  got: string;
  kind: 'topic' | 'missed emergency' | 'false alarm';
}

export interface EvalReport {
  topicLines: number;
  topicAccuracy: number;
  emergencyLines: number;
  emergencyRecall: number;
  calmLines: number;
  falsePositiveRate: number;
  /** "expected -> got" with how many lines, costliest first. */
  confusions: Array<{ pair: string; count: number }>;
  misses: Miss[];
}

/** The shared dev set, next to the project, where the team keeps it. */
export const SHARED_DEV_SET = fromRoot('..', 'shared', 'eval', 'dev.jsonl');

/**
 * Its copy in the project (eval/dev.jsonl, never trained on): a clean clone alone, as CI
 * checks it out, still guards the thresholds instead of skipping the dev-set specs.
 */
export const PROJECT_DEV_SET = fromRoot('eval', 'dev.jsonl');

/** The dev set to evaluate on: the shared one when it is there, else the project's copy. */
export const DEV_SET = existsSync(SHARED_DEV_SET) ? SHARED_DEV_SET : PROJECT_DEV_SET;

export const THRESHOLDS = { topicAccuracy: 0.95, emergencyRecall: 1, falsePositiveRate: 0.03 };

function stringList(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  const isString = (item: unknown): item is string => typeof item === 'string';
  return Array.isArray(value) ? value.filter(isString) : [];
}

export function parseEvalLines(raw: string, source = 'test set'): EvalLine[] {
  const notJson = (line: number) => new Error(`${source}: line ${line} is not JSON`);
  return parseJsonLines(raw, notJson).flatMap(({ record, line }) => {
    const hasText = typeof record === 'object' && record !== null &&
      typeof Reflect.get(record, 'text') === 'string';
    if (!hasText || typeof record !== 'object' || record === null) {
      throw new Error(`${source}: line ${line} has no "text"`);
    }
    const emergency: unknown = Reflect.get(record, 'emergency');
    return [{
      text: String(Reflect.get(record, 'text')),
      topics: stringList(Reflect.get(record, 'topic') ?? Reflect.get(record, 'label')),
      emergency: typeof emergency === 'boolean' ? emergency : undefined,
      numbers: stringList(Reflect.get(record, 'numbers')),
    }];
  });
}

export function readEvalLines(path: string): EvalLine[] {
  return parseEvalLines(readFileSync(path, 'utf8'), path);
}

function ratio(part: number, whole: number, empty: number): number {
  return whole === 0 ? empty : part / whole;
}

export async function evaluate(recognizer: Recognizer, lines: readonly EvalLine[]):
  Promise<EvalReport> {
  const misses: Miss[] = [];
  const confusions = new Map<string, number>();
  let topicLines = 0;
  let topicRight = 0;
  let emergencyLines = 0;
  let caught = 0;
  let calmLines = 0;
  let falseAlarms = 0;

  for (const line of lines) {
    const result = await recognizer.understand(line.text);
    if (line.topics.length > 0) {
      topicLines += 1;
      if (line.topics.includes(result.topic)) {
        topicRight += 1;
      } else {
        const pair = `${line.topics[0]} -> ${result.topic}`;
        confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
        const expected = line.topics.join('|');
        misses.push({ text: line.text, expected, got: result.topic, kind: 'topic' });
      }
    }
    if (line.emergency === true) {
      emergencyLines += 1;
      const first = line.numbers[0];
      const ok = result.emergency.detected &&
        (first === undefined || result.emergency.numbers.includes(first));
      caught += ok ? 1 : 0;
      if (!ok) {
        const got = result.emergency.detected ? result.emergency.numbers.join(',') : 'not detected';
        const expected = line.numbers.join(',');
        misses.push({ text: line.text, expected, got, kind: 'missed emergency' });
      }
    } else if (line.emergency === false) {
      calmLines += 1;
      if (result.emergency.detected) {
        falseAlarms += 1;
        const got = result.emergency.numbers.join(',');
        misses.push({ text: line.text, expected: 'no emergency', got, kind: 'false alarm' });
      }
    }
  }

  return {
    topicLines,
    topicAccuracy: ratio(topicRight, topicLines, 1),
    emergencyLines,
    emergencyRecall: ratio(caught, emergencyLines, 1),
    calmLines,
    falsePositiveRate: ratio(falseAlarms, calmLines, 0),
    confusions: [...confusions].map(([pair, count]) => ({ pair, count }))
      .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair)),
    misses,
  };
}

export function meetsThresholds(report: EvalReport): boolean {
  return report.topicAccuracy >= THRESHOLDS.topicAccuracy &&
    report.emergencyRecall >= THRESHOLDS.emergencyRecall &&
    report.falsePositiveRate <= THRESHOLDS.falsePositiveRate;
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const orNone = (lines: string[]): string[] => (lines.length > 0 ? lines : ['  none']);

export function formatReport(report: EvalReport): string {
  const lines = [
    `topic accuracy     ${percent(report.topicAccuracy)} ` +
      `(${report.topicLines} lines, target >= 95 %)`,
    `emergency recall   ${percent(report.emergencyRecall)} ` +
      `(${report.emergencyLines} lines, target 100 %)`,
    `false positives    ${percent(report.falsePositiveRate)} ` +
      `(${report.calmLines} lines, target <= 3 %)`,
    '',
    'costliest confusions (expected -> got):',
    ...orNone(report.confusions.slice(0, 10).map((c) => `  ${c.count}  ${c.pair}`)),
    '',
    'misclassified lines:',
    ...orNone(report.misses.map((m) =>
      `  [${m.kind}] ${JSON.stringify(m.text)}: expected ${m.expected}, got ${m.got}`)),
  ];
  return lines.join('\n');
}
