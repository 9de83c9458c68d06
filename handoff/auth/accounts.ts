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

/**
 * Logins are typed on phones and tablets that capitalise the first letter and add a space
 * after a word: neither is part of a login. Accounts are created, and looked up, this way.
 */
export function normalLogin(login: string): string {
  return login.trim().toLowerCase();
}

export function checkLogin(login: string): void {
  if (!LOGIN.test(login)) {
    throw new HandoffError('invalid_request',
      'login must be 2-64 characters: lower-case letters, digits, ".", "_", "-"');
  }
}

export class AccountStore {
  constructor(private readonly accounts: Collection<AgentAccount>) {}

  async create(typed: string, role: AgentRole, password: string): Promise<AgentAccount> {
    const login = normalLogin(typed);
    checkLogin(login);
    if (!isRole(role)) {
      throw new HandoffError('invalid_request', `role must be one of ${ROLES.join(', ')}`);
    }
    checkPasswordPolicy(password);
    if (await this.get(login)) {
      throw new HandoffError('conflict', `an account named ${login} already exists`);
    }

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
    const id = (await this.get(login))?.id ?? normalLogin(login);
    const updated = await this.accounts.update(id, { passwordHash });
    if (!updated) {
      throw new HandoffError('not_found', `no account named ${login}`);
    }
  }

  async setDisabled(login: string, disabled: boolean): Promise<void> {
    const id = (await this.get(login))?.id ?? normalLogin(login);
    if (!(await this.accounts.update(id, { disabled }))) {
      throw new HandoffError('not_found', `no account named ${login}`);
    }
  }

  /**
   * The account of a login as typed. Accounts created before logins were lowered may hold
   * capitals: they are found by a scan, which only a login with no lower-case account pays.
   * A session names its account by its stored id, found at the first look-up.
   */
  async get(typed: string): Promise<AgentAccount | undefined> {
    const login = normalLogin(typed);
    const exact = await this.accounts.get(typed) ?? await this.accounts.get(login);
    if (exact || login === '') {
      return exact;
    }
    const all = await this.accounts.find({});
    return all.find((account) => normalLogin(account.id) === login);
  }

  async list(): Promise<Array<{ login: string; role: AgentRole; disabled: boolean }>> {
    const all = await this.accounts.find({}, { sort: [{ field: 'id', direction: 1 }] });
    return all.map((account) => ({ login: account.id, role: account.role,
      disabled: account.disabled }));
  }
}
