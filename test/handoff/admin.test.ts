import { expect } from 'chai';
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { parseAdminArgs, runAdminCommand } from '../../handoff/auth/adminCommand';
import { world } from './harness';

const PASSWORD = 'correct horse battery staple';

describe('agent admin command', () => {
  it('parses create, password, disable, enable and list', () => {
    expect(parseAdminArgs(['create', '--login', 'g.martin', '--role', 'supervisor']))
      .to.deep.equal({ command: 'create', login: 'g.martin', role: 'supervisor' });
    expect(parseAdminArgs(['list'])).to.deep.equal({ command: 'list' });
  });

  it('explains each bad command line', () => {
    expect(() => parseAdminArgs([])).to.throw(/unknown command \(none\)/);
    expect(() => parseAdminArgs(['create', '--login', 'x'])).to.throw(/needs --role/);
    expect(() => parseAdminArgs(['disable'])).to.throw(/needs --login/);
    expect(() => parseAdminArgs(['create', '--password', 'x'])).to.throw(/unexpected argument/);
  });

  it('creates an account that can sign in, then disables it', async () => {
    const w = world();

    const created = await runAdminCommand(
      parseAdminArgs(['create', '--login', 'g.martin', '--role', 'agent']),
      w.handoff.accounts, async () => PASSWORD);
    const signedIn = await w.handoff.authenticator.signIn('g.martin', PASSWORD, 'ip');
    await runAdminCommand(parseAdminArgs(['disable', '--login', 'g.martin']),
      w.handoff.accounts, async () => '');
    const listed = await runAdminCommand(parseAdminArgs(['list']), w.handoff.accounts,
      async () => '');

    expect(created).to.equal('account g.martin created with role agent');
    expect(signedIn.session.role).to.equal('agent');
    expect(listed).to.equal('g.martin\tagent\tdisabled');
  });

  it('says so when there is no account, rather than print an empty line', async () => {
    const w = world();

    const listed = await runAdminCommand(parseAdminArgs(['list']), w.handoff.accounts,
      async () => '');

    expect(listed).to.equal('no agent accounts');
  });

  it('runs as npm run agent, reading the password from stdin', function () {
    this.timeout(60_000);
    const dataDir = mkdtempSync(join(tmpdir(), 'agent-admin-'));
    const run = (args: string[], input: string) => spawnSync(process.execPath,
      [require.resolve('ts-node/dist/bin.js'), '--transpile-only',
        fromRoot('scripts', 'agent-admin.ts'), ...args],
      { input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' } });

    const created = run(['create', '--login', 'g.martin', '--role', 'admin'], `${PASSWORD}\n`);
    const short = run(['create', '--login', 'other', '--role', 'agent'], 'short\n');
    const listed = run(['list'], '');
    writeFileSync(join(dataDir, 'LOCK'), `${process.pid}\n`);
    const locked = run(['list'], '');
    rmSync(dataDir, { recursive: true, force: true });

    expect(created.stdout).to.equal('account g.martin created with role admin\n');
    expect([short.status, short.stderr]).to.deep.equal(
      [1, 'password must be at least 12 characters\n']);
    expect(listed.stdout).to.equal('g.martin\tadmin\n');
    expect(locked.status).to.equal(1);
    expect(locked.stderr).to.match(/in use by process \d+\nThe running server holds the embedded /)
      .and.match(/POST \/api\/agent\/admin\/agents.*\n$/);
  });
});
