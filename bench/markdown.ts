import type { BenchResults, RunFigures } from './results';
import { verdicts } from './results';
import type { PassMedians } from './classification';
import type { Summary } from './stats';
import type { StoreMemoryResult } from './storeMemory';

const fixed = (value: number, digits = 1): string =>
  (Number.isFinite(value) ? value.toFixed(digits) : '–');

function latencyCells(summary: Summary, digits = 1): string {
  return [summary.p50, summary.p95, summary.p99].map((value) => fixed(value, digits)).join(' | ');
}

function loadRow(name: string, run: RunFigures, peakRssMb?: number): string {
  return `| ${name} | ${fixed(run.turnsPerSecond)} | ${latencyCells(run.latency)} | ` +
    `${run.turns} | ${run.errors} | ${peakRssMb === undefined ? '' : fixed(peakRssMb, 0)} |`;
}

const rounds = (values: number[]): string => values.map((value) => fixed(value, 0)).join(' / ');

function loadTable(results: BenchResults): string[] {
  const { load } = results;
  if (!load) {
    return [];
  }
  const [min, max] = load.thinkMs.map((value) => fixed(value / 1000, 0));
  return [
    `Direct Line load, ${load.concurrency} conversations at once, each the French script ` +
      `(greeting, two questions, start of a pré-plainte, goodbye); full speed = no pause ` +
      `between turns, paced = ${min} to ${max} s before each message.`,
    '',
    '| bot, run | turns/s | p50 ms | p95 ms | p99 ms | turns | errors | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    loadRow('assistant, full speed', load.ours.saturated, load.ours.peakRssMb),
    loadRow('echo, full speed', load.echo.saturated, load.echo.peakRssMb),
    loadRow('assistant, paced', load.ours.paced),
    loadRow('echo, paced', load.echo.paced),
    '',
    `full-speed rounds (turns/s, the best counts): assistant ${rounds(load.ours.saturatedRounds)}` +
      `, echo ${rounds(load.echo.saturatedRounds)}.`,
    '',
  ];
}

function storeMemoryLine(store: StoreMemoryResult): string {
  return `Embedded store with ${store.conversations} conversations created over Direct Line ` +
    `(${store.errors} errors, ${fixed(store.createMs / 1000)} s). RSS before the first one ` +
    `${fixed(store.idleRssMb, 0)} MB (${fixed(store.idle.rssMb, 0)} MB after a full GC, heap ` +
    `${fixed(store.idle.heapUsedMb, 0)} MB); right after the burst ${fixed(store.rssMb, 0)} MB ` +
    `(peak ${fixed(store.peakRssMb, 0)} MB, garbage not yet collected); holding them, after a ` +
    `full GC, ${fixed(store.holding.rssMb, 0)} MB (heap ${fixed(store.holding.heapUsedMb, 0)} ` +
    `MB, ${fixed(store.heapBytesPerConversation, 0)} bytes per conversation); after a restart ` +
    `${fixed(store.reopenedRssMb, 0)} MB as it comes up (ready in ` +
    `${fixed(store.reopenReadyMs, 0)} ms), ${fixed(store.reopened.rssMb, 0)} MB after a full GC.`;
}

function passesLine({ warm, timed }: PassMedians): string {
  const list = (medians: readonly number[]): string =>
    medians.map((median) => fixed(median, 3)).join(' / ');
  return `recognizer.understand, median of each pass over the messages: warm-up ${list(warm)} ms ` +
    `(the first one cold), timed ${list(timed)} ms.`;
}

function otherTable(results: BenchResults): string[] {
  const { classification, coldStart, storeMemory, relay } = results;
  const rows: string[] = [];
  if (classification) {
    rows.push(`| recognizer.understand, ${classification.messages} messages | ` +
      `${latencyCells(classification.recognizer, 3)} |`);
    rows.push(`| raw NLP.js process, same corpus | ${latencyCells(classification.nlpjs, 3)} |`);
  }
  if (coldStart) {
    rows.push(`| cold start to /healthz ready, ${coldStart.runs} runs | ` +
      `${latencyCells(coldStart.readyMs, 0)} |`);
  }
  if (relay) {
    rows.push(`| relay user → agent socket, ${relay.messages} messages | ` +
      `${latencyCells(relay.latency)} |`);
  }
  const passes = classification?.passMedians === undefined ? []
    : ['', passesLine(classification.passMedians)];
  const memory = storeMemory ? ['', storeMemoryLine(storeMemory)] : [];
  if (rows.length === 0) {
    return memory;
  }
  return ['| measure (ms) | p50 | p95 | p99 |', '| --- | ---: | ---: | ---: |', ...rows, ...passes,
    ...memory, ''];
}

/** Prose lines within 100 columns, as in the README; table rows stay whole. */
export function wrap(line: string, width = 100): string {
  if (line.startsWith('|') || line.length <= width) {
    return line;
  }
  const wrapped: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      wrapped.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  wrapped.push(current);
  return wrapped.join('\n');
}

function met(ok: boolean | undefined): string {
  if (ok === undefined) {
    return '–';
  }
  return ok ? 'yes' : '**no**';
}

/**
 * bench/results/latest.md: targets first (the README's Performance section copies the run
 * line and that table, a spec checks they agree), then the figures behind them.
 */
export function toMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    `Run of ${results.startedAt} (commit ${machine.commit}), ${machine.cpus} CPUs, ` +
      `Node ${machine.node}, load average at start ${machine.loadAverage.map((value) =>
        value.toFixed(1)).join(' / ')}, ${fixed(results.durationMs / 1000, 0)} s.`,
    '',
    '| target | goal | measured | met |',
    '| --- | --- | --- | --- |',
    ...verdicts(results).map((verdict) => `| ${verdict.name} | ${verdict.target} | ` +
      `${verdict.measured} | ${met(verdict.ok)} |`),
    '',
    ...loadTable(results),
    ...otherTable(results),
  ];
  for (const [part, error] of Object.entries(results.failures)) {
    lines.push(`- **${part} failed**: ${error}`);
  }
  return `${lines.map((line) => wrap(line)).join('\n').trimEnd()}\n`;
}
