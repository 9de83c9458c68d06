import type { Content } from '../content/renderer';

/** Code → French label, one table per kind of code the console shows. */
export type LabelTable = Readonly<Record<string, string>>;

/**
 * What the console shows instead of the codes it receives: topic titles, triage situations,
 * queue reasons, transcript events, states and authors. The console keeps each code at hand
 * (a title attribute) for the gendarme who needs it.
 */
export interface ConsoleLabels {
  topics: LabelTable;
  situations: LabelTable;
  reasons: LabelTable;
  events: LabelTable;
  states: LabelTable;
  who: LabelTable;
}

const TOPICS = 'topics/labels.';
const CONSOLE = 'handoff/console.';
const GROUPS = { situations: 'situation_', reasons: 'reason_', events: 'event_',
  states: 'state_', who: 'who_' } as const;

function table(content: Content, prefix: string): LabelTable {
  return Object.fromEntries(content.keys().filter((key) => key.startsWith(prefix))
    .map((key) => [key.slice(prefix.length), content.render(key)]));
}

/** Every label, rendered once: they do not change while the server runs. */
export function consoleLabels(content: Content): ConsoleLabels {
  return {
    topics: table(content, TOPICS),
    situations: table(content, `${CONSOLE}${GROUPS.situations}`),
    reasons: table(content, `${CONSOLE}${GROUPS.reasons}`),
    events: table(content, `${CONSOLE}${GROUPS.events}`),
    states: table(content, `${CONSOLE}${GROUPS.states}`),
    who: table(content, `${CONSOLE}${GROUPS.who}`),
  };
}
