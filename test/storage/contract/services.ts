import { expect } from 'chai';
import sinon from 'sinon';
import type { Activity } from 'botbuilder';
import { LeaseManager } from '../../../storage/leases';
import { CollectionTranscriptStore } from '../../../storage/transcriptStore';
import type { ChangeEvent, StoredDocument } from '../../../storage/types';
import type { StoreRef } from '../contract';

function activity(conversationId: string, text: string, at: string): Activity {
  const partial: Partial<Activity> = {
    type: 'message', id: `${conversationId}-${text}`, channelId: 'directline', text,
    conversation: { id: conversationId, isGroup: false, name: '', conversationType: '' },
    timestamp: new Date(at),
  };
  return partial as Activity;
}

interface Ticket extends StoredDocument {
  state: string;
}

export function servicesContract(ref: StoreRef): void {
  describe('transcripts', () => {
    const store = (pageSize = 20) => CollectionTranscriptStore.open(ref.current.db,
      { retentionMs: 3600_000, pageSize });

    it('returns a conversation in order, by pages, and from a start date', async () => {
      const transcripts = store(2);
      for (const [i, text] of ['un', 'deux', 'trois'].entries()) {
        await transcripts.logActivity(activity('c1', text, `2026-01-01T10:00:0${i}Z`));
      }
      await transcripts.logActivity(activity('c2', 'autre', '2026-01-01T10:00:00Z'));

      const first = await transcripts.getTranscriptActivities('directline', 'c1');
      const second = await transcripts.getTranscriptActivities('directline', 'c1',
        first.continuationToken);
      const late = await transcripts.getTranscriptActivities('directline', 'c1', undefined,
        new Date('2026-01-01T10:00:01Z'));

      expect(first.items.map((a) => a.text)).to.deep.equal(['un', 'deux']);
      expect(second.items.map((a) => a.text)).to.deep.equal(['trois']);
      expect(second.continuationToken).to.equal('');
      expect(late.items.map((a) => a.text)).to.deep.equal(['deux', 'trois']);
      expect(first.items[0].timestamp).to.be.instanceOf(Date);
    });

    it('lists and deletes conversations', async () => {
      const transcripts = store();
      await transcripts.logActivity(activity('c1', 'un', '2026-01-01T10:00:00Z'));
      await transcripts.logActivity(activity('c2', 'un', '2026-01-01T11:00:00Z'));

      const listed = await transcripts.listTranscripts('directline');
      await transcripts.deleteTranscript('directline', 'c1');

      expect(listed.items.map((t) => t.id)).to.deep.equal(['c1', 'c2']);
      expect((await transcripts.listTranscripts('directline')).items.map((t) => t.id))
        .to.deep.equal(['c2']);
      expect((await transcripts.getTranscriptActivities('directline', 'c1')).items).to.be.empty;
    });

    it('forgets a transcript after the retention period', async () => {
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
      try {
        const transcripts = store();
        await transcripts.logActivity(activity('c1', 'un', new Date().toISOString()));

        clock.tick(3600_000);

        expect((await transcripts.getTranscriptActivities('directline', 'c1')).items).to.be.empty;
        expect((await transcripts.listTranscripts('directline')).items).to.be.empty;
      } finally {
        clock.restore();
      }
    });

    it('refuses an activity without a conversation, and a forged page token', async () => {
      const transcripts = store();

      let error: unknown;
      await transcripts.logActivity({ type: 'message' } as Activity).catch((e: unknown) => {
        error = e;
      });
      expect(error).to.be.instanceOf(TypeError);
      await transcripts.getTranscriptActivities('directline', 'c1', '{"$gt":0}').then(
        () => expect.fail('forged token accepted'),
        (e: unknown) => expect(String(e)).to.match(/continuation token/));
    });
  });

  describe('leases', () => {
    const manager = (owner: string) => LeaseManager.open(ref.current.db, { owner, ttlMs: 30_000 });

    it('gives a key to one holder at a time, until released', async () => {
      const a = manager('instance-a');
      const b = manager('instance-b');

      const lease = await a.acquire('conv/1');
      expect(lease?.owner).to.equal('instance-a');
      expect(await b.acquire('conv/1')).to.equal(undefined);
      expect(await b.acquire('conv/2')).to.not.equal(undefined);

      expect(lease && await a.release(lease)).to.equal(true);
      expect(await b.acquire('conv/1')).to.not.equal(undefined);
    });

    it('lets exactly one of many concurrent acquirers win', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        manager(`i${i}`).acquire('conv/1')));

      expect(results.filter((lease) => lease !== undefined)).to.have.length(1);
    });

    it('hands an expired lease over; the old holder can neither renew nor release', async () => {
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
      try {
        const old = await manager('a').acquire('conv/1');
        clock.tick(30_000);

        const taken = await manager('b').acquire('conv/1');

        expect(taken?.owner).to.equal('b');
        expect(old && await manager('a').renew(old)).to.equal(undefined);
        expect(old && await manager('a').release(old)).to.equal(false);
        expect(taken && await manager('b').renew(taken)).to.not.equal(undefined);
      } finally {
        clock.restore();
      }
    });

    it('keeps renewing the lease while a long turn runs', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.now(), toFake: ['Date', 'setInterval', 'clearInterval'],
      });
      const renewals = sinon.spy(LeaseManager.prototype, 'renew');
      try {
        const other = manager('b');
        let stolen: unknown;

        await manager('a').runExclusive('conv/1', async () => {
          for (let third = 0; third < 6; third += 1) {
            clock.tick(10_000);
            await renewals.lastCall?.returnValue;
          }
          stolen = await other.acquire('conv/1');
        });

        expect(renewals.callCount).to.equal(6);
        expect(stolen, 'taken while still held').to.equal(undefined);
        expect(await other.acquire('conv/1'), 'free once the turn ended').to.not.equal(undefined);
      } finally {
        renewals.restore();
        clock.restore();
      }
    });

    it('runs the turns of one key one after the other', async () => {
      const order: string[] = [];
      const turn = (name: string) => manager(name).runExclusive('conv/1', async () => {
        order.push(`${name}:start`);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(`${name}:end`);
      }, { retryDelayMs: 1 });

      await Promise.all([turn('a'), turn('b'), turn('c')]);

      for (let i = 0; i < order.length; i += 2) {
        expect(order[i + 1]).to.equal(order[i].replace('start', 'end'));
      }
    });
  });

  describe('health and change feed', () => {
    it('reports a healthy store with its engine name', async () => {
      const report = await ref.current.db.health();

      expect(report.ok).to.equal(true);
      expect(report.engine).to.equal(ref.current.db.engine);
    });

    it('notifies matching changes to a subscriber', async function () {
      const db = ref.current.db;
      if (db.subscribe === undefined) {
        this.skip();
      }
      const events: ChangeEvent<Ticket>[] = [];
      let seen: () => void = () => undefined;
      const done = new Promise<void>((resolve) => { seen = resolve; });
      const subscription = db.subscribe<Ticket>('tickets', { state: 'open' }, (event) => {
        events.push(event);
        if (events.length === 2) {
          seen();
        }
      });
      const tickets = db.collection<Ticket>({ name: 'tickets' });
      await subscription.ready;

      await tickets.insert({ id: 't1', state: 'closed' });
      await tickets.insert({ id: 't2', state: 'open' });
      await tickets.update('t1', { state: 'open' });
      await done;
      await subscription.close();

      expect(events.map((e) => [e.type, e.id, e.doc?.state])).to.deep.equal([
        ['insert', 't2', 'open'], ['update', 't1', 'open'],
      ]);
    });
  });
}
