import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { openDatabase, type Database } from '../../storage';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity,
} from '../../directline/conversationLog';
import { feedStreams } from '../../directline/feed';
import { StreamHub } from '../../directline/streamHub';

/** A socket that records the texts of the frames sent to it. */
class RecordingSocket {
  readyState: number = WebSocket.OPEN;
  readonly texts: Array<string | undefined> = [];

  send(data: string): void {
    const set = JSON.parse(data) as { activities: Activity[] };
    this.texts.push(...set.activities.map((activity) => activity.text));
  }

  on(): void {
    // closing is not part of these specifications
  }

  close(): void {
    this.readyState = WebSocket.CLOSED;
  }
}

describe('Direct Line streams fed by the store (several instances)', () => {
  let dataDir: string;
  let database: Database;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dl-feed-'));
    database = await openDatabase({ dataDir });
  });

  afterEach(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function instanceLog(): CollectionConversationLog {
    return new CollectionConversationLog(
      database.collection<ConversationRecord>(CONVERSATIONS_SPEC),
      database.collection<LoggedActivity>(ACTIVITIES_SPEC));
  }

  function follow(hub: StreamHub): () => Promise<void> {
    const subscription = feedStreams(hub, (onChange, onError) =>
      database.subscribe!<LoggedActivity>(ACTIVITIES_SPEC.name, {}, onChange, onError));
    return () => subscription.close();
  }

  it('sends what another instance stores to the socket held here, once and in order', async () => {
    const hubA = new StreamHub();
    const stop = follow(hubA);
    const logA = instanceLog();
    const logB = instanceLog();
    await logA.create('conv', 'dl_user');
    const socket = new RecordingSocket();
    hubA.add('conv', socket as unknown as WebSocket, -1).start({ activities: [], watermark: -1 });

    const first = await logA.append('conv', { type: 'message', text: 'de A' });
    hubA.publish('conv', first.activity, first.seq);
    await logB.append('conv', { type: 'message', text: 'de B' });
    await logB.append('conv', { type: 'message', text: 'encore B' });

    expect(socket.texts).to.deep.equal(['de A', 'de B', 'encore B']);
    await stop();
    hubA.closeAll();
  });

  it('leaves alone the conversations whose sockets are elsewhere', async () => {
    const hubA = new StreamHub();
    const stop = follow(hubA);
    const log = instanceLog();
    await log.create('mine', 'dl_a');
    await log.create('theirs', 'dl_b');
    const socket = new RecordingSocket();
    hubA.add('mine', socket as unknown as WebSocket, -1).start({ activities: [], watermark: -1 });

    await log.append('theirs', { type: 'message', text: 'pas pour toi' });

    expect(socket.texts).to.deep.equal([]);
    await stop();
    hubA.closeAll();
  });
});
