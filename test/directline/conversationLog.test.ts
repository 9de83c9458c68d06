import { expect } from 'chai';
import sinon from 'sinon';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase, type Collection, type Database } from '../../storage';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity,
} from '../../directline/conversationLog';
import { MemoryCollection } from '../../directline/memoryCollection';

interface Engine {
  name: string;
  open(): Promise<{
    conversations: Collection<ConversationRecord>;
    activities: Collection<LoggedActivity>;
    close(): Promise<void>;
  }>;
}

const memory: Engine = {
  name: 'process memory',
  open: async () => ({
    conversations: new MemoryCollection<ConversationRecord>(CONVERSATIONS_SPEC),
    activities: new MemoryCollection<LoggedActivity>(ACTIVITIES_SPEC),
    close: async () => undefined,
  }),
};

const embedded: Engine = {
  name: 'the embedded store',
  open: async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dl-log-'));
    const database: Database = await openDatabase({ dataDir });
    return {
      conversations: database.collection<ConversationRecord>(CONVERSATIONS_SPEC),
      activities: database.collection<LoggedActivity>(ACTIVITIES_SPEC),
      close: async () => {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

for (const engine of [memory, embedded]) {
  describe(`Direct Line conversation log on ${engine.name}`, () => {
    let closeEngine: () => Promise<void> = async () => undefined;
    let conversations: Collection<ConversationRecord>;
    let activities: Collection<LoggedActivity>;

    beforeEach(async () => {
      const opened = await engine.open();
      ({ conversations, activities } = opened);
      closeEngine = opened.close;
    });

    afterEach(() => {
      sinon.restore();
      return closeEngine();
    });

    function newLog(): CollectionConversationLog {
      return new CollectionConversationLog(conversations, activities);
    }

    it('keeps a conversation and its activities 30 days after the last one', async () => {
      // from the real time: the store itself hides documents whose date has passed
      const day = 24 * 3600 * 1000;
      const start = Date.now();
      let now = new Date(start);
      const log = new CollectionConversationLog(conversations, activities, () => now, 30);
      await log.create('conv', 'dl_user');

      now = new Date(start + 4 * day);
      await log.append('conv', { type: 'message', text: 'un' });

      const expected = start + 34 * day;
      const [stored] = await activities.find({ conversationId: 'conv' });
      expect(new Date(stored.expiresAt).getTime()).to.equal(expected);
      expect(new Date((await log.get('conv'))?.expiresAt ?? 0).getTime()).to.equal(expected);
    });

    it('gives each activity the id "<conversation>|<sequence>", in order', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      const first = await log.append('conv', { type: 'message', text: 'un' });
      const second = await log.append('conv', { type: 'message', text: 'deux' });

      expect([first.activity.id, second.activity.id])
        .to.deep.equal(['conv|0000000', 'conv|0000001']);
      expect([first.seq, second.seq]).to.deep.equal([0, 1]);
    });

    it('returns the activities after a watermark, and the watermark to ask next', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');
      for (const text of ['un', 'deux', 'trois']) {
        await log.append('conv', { type: 'message', text });
      }

      const all = await log.after('conv');
      const rest = await log.after('conv', 0);
      const none = await log.after('conv', 2);

      expect(all.activities.map((a) => a.text)).to.deep.equal(['un', 'deux', 'trois']);
      expect(all.watermark).to.equal(2);
      expect(rest.activities.map((a) => a.text)).to.deep.equal(['deux', 'trois']);
      expect(none).to.deep.equal({ activities: [], watermark: 2 });
    });

    it('answers an empty page with watermark -1 for a conversation with no activity', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      expect(await log.after('conv')).to.deep.equal({ activities: [], watermark: -1 });
    });

    it('keeps conversations apart', async () => {
      const log = newLog();
      await log.create('a', 'dl_a');
      await log.create('b', 'dl_b');

      await log.append('a', { type: 'message', text: 'pour a' });
      const b = await log.append('b', { type: 'message', text: 'pour b' });

      expect(b.activity.id).to.equal('b|0000000');
      expect((await log.after('b')).activities.map((a) => a.text)).to.deep.equal(['pour b']);
    });

    it('never gives one sequence number twice, even to concurrent appends', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      const appended = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        log.append('conv', { type: 'message', text: String(i) })));

      expect(new Set(appended.map((a) => a.seq)).size).to.equal(20);
    });

    it('numbers the activities of two instances sharing the store once each', async () => {
      const a = newLog();
      const b = newLog();
      await a.create('conv', 'dl_user');

      const appended = [];
      for (let round = 0; round < 3; round += 1) {
        appended.push(...await Promise.all([
          a.append('conv', { type: 'message', text: `a${round}` }),
          b.append('conv', { type: 'message', text: `b${round}` }),
        ]));
      }

      expect(appended.map((entry) => entry.seq).sort((x, y) => x - y))
        .to.deep.equal([0, 1, 2, 3, 4, 5]);
      expect((await a.after('conv')).activities).to.have.length(6);
    });

    it('writes one document per activity, not the conversation each time', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');
      const updates = sinon.spy(conversations, 'update');

      for (const text of ['un', 'deux', 'trois']) {
        await log.append('conv', { type: 'message', text });
      }

      expect(updates.callCount).to.equal(0);
    });

    it('goes on after the numbers an earlier version reserved in the conversation', async () => {
      await conversations.insert({ id: 'old', userId: 'dl_user', started: true, nextSeq: 7,
        createdAt: new Date(), expiresAt: new Date(Date.now() + 3600_000) });

      const appended = await newLog().append('old', { type: 'message', text: 'encore' });

      expect(appended.seq).to.equal(7);
    });

    it('says "started" to the first caller only, so the bot greets once', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      const answers = await Promise.all([log.markStarted('conv'), log.markStarted('conv')]);

      expect(answers.filter(Boolean)).to.have.length(1);
      expect(await log.markStarted('conv')).to.equal(false);
    });

    it('refuses to append to an unknown conversation or to create one twice', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      let appendError: unknown;
      await log.append('ghost', { type: 'message' }).catch((error: unknown) => {
        appendError = error;
      });
      let createError: unknown;
      await log.create('conv', 'dl_other').catch((error: unknown) => {
        createError = error;
      });

      expect(String(appendError)).to.match(/unknown conversation ghost/);
      expect(String(createError)).to.match(/duplicate key/);
    });

    it('stores activities as text, so client-chosen keys never become field names', async () => {
      const log = newLog();
      await log.create('conv', 'dl_user');

      await log.append('conv', { type: 'message', channelData: { $gt: '', 'a.b': 1 } });
      const [stored] = await activities.find({ conversationId: 'conv' });

      expect(Object.keys(stored).sort()).to.deep.equal(
        ['conversationId', 'createdAt', 'expiresAt', 'id', 'json', 'seq']);
    });
  });
}
