import { expect } from 'chai';
import { spawn } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmbeddedDatabase } from '../../storage/embedded/database';

/** Runs the writer from sources under ts-node, or compiled from dist/ under `npm test`. */
function writerCommand(dataDir: string): string[] {
  const fromSources = __filename.endsWith('.ts');
  const script = join(__dirname, 'fixtures', fromSources ? 'crashWriter.ts' : 'crashWriter.js');
  return fromSources
    ? ['-r', 'ts-node/register/transpile-only', script, dataDir] : [script, dataDir];
}

/** Starts the writer, kills it with SIGKILL after `acks` acknowledged writes. */
function burstThenKill(dataDir: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, writerCommand(dataDir), {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'error' },
    });
    let buffered = '';
    const lines: string[] = [];
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      lines.push(...complete.filter((line) => line !== 'ready'));
      if (lines.length >= acks && child.exitCode === null && !child.killed) {
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') {
        resolve(lines);
      } else {
        reject(new Error(`writer stopped by itself: ${errors}`));
      }
    });
  });
}

describe('embedded store crash safety', () => {
  it('keeps every acknowledged write after kill -9 in the middle of a burst', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));

    const acks = await burstThenKill(dataDir, 3000);

    const db = await EmbeddedDatabase.open({ dataDir });
    try {
      const messages = db.collection<{ id: string; state: string; claimedBy?: string }>({
        name: 'messages', indexes: [[{ field: 'conversation', direction: 1 }]],
      });
      const lost: string[] = [];
      const states = new Map<string, number>();
      for (const line of acks) {
        const [kind, key, value] = line.split(' ');
        const doc = kind === 'state' ? undefined : await messages.get(key);
        if (kind === 'insert' && doc === undefined) {
          lost.push(line);
        }
        if (kind === 'claim' && doc?.claimedBy !== value) {
          lost.push(line);
        }
        if (kind === 'state') {
          states.set(key, Math.max(states.get(key) ?? -1, Number(value)));
        }
      }
      for (const [key, n] of states) {
        const item = (await db.botStorage.read([key]))[key];
        if (item === undefined || item.n < n) {
          lost.push(`state ${key} ${n}`);
        }
      }

      expect(acks.length).to.be.at.least(3000);
      expect(lost, 'acknowledged writes missing after the crash').to.deep.equal([]);
    } finally {
      await db.close();
    }
  });
});
