import { expect } from 'chai';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { OtvStore } from '../../dialogs/procedures/otv';
import type { OtvContent, OtvRequest } from '../../dialogs/procedures/otv/types';
import { signedRetentionDaysFromEnv } from '../../records/lifecycle';
import { PRE_COMPLAINTS, PreComplaintStore } from '../../records/store';
import type { PreComplaintRecord } from '../../records/types';
import { openDatabase } from '../../storage';
import type { Collection, Database } from '../../storage/types';
import { MemoryCollection } from '../helpers/memoryCollection';
import { sampleContent } from './fixtures';

const DAY = 24 * 3600_000;
// recent dates: the embedded engine purges by its own clock what is past its date
const SUBMITTED = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY);
const SIGNED = new Date(SUBMITTED.getTime() + 5 * DAY);

function storeOn(collection: Collection<PreComplaintRecord>, clock: { now: Date },
  signedRetentionDays?: number): PreComplaintStore {
  return new PreComplaintStore(collection, { clock: () => clock.now,
    newReference: () => 'PP-AAAA-AAAA', signedRetentionDays });
}

/** A record signed by the earlier version, which removed the purge date on signing. */
function signedWithoutDate(id: string): PreComplaintRecord {
  return { id, status: 'signed', submittedAt: SUBMITTED, updatedAt: SIGNED, expiresAt: null,
    communeInsee: '35238', channel: 'webchat', content: sampleContent(),
    history: [{ status: 'submitted', at: SUBMITTED },
      { status: 'signed', at: SIGNED, agentId: 'agent-1' }] };
}

describe('retention of signed pré-plaintes', () => {
  it('purges a signed record after the configured days, counted from the signature',
    async () => {
      const clock = { now: SUBMITTED };
      const store = storeOn(new MemoryCollection<PreComplaintRecord>(), clock, 10);
      await store.submit(sampleContent(), 'webchat');
      clock.now = SIGNED;

      const signed = await store.changeStatus('PP-AAAA-AAAA', 'signed', 'agent-1');
      clock.now = new Date(SIGNED.getTime() + 10 * DAY);

      expect(signed.ok && signed.record.expiresAt)
        .to.deep.equal(new Date(SIGNED.getTime() + 10 * DAY));
      expect(await store.get('PP-AAAA-AAAA')).to.equal(undefined);
    });

  it('reads RECORDS_SIGNED_RETENTION_DAYS, 30 by default', () => {
    expect(signedRetentionDaysFromEnv({})).to.equal(30);
    expect(signedRetentionDaysFromEnv({ RECORDS_SIGNED_RETENTION_DAYS: '90' })).to.equal(90);
  });

  it('refuses a retention that is not a positive number, with a clear error', () => {
    for (const raw of ['0', '-3', 'forever']) {
      expect(() => signedRetentionDaysFromEnv({ RECORDS_SIGNED_RETENTION_DAYS: raw }))
        .to.throw(`RECORDS_SIGNED_RETENTION_DAYS must be a positive number, got "${raw}"`);
    }
    expect(() => storeOn(new MemoryCollection<PreComplaintRecord>(), { now: SUBMITTED }, 0))
      .to.throw(/signedRetentionDays must be a positive number/);
  });

  describe('records signed before this rule (embedded store)', () => {
    let database: Database;

    beforeEach(async () => {
      database = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'records-')) });
    });

    afterEach(async () => {
      await database.close();
    });

    it('dates them from their signature at start, and leaves the others alone', async () => {
      const collection = database.collection<PreComplaintRecord>(PRE_COMPLAINTS);
      const store = storeOn(collection, { now: new Date(SIGNED.getTime() + DAY) });
      await collection.insert(signedWithoutDate('PP-OLDS-IGND'));
      await store.submit(sampleContent(), 'webchat');

      const dated = await store.dateUndatedSigned();

      expect(dated).to.equal(1);
      expect((await collection.get('PP-OLDS-IGND'))?.expiresAt)
        .to.deep.equal(new Date(SIGNED.getTime() + 30 * DAY));
      expect((await collection.get('PP-AAAA-AAAA'))?.expiresAt)
        .to.deep.equal(new Date(SIGNED.getTime() + DAY + 30 * DAY));
      expect(await store.dateUndatedSigned()).to.equal(0);
    });
  });
});

describe('retention of holiday-watch requests', () => {
  const content: OtvContent = {
    absence: { from: '2026-12-20', to: '2027-01-03' },
    address: { street: '12 rue des Lilas',
      commune: { inseeCode: '42218', name: 'X', postcode: '42000' } },
    home: 'house', access: '', alarm: true, keysLeft: false, vehicles: '', contact: null,
    applicant: { name: 'Camille Martin', phone: '+33612345678' },
  };

  it('keeps a purge date in every status: handling a request never keeps it for good',
    async () => {
      const store = new OtvStore(new MemoryCollection<OtvRequest>(),
        { clock: () => new Date(2026, 11, 4), newReference: () => 'OTV-AAAA-AAAA' });
      const submitted = await store.submit(content, 'webchat');

      const handled = await store.markHandled('OTV-AAAA-AAAA', 'agent-1');

      expect(submitted.expiresAt).to.be.instanceOf(Date);
      expect(handled.ok && handled.request.expiresAt).to.deep.equal(submitted.expiresAt);
      expect(submitted.expiresAt.getTime()).to.be.below(Date.UTC(2027, 1, 10));
    });
});
