import { expect } from 'chai';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { SKIPPED_BROWSER_SPEC } from '../helpers/chromium';

/** The README's test command, on a new machine without Chromium (tester F14); its
 * behaviour is told in docs/install.md, which must say what the command does. */
const DEPS = fromRoot('scripts', 'test-deps.sh');
/** The browser specs, compiled or not, whichever this spec runs as. */
const COMPILED = __filename.endsWith('.js');
const TESTS = join(__dirname, '..');
const EXTENSION = COMPILED ? 'js' : 'ts';

function deps(env: NodeJS.ProcessEnv): { code: number | null; stderr: string } {
  const run = spawnSync('bash', [DEPS], { env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8', timeout: 10_000 });
  return { code: run.status, stderr: run.stderr };
}

interface MochaReport {
  stats: { tests: number; pending: number; failures: number; passes: number };
  pending: Array<{ fullTitle: string }>;
  failures: Array<{ fullTitle: string; err: { message?: string } }>;
}

describe('npm test on a machine without Chromium', () => {
  it('checks for Chromium before building or running anything', () => {
    const scripts: unknown = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).scripts;
    const ci = readFileSync(fromRoot('.ci', 'run'), 'utf8');

    expect(scripts).to.have.property('test').that.match(/^bash scripts\/test-deps\.sh && /);
    expect(ci).to.match(/\nnpm ci [^\n]*\nnpm test\n$/).and.not.to.include('apt-get');
  });

  it('stops at once, saying how to install it or how to skip the browser specs', () => {
    const run = deps({ CHROMIUM_PATH: '/nonexistent/chromium' });

    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('Chromium is missing (/nonexistent/chromium)')
      .and.to.include('apt-get install chromium').and.to.include('SKIP_BROWSER_SPECS=1 npm test');
  });

  it('does what docs/install.md says: the install hint, the skip, the pending titles', () => {
    const install = readFileSync(fromRoot('docs', 'install.md'), 'utf8');
    const readme = readFileSync(fromRoot('README.md'), 'utf8');

    const run = deps({ CHROMIUM_PATH: '/nonexistent/chromium' });

    expect(run.stderr).to.include('sudo apt-get install chromium');
    expect(install).to.include('`sudo apt-get install chromium`')
      .and.to.include('`SKIP_BROWSER_SPECS=1 npm test`')
      .and.to.include(`\`(${SKIPPED_BROWSER_SPEC})\``);
    expect(readme).to.include('`SKIP_BROWSER_SPECS=1 npm test` runs the rest');
  });

  it('goes on when Chromium is there, or when the browser specs are to be skipped', () => {
    expect(deps({ CHROMIUM_PATH: process.execPath })).to.deep.equal({ code: 0, stderr: '' });
    expect(deps({ CHROMIUM_PATH: '/nonexistent/chromium', SKIP_BROWSER_SPECS: '1' }).code)
      .to.equal(0);
  });

  it('with SKIP_BROWSER_SPECS=1, leaves every browser spec pending with the reason, '
    + 'and no hook fails', function () {
    this.timeout(300_000);
    const dir = mkdtempSync(join(tmpdir(), 'browser-skip-'));
    const output = join(dir, 'report.json');
    const specs = [join(TESTS, 'browser', `*.test.${EXTENSION}`),
      join(TESTS, 'web', `quick-exit.test.${EXTENSION}`)];
    const loader = COMPILED ? [] : ['-r', 'ts-node/register/transpile-only'];

    const run = spawnSync(process.execPath, [require.resolve('mocha/bin/mocha.js'),
      '--no-config', ...loader, '--exit', '--reporter', 'json',
      '--reporter-option', `output=${output}`, ...specs], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', SKIP_BROWSER_SPECS: '1',
        CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8', timeout: 280_000 });
    const report: MochaReport = JSON.parse(readFileSync(output, 'utf8'));
    rmSync(dir, { recursive: true, force: true });

    expect(report.failures.map((failure) => `${failure.fullTitle}: ${failure.err.message}`),
      run.stderr).to.deep.equal([]);
    expect(run.status).to.equal(0);
    expect(report.stats.pending).to.be.greaterThan(40).and.to.equal(report.stats.tests);
    for (const { fullTitle } of report.pending) {
      expect(fullTitle).to.include(SKIPPED_BROWSER_SPEC);
    }
  });
});
