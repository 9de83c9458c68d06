import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ACTIVITIES_SPEC } from '../../directline';
import type { LoggedActivity } from '../../directline/conversationLog';
import { openDatabase } from '../../storage';
import { BOT_STATE_COLLECTION, type BotStateDocument } from '../../storage/botStorage';
import { DirectLineClient } from '../helpers/directLineClient';
import { spawnServer, type ChildServer } from './child';

describe('graceful shutdown on SIGTERM (a real server process)', function () {
  this.timeout(60_000);
  let dataDir: string;
  let server: ChildServer | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-shutdown-'));
  });

  afterEach(() => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops accepting, finishes the turn in flight, closes the streams, flushes the store',
    async () => {
      server = await spawnServer('test/security/slowServer', { DATA_DIR: dataDir });
      const client = await DirectLineClient.start(server.url);
      const stream = await client.stream();
      await client.say('lent');
      await server.waitForLine((line) => line.includes('"turn started"'));

      server.child.kill('SIGTERM');
      await server.waitForLine((line) => line.includes('"stopping"'));
      const refused = await fetch(`${server.url}/healthz`).then(() => false, () => true);
      const { code } = await stream.closed;
      const exit = await server.exited;
      const database = await openDatabase({ dataDir });
      const stored = await database.collection<LoggedActivity>(ACTIVITIES_SPEC)
        .find({ conversationId: client.conversationId });
      const states = await database.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION })
        .find({});
      await database.close();

      expect(refused).to.equal(true);
      expect(stream.activities.map((a) => a.text)).to.deep.equal(['lent', 'fin du tour 1']);
      expect(code).to.equal(1001);
      expect(exit).to.deep.equal({ code: 0, signal: null });
      expect(stored.map((entry) => JSON.parse(entry.json).text)).to.include('fin du tour 1');
      expect(states.map((doc) => JSON.parse(doc.value).turns)).to.include(1);
    });
});
