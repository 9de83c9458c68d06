import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { DirectLineChannel } from '../../directline/channel';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity, type LoggedLine,
} from '../../directline/conversationLog';
import { MemoryCollection } from '../../directline/memoryCollection';
import { StreamHub } from '../../directline/streamHub';
import { DuplicateKeyError, type WriteOptions } from '../../storage/types';

/** A log store whose writes are accepted at once and made durable only when told. */
class SlowDisk extends MemoryCollection<LoggedActivity> {
  private readonly waiting: Array<{ done: () => void; fail: (error: Error) => void }> = [];
  /** Refuse the next write after accepting it, with this error. */
  refuseNext: Error | undefined;
  /** Accept nothing before the write is durable (a store that cannot tell). */
  silent = false;

  constructor() {
    super(ACTIVITIES_SPEC);
  }

  override async insert(doc: LoggedActivity, options: WriteOptions = {}): Promise<void> {
    if (!this.silent) {
      options.onAccepted?.();
    }
    const refusal = this.refuseNext;
    this.refuseNext = undefined;
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ done: resolve, fail: reject });
    });
    if (refusal !== undefined) {
      throw refusal;
    }
    await super.insert(doc);
  }

  get inFlight(): number {
    return this.waiting.length;
  }

  /** The oldest write in flight reaches the disk (or fails as set). */
  async settle(): Promise<void> {
    this.waiting.shift()?.done();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

class RecordingHub extends StreamHub {
  readonly published: string[] = [];

  override publish(conversationId: string, activity: Activity, seq: number): void {
    this.published.push(activity.text ?? '');
    super.publish(conversationId, activity, seq);
  }
}

async function flush(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('the Direct Line channel shows agents a line while its write is in flight', () => {
  let disk: SlowDisk;
  let log: CollectionConversationLog;
  let hub: RecordingHub;
  let channel: DirectLineChannel;
  let told: string[];

  const textOf = (line: LoggedLine): string => `${line.activity.text ?? ''}#${line.seq}`;

  beforeEach(async () => {
    disk = new SlowDisk();
    log = new CollectionConversationLog(
      new MemoryCollection<ConversationRecord>(CONVERSATIONS_SPEC), disk);
    await log.create('conv', 'dl_user');
    hub = new RecordingHub();
    channel = new DirectLineChannel(log, hub);
    told = [];
    channel.onLogged({
      logged: (_conversationId, line) => told.push(`logged ${textOf(line)}`),
      unstored: (_conversationId, line) => told.push(`unstored ${textOf(line)}`),
    });
  });

  afterEach(() => hub.closeAll());

  it('tells listeners before the write is durable; the stream and the caller wait for it',
    async () => {
      let answered = false;
      const posted = channel.post('conv', { type: 'message', text: 'au secours' })
        .then(() => { answered = true; });
      await flush();

      expect(told).to.deep.equal(['logged au secours#0']);
      expect(hub.published).to.deep.equal([]);
      expect(answered).to.equal(false);

      await disk.settle();
      await posted;
      expect(hub.published).to.deep.equal(['au secours']);
      expect(told).to.deep.equal(['logged au secours#0']);
    });

  it("keeps the citizen's order: a line is shown only once the one before it is stored",
    async () => {
      const posted = ['un', 'deux', 'trois'].map((text) => channel.post('conv',
        { type: 'message', text }));
      await flush();
      expect(told).to.deep.equal(['logged un#0']);

      while (disk.inFlight > 0) {
        await disk.settle();
      }
      await Promise.all(posted);
      expect(told).to.deep.equal(['logged un#0', 'logged deux#1', 'logged trois#2']);
      expect(hub.published).to.deep.equal(['un', 'deux', 'trois']);
    });

  it('flags a shown line the store then refuses, which the caller and the stream never get',
    async () => {
      disk.refuseNext = new Error('EIO');
      const posted = channel.post('conv', { type: 'message', text: 'perdu' });
      const refused = posted.then(() => undefined, (error: Error) => error.message);
      await flush();
      await disk.settle();

      expect(await refused).to.equal('EIO');
      expect(told).to.deep.equal(['logged perdu#0', 'unstored perdu#0']);
      expect(hub.published).to.deep.equal([]);
      expect((await log.after('conv')).activities).to.deep.equal([]);
    });

  it('flags the line shown under a number found taken, then shows it under the next one',
    async () => {
      disk.refuseNext = new DuplicateKeyError(ACTIVITIES_SPEC.name, 'conversationId+seq');
      const posted = channel.post('conv', { type: 'message', text: 'doublon' });
      await flush();
      await disk.settle();
      await disk.settle();
      await posted;

      expect(told).to.deep.equal(['logged doublon#0', 'unstored doublon#0', 'logged doublon#1']);
      expect(hub.published).to.deep.equal(['doublon']);
    });

  it('with a store that cannot tell, shows the line once it is stored, and only once',
    async () => {
      disk.silent = true;
      const posted = channel.post('conv', { type: 'message', text: 'bonjour' });
      await flush();
      expect(told).to.deep.equal([]);

      await disk.settle();
      await posted;
      expect(told).to.deep.equal(['logged bonjour#0']);
    });
});
