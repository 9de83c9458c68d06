import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig } from '../../core/config';
import { SECRET_FILE } from '../../directline/secretFile';
import { compose } from '../../server/compose';
import { recordingAssistant } from '../helpers/bots';
import { captureLogs } from '../helpers/logCapture';
import { DirectLineClient, request } from '../helpers/directLineClient';

interface Started {
  url: string;
  close(): Promise<void>;
}

/** One start of the app on a DATA_DIR that outlives it (a restart reuses the folder). */
async function start(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env });
  const { app } = await compose(config, recordingAssistant().factory);
  const url = await app.listen(config.port, config.host);
  return { url, close: () => app.close() };
}

/** A conversation started on one run, and what its token opens on another. */
async function tokenAcross(first: Started, then: () => Promise<Started>): Promise<number> {
  const citizen = await DirectLineClient.start(first.url);
  await first.close();
  const second = await then();
  try {
    const read = await request(second.url, 'GET', citizen.path('/activities'),
      { token: citizen.token });
    return read.status;
  } finally {
    await second.close();
  }
}

describe('restarting the server without DIRECTLINE_SECRET', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'brigade-restart-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the open chats: the same DATA_DIR accepts the tokens issued before', async () => {
    const dataDir = join(root, 'data');

    const status = await tokenAcross(await start(dataDir), () => start(dataDir));

    expect(status).to.equal(200);
  });

  it('does not let another DATA_DIR accept them', async () => {
    const status = await tokenAcross(await start(join(root, 'one')),
      () => start(join(root, 'two')));

    expect(status).to.equal(403);
  });

  it('lets DIRECTLINE_SECRET win over the kept secret', async () => {
    const dataDir = join(root, 'data');
    const env = { DIRECTLINE_SECRET: 'the secret the operator set for every instance' };

    const kept = await tokenAcross(await start(dataDir, env), () => start(dataDir));
    const set = await tokenAcross(await start(dataDir, env), () => start(dataDir, env));

    expect(kept).to.equal(403);
    expect(set).to.equal(200);
  });

  it('does not start on a kept secret it cannot use, and says which file', async () => {
    const dataDir = join(root, 'data');
    await (await start(dataDir)).close();
    writeFileSync(join(dataDir, SECRET_FILE), 'abc\n');

    const error = await start(dataDir).then(async (started) => {
      await started.close();
      return 'started';
    }, (e: Error) => e.message);
    const after = await start(dataDir, { DIRECTLINE_SECRET: 'set by the operator instead' });
    await after.close();

    expect(error).to.include(join(dataDir, SECRET_FILE)).and.include('holds only 3 characters');
  });

  it('warns at start when instances share the store: each would keep its own', async () => {
    const logs = captureLogs();
    try {
      await (await start(join(root, 'data'), { SHARED_STORE: 'true' })).close();
    } finally {
      logs.stop();
    }

    expect(logs.lines.some((line) => line.includes('directline.secret_not_shared')))
      .to.equal(true);
  });
});
