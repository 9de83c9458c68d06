import type { AccountStore } from './accounts';
import { isRole, ROLES } from './accounts';

/** Parsed command line of `npm run agent -- <command> [--login X] [--role R]`. */
export interface AdminCommand {
  command: 'create' | 'password' | 'disable' | 'enable' | 'list';
  login?: string;
  role?: string;
}

export const USAGE = [
  'usage: npm run agent -- create --login <login> --role agent|supervisor|admin',
  '       npm run agent -- password --login <login>',
  '       npm run agent -- disable|enable --login <login>',
  '       npm run agent -- list',
  'The password is read from stdin (first line), never from the command line.',
].join('\n');

const COMMANDS: ReadonlyArray<AdminCommand['command']> =
  ['create', 'password', 'disable', 'enable', 'list'];

function isCommand(value: string | undefined): value is AdminCommand['command'] {
  return COMMANDS.some((command) => command === value);
}

export function parseAdminArgs(argv: readonly string[]): AdminCommand {
  const [command, ...rest] = argv;
  if (!isCommand(command)) {
    throw new Error(`unknown command ${command ?? '(none)'}\n${USAGE}`);
  }
  const parsed: AdminCommand = { command };
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value] = [rest[index], rest[index + 1]];
    const known = flag === '--login' || flag === '--role';
    if (!known || value === undefined || value.startsWith('--')) {
      throw new Error(`unexpected argument ${flag}\n${USAGE}`);
    }
    parsed[flag === '--login' ? 'login' : 'role'] = value;
  }
  if (command !== 'list' && !parsed.login) {
    throw new Error(`${command} needs --login\n${USAGE}`);
  }
  if (command === 'create' && !isRole(parsed.role)) {
    throw new Error(`create needs --role ${ROLES.join('|')}\n${USAGE}`);
  }
  return parsed;
}

/** Runs one admin command; returns the line to print. `password` reads stdin lazily. */
export async function runAdminCommand(command: AdminCommand, accounts: AccountStore,
  password: () => Promise<string>): Promise<string> {
  const login = command.login ?? '';
  switch (command.command) {
    case 'create': {
      const role = command.role;
      if (!isRole(role)) {
        throw new Error(`role must be one of ${ROLES.join(', ')}`);
      }
      await accounts.create(login, role, await password());
      return `account ${login} created with role ${role}`;
    }
    case 'password':
      await accounts.setPassword(login, await password());
      return `password of ${login} changed`;
    case 'disable':
    case 'enable':
      await accounts.setDisabled(login, command.command === 'disable');
      return `account ${login} ${command.command}d`;
    case 'list': {
      const all = await accounts.list();
      return all.length === 0 ? 'no agent accounts' : all.map((account) =>
        `${account.login}\t${account.role}${account.disabled ? '\tdisabled' : ''}`).join('\n');
    }
  }
}
