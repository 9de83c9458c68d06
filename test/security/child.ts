import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';

/** Tests run from the sources (ts-node) or from dist/ (npm test): spawn the same kind. */
const FROM_SOURCES = __filename.endsWith('.ts');
const ROOT = join(__dirname, '..', '..');

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Every line the process wrote, stdout and stderr. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first line matching, waiting for it if needed. */
  waitForLine(predicate: (line: string) => boolean): Promise<string>;
}

/**
 * Runs a server entry point (relative to the repository root, without extension) in a
 * child process on a free loopback port; resolves once it logged "listening".
 */
export function spawnServer(entry: string, env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const args = FROM_SOURCES
    ? ['-r', 'ts-node/register/transpile-only', join(ROOT, `${entry}.ts`)]
    : [join(ROOT, `${entry}.js`)];
  const child = spawn(process.execPath, args, {
    cwd: FROM_SOURCES ? ROOT : join(ROOT, '..'),
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const lines: string[] = [];
  let waiters: Array<() => void> = [];
  const collect = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
    const woken = waiters;
    waiters = [];
    woken.forEach((wake) => wake());
  };
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    // JSON lines may arrive split: only whole lines are kept
    const text = pending + chunk.toString('utf8');
    const cut = text.lastIndexOf('\n');
    pending = text.slice(cut + 1);
    if (cut >= 0) {
      collect(Buffer.from(text.slice(0, cut + 1)));
    }
  });
  child.stderr?.on('data', collect);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => child.once('exit', (code, signal) => {
      collect(Buffer.from(`${pending}\n`));
      resolve({ code, signal });
    }));

  const waitForLine = async (predicate: (line: string) => boolean): Promise<string> => {
    for (;;) {
      const found = lines.find(predicate);
      if (found !== undefined) {
        return found;
      }
      if (child.exitCode !== null) {
        throw new Error(`the server exited (${child.exitCode}): ${lines.join('\n')}`);
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };

  return waitForLine((line) => line.includes('"listening"')).then((line) => {
    const parsed: unknown = JSON.parse(line);
    const url = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'url') : '';
    return { url: String(url), child, lines, exited, waitForLine };
  });
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command-line script (path from the repository root, without extension) to its end. */
export function runScript(entry: string, args: string[], env: NodeJS.ProcessEnv):
Promise<ScriptRun> {
  const command = FROM_SOURCES
    ? ['-r', 'ts-node/register/transpile-only', join(ROOT, `${entry}.ts`)]
    : [join(ROOT, `${entry}.js`)];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: FROM_SOURCES ? ROOT : join(ROOT, '..'),
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise((resolve) => {
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
