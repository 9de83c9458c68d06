import { expect } from 'chai';
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort } from '../../bench/serverProcess';
import { SERVER_NODE_FLAGS } from '../../server/nodeFlags';

const MAIN = join(__dirname, '..', '..', 'server', 'main.js');

/** The server's "compile cache" log line, read from its JSON logs on stdout. */
async function compileCacheLine(dataDir: string): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, MAIN], {
    env: { ...process.env, LOG_LEVEL: 'info', DATA_DIR: dataDir, HOST: '127.0.0.1',
      PORT: String(await freePort()), MONGODB_URI: undefined },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    let seen = '';
    for await (const chunk of child.stdout) {
      seen += String(chunk);
      const line = seen.split('\n').find((text) => text.includes('"compile cache"'));
      if (line !== undefined) {
        const parsed: Record<string, unknown> = JSON.parse(line);
        return parsed;
      }
    }
    throw new Error('the server stopped without logging its compile cache');
  } finally {
    child.kill('SIGKILL');
  }
}

describe('the built server and the compile cache `npm run build` leaves', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-compile-cache-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('compiles its modules from the cache, none refused by V8 for other flags', async () => {
    const line = await compileCacheLine(dataDir);

    expect(line.ignored).to.equal(undefined);
    expect(line.used).to.be.a('number').above(1000);
    expect(line.rejected).to.equal(0);
  });
});
