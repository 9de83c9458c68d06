import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ACTIVITIES_SPEC } from '../../directline';
import type { LoggedActivity } from '../../directline/conversationLog';
import { openDatabase } from '../../storage';
import { DirectLineClient } from '../helpers/directLineClient';
import { spawnServer, type ChildServer } from './child';

describe('a turn cut off by SIGKILL (a real server process)', function () {
  this.timeout(60_000);
  let dataDir: string;
  const servers: ChildServer[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-killed-'));
  });

  afterEach(() => {
    servers.splice(0).forEach((server) => server.child.kill('SIGKILL'));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs again on the next start and answers the acknowledged message', async () => {
    const first = await spawnServer('test/security/slowServer', { DATA_DIR: dataDir });
    servers.push(first);
    const client = await DirectLineClient.start(first.url);
    const posted = await client.say('lent');
    await first.waitForLine((line) => line.includes('"turn started"'));
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await spawnServer('test/security/slowServer', { DATA_DIR: dataDir });
    servers.push(second);
    await second.waitForLine((line) => line.includes('"turn started"'));
    second.child.kill('SIGTERM');
    const exit = await second.exited;
    const database = await openDatabase({ dataDir });
    const stored = await database.collection<LoggedActivity>(ACTIVITIES_SPEC)
      .find({ conversationId: client.conversationId });
    await database.close();

    const activities = stored.sort((a, b) => a.seq - b.seq)
      .map((entry) => JSON.parse(entry.json) as { text?: string; replyToId?: string });
    expect(posted.status).to.equal(200);
    expect(exit).to.deep.equal({ code: 0, signal: null });
    expect(activities.map((activity) => activity.text)).to.deep.equal(['lent', 'fin du tour 1']);
    expect(activities[1].replyToId).to.equal(posted.body.id);
    expect(stored.filter((entry) => entry.awaitingTurn === true)).to.deep.equal([]);
  });
});
