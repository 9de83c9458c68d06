import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { fromRoot } from '../core/paths';
import { benchClassification } from './classification';
import { benchColdStart } from './coldStart';
import { benchLoad } from './loadComparison';
import { toMarkdown } from './markdown';
import { benchRelay } from './relay';
import { allMet, type BenchResults, type Machine } from './results';
import { elapsedMs } from './stats';
import { benchStoreMemory } from './storeMemory';

/**
 * `npm run bench` (after the build): every measure of issue 9 in one run, on loopback,
 * against the built servers in dist/. `--only load,relay` runs some parts only.
 * Writes bench/results/latest.json and latest.md and prints the table.
 */
const SERVER = fromRoot('dist', 'server', 'main.js');
const ECHO = fromRoot('dist', 'scripts', 'echo-bot.js');
const ADMIN = fromRoot('dist', 'scripts', 'agent-admin.js');

export const PARTS = ['classification', 'load', 'coldStart', 'storeMemory', 'relay'] as const;
export type Part = typeof PARTS[number];

function isPart(name: string): name is Part {
  return (PARTS as readonly string[]).includes(name);
}

/** The parts named by `--only a,b` (all without it); unknown names are refused. */
export function selectParts(args: readonly string[]): Part[] {
  const index = args.indexOf('--only');
  if (index === -1) {
    return [...PARTS];
  }
  const names = (args[index + 1] ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !isPart(name));
  if (names.length === 0 || unknown.length > 0) {
    const given = args[index + 1] ?? '';
    throw new Error(`--only takes a list among ${PARTS.join(', ')}; got "${given}"`);
  }
  return names.filter(isPart);
}

function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: fromRoot() })
      .toString('utf8').trim();
  } catch {
    // not a git checkout (a tarball): the commit stays unknown
  }
  return { cpus: cpus().length, node: process.versions.node, loadAverage: loadavg(), commit };
}

async function runPart(results: BenchResults, part: Part): Promise<void> {
  process.stderr.write(`bench: ${part}...\n`);
  switch (part) {
    case 'classification':
      results.classification = await benchClassification();
      break;
    case 'load':
      results.load = await benchLoad({ oursScript: SERVER, echoScript: ECHO });
      break;
    case 'coldStart':
      results.coldStart = await benchColdStart(SERVER);
      break;
    case 'storeMemory':
      results.storeMemory = await benchStoreMemory(SERVER);
      break;
    case 'relay':
      results.relay = await benchRelay({ serverScript: SERVER, adminScript: ADMIN });
      break;
  }
}

async function main(): Promise<void> {
  const parts = selectParts(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const results: BenchResults = { startedAt: new Date().toISOString(), durationMs: 0,
    machine: machine(), failures: {} };

  for (const part of parts) {
    try {
      await runPart(results, part);
    } catch (error) {
      results.failures[part] = error instanceof Error ? error.message : String(error);
    }
  }
  results.durationMs = elapsedMs(started);

  const folder = fromRoot('bench', 'results');
  mkdirSync(folder, { recursive: true });
  const markdown = toMarkdown(results);
  writeFileSync(`${folder}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${folder}/latest.md`, markdown);
  process.stdout.write(markdown);
  process.stdout.write(allMet(results) ? 'bench: every target met\n'
    : 'bench: some targets missed (see the table)\n');
  // a missed target is a finding, not a failure of the bench; a part that crashed is
  process.exitCode = Object.keys(results.failures).length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
