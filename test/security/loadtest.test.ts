import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { residentBytes, runLoadTest } from '../../security/loadTest';
import { spawnServer, type ChildServer } from './child';
import { parseLoadArgs } from '../../scripts/loadtest';

const UNLIMITED = '1000000';

describe('load: 200 Direct Line conversations for 15 s (npm run loadtest holds 2 min)',
  function () {
    this.timeout(180_000);
    let dataDir: string;
    let server: ChildServer;

    before(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'brigade-load-test-'));
      server = await spawnServer('server/main', {
        DATA_DIR: dataDir, LOG_LEVEL: 'info',
        RATE_LIMIT_CONVERSATIONS_PER_IP: UNLIMITED, RATE_LIMIT_REQUESTS_PER_IP: UNLIMITED,
        RATE_LIMIT_REQUESTS_PER_CONVERSATION: UNLIMITED,
        RATE_LIMIT_TURNS_PER_CONVERSATION: UNLIMITED,
      });
    });

    after(async () => {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('loses and duplicates nothing, every stream equals the log, memory stays flat',
      async () => {
        const pid = server.child.pid ?? 0;

        const report = await runLoadTest({
          url: server.url, conversations: 200, durationMs: 15_000, thinkMs: 1000,
          sampleMemory: () => residentBytes(pid), sampleEveryMs: 1000,
        });
        // warm-up (heap growth, JIT) takes the first seconds; a leak keeps growing after
        const third = Math.floor((report.memoryMb.length * 2) / 3);
        const warm = Math.max(...report.memoryMb.slice(0, third));
        const later = Math.max(...report.memoryMb.slice(third));

        expect(report).to.deep.include({
          conversations: 200, lost: 0, duplicated: 0, diverged: 0, httpErrors: 0,
        });
        expect(report.answered).to.equal(report.sent);
        expect(report.sent).to.be.at.least(200);
        expect(report.memoryMb.length).to.be.at.least(6);
        expect(later, report.memoryMb.join(' ')).to.be.at.most(warm + 96);
      });
  });

describe('npm run loadtest arguments', () => {
  it('default to 200 conversations for 2 minutes, one message per second each', () => {
    expect(parseLoadArgs([])).to.deep.equal({ seconds: 120, conversations: 200, thinkMs: 1000 });
  });

  it('are bounded: a load test never runs away', () => {
    expect(parseLoadArgs(['--seconds', '15'])).to.include({ seconds: 15 });
    expect(() => parseLoadArgs(['--conversations', '5000'])).to.throw(/usage/);
    expect(() => parseLoadArgs(['--seconds'])).to.throw(/usage/);
    expect(() => parseLoadArgs(['--host', 'example.org'])).to.throw(/usage/);
  });
});
