import { expect } from 'chai';
import {
  chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadOrCreateSecret, SECRET_FILE } from '../../directline/secretFile';

const GOOD = 'a-secret-that-is-long-enough-for-hmac-0123456789';

async function startError(dataDir: string): Promise<string> {
  return loadOrCreateSecret(dataDir).then(() => 'started', (error: Error) => error.message);
}

describe('the Direct Line secret kept in DATA_DIR', () => {
  let root: string;
  let dataDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'brigade-secret-'));
    dataDir = join(root, 'data');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is made on the first start, owner-only, and the same on every later start', async () => {
    const first = await loadOrCreateSecret(dataDir);
    const second = await loadOrCreateSecret(dataDir);

    expect(first).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(second).to.equal(first);
    expect(statSync(join(dataDir, SECRET_FILE)).mode & 0o777).to.equal(0o600);
    expect(readFileSync(join(dataDir, SECRET_FILE), 'utf8')).to.equal(`${first}\n`);
  });

  it('differs from one DATA_DIR to another', async () => {
    const here = await loadOrCreateSecret(join(root, 'one'));
    const there = await loadOrCreateSecret(join(root, 'two'));

    expect(here).not.to.equal(there);
  });

  it('is one secret when processes start together, and leaves no temporary file', async () => {
    const secrets = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateSecret(dataDir)));

    expect(new Set(secrets).size).to.equal(1);
    expect(readdirSync(dataDir)).to.deep.equal([SECRET_FILE]);
  });

  it('reads a secret an operator wrote, with or without a final line break', async () => {
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, SECRET_FILE), GOOD, { mode: 0o600 });
    const bare = await loadOrCreateSecret(dataDir);
    writeFileSync(join(dataDir, SECRET_FILE), `${GOOD}\n`);

    expect(bare).to.equal(GOOD);
    expect(await loadOrCreateSecret(dataDir)).to.equal(GOOD);
  });

  it('tightens a file others could read to owner-only', async () => {
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, SECRET_FILE), GOOD);
    chmodSync(join(dataDir, SECRET_FILE), 0o644);

    await loadOrCreateSecret(dataDir);

    expect(statSync(join(dataDir, SECRET_FILE)).mode & 0o777).to.equal(0o600);
  });

  describe('refuses to start, naming the file, and never replaces it', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['an empty file', '', /is empty/],
      ['a short secret', 'short\n', /holds only 5 characters/],
      ['two lines', `${GOOD}\n${GOOD}\n`, /line breaks/],
      ['spaces', `${GOOD} ${GOOD}`, /spaces/],
      ['non-ASCII text', `${GOOD}é`, /non-ASCII/],
    ];
    for (const [name, content, problem] of cases) {
      it(`on ${name}`, async () => {
        mkdirSync(dataDir);
        writeFileSync(join(dataDir, SECRET_FILE), content, { mode: 0o600 });

        const message = await startError(dataDir);

        expect(message).to.include(join(dataDir, SECRET_FILE)).and.match(problem)
          .and.include('DIRECTLINE_SECRET');
        expect(readFileSync(join(dataDir, SECRET_FILE), 'utf8')).to.equal(content);
      });
    }

    it('on a folder in its place', async () => {
      mkdirSync(join(dataDir, SECRET_FILE), { recursive: true });

      expect(await startError(dataDir)).to.match(/directline\.secret is not a file/);
    });

    it('when DATA_DIR is not a folder', async () => {
      writeFileSync(join(root, 'file'), '');

      expect(await startError(join(root, 'file')))
        .to.match(/file\/directline\.secret cannot be read \(ENOTDIR\)/);
    });
  });
});
