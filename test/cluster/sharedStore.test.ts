import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadContent } from '../../content/renderer';
import { loadConfig } from '../../core/config';
import { TECHNICAL_PROBLEM } from '../../server/turnErrors';
import { LeaseManager } from '../../storage/leases';
import { Cluster } from '../../server/cluster';
import { compose, type Composition } from '../../server/compose';
import { openDatabase, type Database } from '../../storage';
import { recordingAssistant } from '../helpers/bots';
import { DirectLineClient } from '../helpers/directLineClient';

describe('the shared-store setting (several instances)', () => {
  it('is on with MongoDB and off with the embedded store unless SHARED_STORE says so', () => {
    const uri = 'mongodb://127.0.0.1:27017/brigade';

    expect(loadConfig({}).sharedStore).to.equal(false);
    expect(loadConfig({ MONGODB_URI: uri }).sharedStore).to.equal(true);
    expect(loadConfig({ MONGODB_URI: uri, SHARED_STORE: 'false' }).sharedStore).to.equal(false);
    expect(loadConfig({ SHARED_STORE: 'true' }).sharedStore).to.equal(true);
  });

  it('refuses a SHARED_STORE that is neither true nor false, naming it', () => {
    expect(() => loadConfig({ SHARED_STORE: 'yes' })).to.throw(/SHARED_STORE.*"yes"/);
  });

  it('refuses to share an engine that has no change feed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shared-store-'));
    const database = await openDatabase({ dataDir });
    try {
      const noFeed: Database = { ...database, engine: database.engine,
        botStorage: database.botStorage, collection: (spec) => database.collection(spec),
        health: () => database.health(), close: () => database.close(), subscribe: undefined };

      expect(() => new Cluster(noFeed)).to.throw(/no change feed/);
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('readiness', () => {
    let dataDir: string;
    let composition: Composition | undefined;

    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'shared-ready-'));
    });

    afterEach(async () => {
      await composition?.app.close();
      composition = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    });

    async function healthz(feedWorks: boolean): Promise<number> {
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir,
        SHARED_STORE: 'true' });
      composition = await compose(config, recordingAssistant().factory, {
        cluster: { feedRetryMs: 60_000 },
        openStore: async () => {
          const database = await openDatabase({ dataDir });
          if (!feedWorks) {
            database.subscribe = () => {
              throw new Error('change streams need a replica set');
            };
          }
          return database;
        },
      });
      const url = await composition.app.listen(0, '127.0.0.1');
      if (feedWorks) {
        await composition.cluster?.ready();
      }
      return (await fetch(`${url}/healthz`)).status;
    }

    it('is ready once the change feeds deliver', async () => {
      expect(await healthz(true)).to.equal(200);
    });

    it('is not ready while a change feed cannot be opened (other instances\' messages '
      + 'would be missed)', async () => {
      expect(await healthz(false)).to.equal(503);
    });
  });

  describe('a conversation whose lease cannot be had in time', () => {
    let dataDir: string;
    let composition: Composition | undefined;

    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'shared-lease-'));
    });

    afterEach(async () => {
      await composition?.app.close();
      composition = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps the message and asks the citizen to retry, with the emergency numbers',
      async () => {
        const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir,
          SHARED_STORE: 'true' });
        composition = await compose(config, recordingAssistant().factory,
          { cluster: { leaseWaitMs: 50 } });
        const url = await composition.app.listen(0, '127.0.0.1');
        const citizen = await DirectLineClient.start(url);
        await composition.directLine.whenIdle();
        // another instance is stuck in a turn of this conversation
        const stuck = LeaseManager.open(composition.database, { owner: 'stuck', ttlMs: 60_000 });
        await stuck.acquire(`turn:directline:${citizen.conversationId}`);

        const posted = await citizen.say('il y a quelqu\'un chez moi');
        await composition.directLine.whenIdle();
        const read = await citizen.activities();

        expect(posted.status).to.equal(200);
        expect(read.body.activities.map((activity) => activity.text)).to.deep.equal([
          'greeting', 'il y a quelqu\'un chez moi', loadContent().render(TECHNICAL_PROBLEM),
        ]);
      });
  });
});
