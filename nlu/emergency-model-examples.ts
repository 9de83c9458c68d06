import { readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import { loadCorpus } from './corpus';
import { CALM_ANSWERS } from './emergency-model-calm';
import { parseJsonLines } from './jsonl';

/** What the emergency model and its kind classifier learn from, and where it is read. */
export interface EmergencyExample {
  /** The first number expected, for an emergency whose list line says it. */
  first?: string;
  text: string;
  emergency: boolean;
  /** A topic-corpus line or a calm procedure answer: the false-alarm budget is on these. */
  corpus: boolean;
  /** Teaches the kind classifier only: the detector never sees it (no new alarm from it). */
  kindOnly?: boolean;
}

export interface EmergencySources {
  /** Topic corpus folder: every line is a calm message. */
  corpus: string;
  /** JSONL files of {"text", "emergency"?}; a line without the field takes `emergency`. */
  lists: ReadonlyArray<{ path: string; emergency: boolean; kindOnly?: boolean }>;
}

export const DEFAULT_SOURCES: EmergencySources = {
  corpus: fromRoot('nlp-models', 'corpus'),
  lists: [
    { path: fromRoot('nlp-models', 'triage', 'emergencies.jsonl'), emergency: true },
    { path: fromRoot('nlp-models', 'triage', 'not-emergencies.jsonl'), emergency: false },
    { path: fromRoot('nlp-models', 'triage', 'adversarial.jsonl'), emergency: true },
    // services no rule-caught line names first (119) or too rarely for the model's catches
    { path: fromRoot('nlp-models', 'triage', 'kinds.jsonl'), emergency: true, kindOnly: true },
  ],
};

function parseList(path: string, emergency: boolean, kindOnly: boolean): EmergencyExample[] {
  const notJson = (line: number) => new Error(`${path}:${line}: not valid JSON`);
  return parseJsonLines(readFileSync(path, 'utf8'), notJson).flatMap(({ record, line }) => {
    const field = (key: string): unknown =>
      typeof record === 'object' && record !== null ? Reflect.get(record, key) : undefined;
    const text = field('text');
    const flag = field('emergency');
    const first = field('first');
    if (typeof text !== 'string' || (flag !== undefined && typeof flag !== 'boolean') ||
      (first !== undefined && typeof first !== 'string')) {
      throw new Error(`${path}:${line}: needs a "text" string, a boolean "emergency" and ` +
        'a string "first" if any');
    }
    const isEmergency = typeof flag === 'boolean' ? flag : emergency;
    return [{
      text, emergency: isEmergency, corpus: false,
      ...(isEmergency && first !== undefined ? { first } : {}),
      ...(kindOnly ? { kindOnly } : {}),
    }];
  });
}

/** Every emergency the project holds, its calm look-alikes, and the topic corpus as calm. */
export function loadEmergencyExamples(sources: EmergencySources = DEFAULT_SOURCES):
  EmergencyExample[] {
  const corpus = [...loadCorpus(sources.corpus).map((example) => example.text), ...CALM_ANSWERS]
    .map((text) => ({ text, emergency: false, corpus: true }));
  const lists = sources.lists.flatMap((list) =>
    parseList(list.path, list.emergency, list.kindOnly === true));
  return [...lists, ...corpus];
}
