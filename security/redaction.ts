import winston from 'winston';

/**
 * Last line of defence for the logs: the house rule is to log ids and events only, and the
 * redaction scan (test/security/logRedaction.test.ts) checks it. Should a line still carry
 * personal data, this format masks what has a recognisable shape (e-mails, phones, plates),
 * drops fields that only ever hold citizens' words, and cuts error messages down to the
 * error's name: messages of thrown errors may quote what the citizen wrote.
 */
const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'text', 'body', 'value', 'password', 'email', 'phone', 'street', 'address', 'plate',
  'firstName', 'lastName', 'birthDate',
]);

const ERROR_KEYS: ReadonlySet<string> = new Set(['error', 'err', 'stack', 'reason']);

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi, '[email]'],
  [/(?<![\w|])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\d){8,11}\b/g, '[phone]'],
  [/\b0[1-9](?:[\s.-]?\d{2}){4}\b/g, '[phone]'],
  [/\b[A-HJ-NP-TV-Z]{2}[\s-]?\d{3}[\s-]?[A-HJ-NP-TV-Z]{2}\b/gi, '[plate]'],
];

const MAX_DEPTH = 4;

export function maskText(text: string): string {
  return PATTERNS.reduce((masked, [pattern, label]) => masked.replace(pattern, label), text);
}

/** "TypeError: <anything>" and stacks keep the name and the frames, never the message. */
export function errorNameOnly(text: string): string {
  const firstLine = text.split('\n')[0];
  const match = /^((?:[A-Za-z_$][\w$]*)?(?:Error|Exception))(?::\s[\s\S]*)?$/.exec(firstLine);
  if (!match) {
    return maskText(text);
  }
  const frames = text.split('\n').filter((line) => /^\s+at\s/.test(line));
  return [match[1], ...frames].join('\n');
}

function redactValue(key: string, value: unknown, depth: number): unknown {
  if (FREE_TEXT_KEYS.has(key) && value !== undefined && value !== null) {
    return '[redacted]';
  }
  if (typeof value === 'string') {
    return ERROR_KEYS.has(key) ? errorNameOnly(value) : maskText(value);
  }
  if (value instanceof Error) {
    return errorNameOnly(value.stack ?? value.name);
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    if (depth >= MAX_DEPTH) {
      return '[nested]';
    }
    if (Array.isArray(value)) {
      return value.map((item) => redactValue('', item, depth + 1));
    }
    return Object.fromEntries(Object.entries(value)
      .map(([inner, item]) => [inner, redactValue(inner, item, depth + 1)]));
  }
  return value;
}

/** The winston format: every field of every line, the message included. */
export const redactFormat = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key !== 'level' && key !== 'timestamp') {
      info[key] = redactValue(key, info[key], 0);
    }
  }
  return info;
});
