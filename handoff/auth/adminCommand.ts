import type { Content, TemplateData } from '../../content/renderer';
import type { AccountStore } from './accounts';
import { isRole, ROLES } from './accounts';

/** The texts of the tool, in French like its password prompt (a tester's F9). */
const T = 'handoff/admin';

/** A bad command line: the template saying what is wrong (the usage follows it). */
export class AdminUsageError extends Error {
  constructor(readonly key: string, readonly data: TemplateData = {}) {
    super(`${key} ${JSON.stringify(data)}`);
    this.name = 'AdminUsageError';
  }
}

/** Parsed command line of `npm run agent -- <command> [--login X] [--role R]`. */
export interface AdminCommand {
  command: 'create' | 'password' | 'disable' | 'enable' | 'list';
  login?: string;
  role?: string;
}

const COMMANDS: ReadonlyArray<AdminCommand['command']> =
  ['create', 'password', 'disable', 'enable', 'list'];

function isCommand(value: string | undefined): value is AdminCommand['command'] {
  return COMMANDS.some((command) => command === value);
}

export function parseAdminArgs(argv: readonly string[]): AdminCommand {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new AdminUsageError('unknown_command', { command: command ?? '(aucune)' });
  }
  const parsed: AdminCommand = { command };
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value] = [rest[index], rest[index + 1]];
    const known = flag === '--login' || flag === '--role';
    if (!known || value === undefined || value.startsWith('--')) {
      throw new AdminUsageError('unexpected_argument', { flag });
    }
    parsed[flag === '--login' ? 'login' : 'role'] = value;
  }
  if (command !== 'list' && !parsed.login) {
    throw new AdminUsageError('needs_login', { command });
  }
  if (command === 'create' && !isRole(parsed.role)) {
    throw new AdminUsageError('needs_role', { roles: ROLES.join(', ') });
  }
  return parsed;
}

/** Runs one admin command; returns the line to print. `password` reads stdin lazily. */
export async function runAdminCommand(command: AdminCommand, accounts: AccountStore,
  password: () => Promise<string>, content: Content): Promise<string> {
  const login = command.login ?? '';
  switch (command.command) {
    case 'create': {
      const role = command.role;
      if (!isRole(role)) {
        throw new AdminUsageError('needs_role', { roles: ROLES.join(', ') });
      }
      // the account's login as stored (lower case, trimmed), not as typed
      const account = await accounts.create(login, role, await password());
      return content.render(`${T}.created`, { login: account.id, role });
    }
    case 'password':
      await accounts.setPassword(login, await password());
      return content.render(`${T}.password_changed`, { login });
    case 'disable':
    case 'enable':
      await accounts.setDisabled(login, command.command === 'disable');
      return content.render(`${T}.${command.command}d`, { login });
    case 'list': {
      const all = await accounts.list();
      const disabled = content.render(`${T}.disabled_tag`);
      return all.length === 0 ? content.render(`${T}.none`) : all.map((account) =>
        `${account.login}\t${account.role}${account.disabled ? `\t${disabled}` : ''}`)
        .join('\n');
    }
  }
}
