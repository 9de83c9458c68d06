import { expect } from 'chai';
import { PRE_COMPLAINTS, PreComplaintStore } from '../../records/store';
import {
  REFERENCE_ALPHABET, REFERENCE_PATTERN, newReference, normalizeReference,
} from '../../records/reference';
import type { PreComplaintRecord } from '../../records/types';
import { sampleContent } from './fixtures';
import { MemoryCollection } from '../helpers/memoryCollection';

const DAY = 24 * 3600_000;
const SUBMITTED = new Date('2026-03-11T14:00:00Z');

function setup(references?: string[]): {
  store: PreComplaintStore;
  collection: MemoryCollection<PreComplaintRecord>;
  clock: { now: Date };
} {
  const collection = new MemoryCollection<PreComplaintRecord>();
  const clock = { now: SUBMITTED };
  const queue = references ? [...references] : undefined;
  const store = new PreComplaintStore(collection, {
    clock: () => clock.now,
    newReference: queue ? () => queue.shift() ?? 'PP-EMPT-YYYY' : undefined,
  });
  return { store, collection, clock };
}

describe('reference numbers', () => {
  it('look like PP-7K4M-Q2XD, without 0, O, 1 or I', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(newReference()).to.match(REFERENCE_PATTERN);
    }
    expect(REFERENCE_ALPHABET).not.to.match(/[0O1I]/);
  });

  it('come from the random source given', () => {
    expect(newReference(() => 0)).to.equal('PP-AAAA-AAAA');
  });

  it('are read back however they are typed, and refused when malformed', () => {
    expect(normalizeReference('pp 7k4m q2xd')).to.equal('PP-7K4M-Q2XD');
    expect(normalizeReference('PP-7K4M-Q2X0')).to.equal(undefined);
    expect(normalizeReference('PP-7K4M')).to.equal(undefined);
  });
});

describe('pre-complaint store', () => {
  it('stores a submission as "submitted", purged 30 days later', async () => {
    const { store } = setup(['PP-AAAA-BBBB']);

    const record = await store.submit(sampleContent(), 'webchat');

    expect(record).to.include({ id: 'PP-AAAA-BBBB', status: 'submitted', communeInsee: '35238' });
    expect(record.expiresAt).to.deep.equal(new Date(SUBMITTED.getTime() + 30 * DAY));
    expect(PRE_COMPLAINTS.ttlField).to.equal('expiresAt');
  });

  it('draws another reference when one is already taken', async () => {
    const { store } = setup(['PP-AAAA-BBBB', 'PP-AAAA-BBBB', 'PP-CCCC-DDDD']);
    await store.submit(sampleContent(), 'webchat');

    const second = await store.submit(sampleContent(), 'webchat');

    expect(second.id).to.equal('PP-CCCC-DDDD');
  });

  it('lists newest first, filtered by status and commune', async () => {
    const { store, clock } = setup(['PP-AAAA-AAAA', 'PP-BBBB-BBBB', 'PP-CCCC-CCCC']);
    const brest = { inseeCode: '29019', name: 'Brest', postcode: '29200' };
    await store.submit(sampleContent(), 'webchat');
    clock.now = new Date(SUBMITTED.getTime() + 3600_000);
    await store.submit(sampleContent({ commune: brest }), 'webchat');
    clock.now = new Date(SUBMITTED.getTime() + 7200_000);
    await store.submit(sampleContent(), 'webchat');
    await store.changeStatus('PP-CCCC-CCCC', 'called_back', 'agent-1');

    const ids = async (query: Parameters<PreComplaintStore['list']>[0]): Promise<string[]> =>
      (await store.list(query)).map((record) => record.id);

    expect(await ids({})).to.deep.equal(['PP-CCCC-CCCC', 'PP-BBBB-BBBB', 'PP-AAAA-AAAA']);
    expect(await ids({ status: 'submitted' })).to.deep.equal(['PP-BBBB-BBBB', 'PP-AAAA-AAAA']);
    expect(await ids({ communeInsee: '35238' })).to.deep.equal(['PP-CCCC-CCCC',
      'PP-AAAA-AAAA']);
    expect(await ids({ limit: 1, offset: 1 })).to.deep.equal(['PP-BBBB-BBBB']);
  });

  it('moves a status forward only, with who and when in the history', async () => {
    const { store } = setup(['PP-AAAA-AAAA']);
    await store.submit(sampleContent(), 'webchat');

    const set = await store.changeStatus('PP-AAAA-AAAA', 'appointment_set', 'agent-7');
    const back = await store.changeStatus('PP-AAAA-AAAA', 'called_back', 'agent-7');

    expect(set.ok && set.record.history.map((change) => change.status))
      .to.deep.equal(['submitted', 'appointment_set']);
    expect(set.ok && set.record.history[1].agentId).to.equal('agent-7');
    expect(back).to.deep.equal({ ok: false, error: 'invalid_transition' });
  });

  it('keeps a signed record 30 days after signing, and closing it does not extend that',
    async () => {
      const { store, clock } = setup(['PP-AAAA-AAAA']);
      await store.submit(sampleContent(), 'webchat');
      clock.now = new Date(SUBMITTED.getTime() + 20 * DAY);

      const signed = await store.changeStatus('PP-AAAA-AAAA', 'signed', 'agent-1');
      clock.now = new Date(SUBMITTED.getTime() + 40 * DAY);
      const stillThere = await store.get('PP-AAAA-AAAA');
      const closed = await store.changeStatus('PP-AAAA-AAAA', 'closed', 'agent-1');

      const end = new Date(SUBMITTED.getTime() + 50 * DAY);
      expect(signed.ok && signed.record.expiresAt).to.deep.equal(end);
      expect(stillThere?.status).to.equal('signed');
      expect(closed.ok && closed.record.expiresAt).to.deep.equal(end);
    });

  it('hides an unsigned record once its 30 days are over, before the engine purges it',
    async () => {
      const { store, clock } = setup(['PP-AAAA-AAAA']);
      await store.submit(sampleContent(), 'webchat');

      clock.now = new Date(SUBMITTED.getTime() + 30 * DAY);

      expect(await store.get('PP-AAAA-AAAA')).to.equal(undefined);
      expect(await store.list()).to.deep.equal([]);
    });

  it('refuses a change made on a stale status (two gendarmes at once)', async () => {
    const { store, collection } = setup(['PP-AAAA-AAAA']);
    await store.submit(sampleContent(), 'webchat');
    const realUpdate = collection.update.bind(collection);
    collection.update = async (id, changes, when) => {
      await realUpdate(id, { status: 'called_back' }, {});
      return realUpdate(id, changes, when);
    };

    const result = await store.changeStatus('PP-AAAA-AAAA', 'appointment_set', 'agent-2');

    expect(result).to.deep.equal({ ok: false, error: 'conflict' });
  });

  it('says not found for an unknown reference', async () => {
    const { store } = setup();

    expect(await store.changeStatus('PP-ZZZZ-ZZZZ', 'closed', 'agent-1'))
      .to.deep.equal({ ok: false, error: 'not_found' });
  });
});
