import type { AgentRole } from '../../core/auth';
import { DuplicateKeyError, type Collection, type CollectionSpec, type StoredDocument }
  from '../../storage/types';
import { HandoffError } from '../errors';
import { checkPasswordPolicy, hashPassword } from './passwords';

export const ROLES: readonly AgentRole[] = ['agent', 'supervisor', 'admin'];

export function isRole(value: unknown): value is AgentRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A gendarme's console account; the id is the login (e.g. a matricule), never a name. */
export interface AgentAccount extends StoredDocument {
  role: AgentRole;
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
}

export const ACCOUNTS: CollectionSpec = { name: 'agent_accounts' };

const LOGIN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function checkLogin(login: string): void {
  if (!LOGIN.test(login)) {
    throw new HandoffError('invalid_request',
      'login must be 2-64 characters: lower-case letters, digits, ".", "_", "-"');
  }
}

export class AccountStore {
  constructor(private readonly accounts: Collection<AgentAccount>) {}

  async create(login: string, role: AgentRole, password: string): Promise<AgentAccount> {
    checkLogin(login);
    if (!isRole(role)) {
      throw new HandoffError('invalid_request', `role must be one of ${ROLES.join(', ')}`);
    }
    checkPasswordPolicy(password);

    const account: AgentAccount = { id: login, role, passwordHash: await hashPassword(password),
      disabled: false, createdAt: new Date() };
    try {
      await this.accounts.insert(account);
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        throw new HandoffError('conflict', `an account named ${login} already exists`);
      }
      throw error;
    }
    return account;
  }

  async setPassword(login: string, password: string): Promise<void> {
    checkPasswordPolicy(password);
    const passwordHash = await hashPassword(password);
    const updated = await this.accounts.update(login, { passwordHash });
    if (!updated) {
      throw new HandoffError('not_found', `no account named ${login}`);
    }
  }

  async setDisabled(login: string, disabled: boolean): Promise<void> {
    if (!(await this.accounts.update(login, { disabled }))) {
      throw new HandoffError('not_found', `no account named ${login}`);
    }
  }

  get(login: string): Promise<AgentAccount | undefined> {
    return this.accounts.get(login);
  }

  async list(): Promise<Array<{ login: string; role: AgentRole; disabled: boolean }>> {
    const all = await this.accounts.find({}, { sort: [{ field: 'id', direction: 1 }] });
    return all.map((account) => ({ login: account.id, role: account.role,
      disabled: account.disabled }));
  }
}
