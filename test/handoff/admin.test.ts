import { expect } from 'chai';
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { loadContent } from '../../content/renderer';
import { AdminUsageError, parseAdminArgs, runAdminCommand } from '../../handoff/auth/adminCommand';
import { adminErrorText } from '../../handoff/auth/adminErrors';
import { HandoffError } from '../../handoff/errors';
import { world } from './harness';

const content = loadContent();

function usageKey(argv: string[]): string {
  try {
    parseAdminArgs(argv);
  } catch (error) {
    return error instanceof AdminUsageError ? error.key : 'not a usage error';
  }
  return 'accepted';
}

const PASSWORD = 'correct horse battery staple';

describe('agent admin command', () => {
  it('parses create, password, disable, enable and list', () => {
    expect(parseAdminArgs(['create', '--login', 'g.martin', '--role', 'supervisor']))
      .to.deep.equal({ command: 'create', login: 'g.martin', role: 'supervisor' });
    expect(parseAdminArgs(['list'])).to.deep.equal({ command: 'list' });
  });

  it('explains each bad command line', () => {
    expect(usageKey([])).to.equal('unknown_command');
    expect(usageKey(['create', '--login', 'x'])).to.equal('needs_role');
    expect(usageKey(['disable'])).to.equal('needs_login');
    expect(usageKey(['create', '--password', 'x'])).to.equal('unexpected_argument');
  });

  it('explains in French, with the usage after a bad command line', () => {
    const bad = adminErrorText(new AdminUsageError('needs_login', { command: 'disable' }),
      content);
    const exists = adminErrorText(new HandoffError('conflict',
      'an account named g.martin already exists'), content, 'g.martin');
    const locked = adminErrorText(new Error('data directory ./data is in use by process 42'),
      content);

    expect(bad).to.match(/^La commande disable demande --login <identifiant>\.\nUtilisation : /);
    expect(exists).to.equal('Un compte nommé g.martin existe déjà.');
    expect(locked).to.match(/^Le dossier de données \.\/data est utilisé par le processus 42 /);
  });

  it('creates an account that can sign in, then disables it', async () => {
    const w = world();

    const created = await runAdminCommand(
      parseAdminArgs(['create', '--login', 'g.martin', '--role', 'agent']),
      w.handoff.accounts, async () => PASSWORD, content);
    const signedIn = await w.handoff.authenticator.signIn('g.martin', PASSWORD, 'ip');
    await runAdminCommand(parseAdminArgs(['disable', '--login', 'g.martin']),
      w.handoff.accounts, async () => '', content);
    const listed = await runAdminCommand(parseAdminArgs(['list']), w.handoff.accounts,
      async () => '', content);

    expect(created).to.equal('Compte g.martin créé avec le rôle agent.');
    expect(signedIn.session.role).to.equal('agent');
    expect(listed).to.equal('g.martin\tagent\tdésactivé');
  });

  it('creates a login typed with capitals and spaces as it will be signed in with', async () => {
    const w = world();

    const created = await runAdminCommand(
      parseAdminArgs(['create', '--login', ' G.Martin ', '--role', 'agent']),
      w.handoff.accounts, async () => PASSWORD, content);
    const listed = await runAdminCommand(parseAdminArgs(['list']), w.handoff.accounts,
      async () => '', content);

    expect(created).to.equal('Compte g.martin créé avec le rôle agent.');
    expect(listed).to.equal('g.martin\tagent');
  });

  it('says so when there is no account, rather than print an empty line', async () => {
    const w = world();

    const listed = await runAdminCommand(parseAdminArgs(['list']), w.handoff.accounts,
      async () => '', content);

    expect(listed).to.equal('Aucun compte d\'agent.');
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

    expect(created.stdout).to.equal('Compte g.martin créé avec le rôle admin.\n');
    expect([short.status, short.stderr]).to.deep.equal(
      [1, 'Mot de passe trop court : 12 caractères au moins.\n']);
    expect(listed.stdout).to.equal('g.martin\tadmin\n');
    expect(locked.status).to.equal(1);
    expect(locked.stderr).to.match(/est utilisé par le processus \d+ \(le serveur en marche\)/)
      .and.match(/POST \/api\/agent\/admin\/agents.*\n$/);
  });
});
