import type { AgentAuthenticator, AgentPrincipal, RequestCredentials } from '../../core/auth';
import { componentLogger } from '../../core/logger';
import { HandoffError } from '../errors';
import { type AccountStore, normalLogin } from './accounts';
import { addressTagger } from './addressTag';
import { CSRF_HEADER, SESSION_COOKIE, changesState, readCookie, readHeader } from './cookies';
import { KnownAddresses } from './knownAddresses';
import { decoyHash, verifyPassword } from './passwords';
import { type AgentSession, type SessionStore, sameSecret } from './sessions';
import type { SignInThrottle } from './throttle';

const log = componentLogger('handoff.auth');
const tagAddress = addressTagger();

/** This login is refused from this address (or from everywhere) whatever the password. */
function lockedError(waitMs: number): void {
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new HandoffError('locked',
      `too many failed attempts for this login, retry in ${seconds} s`, seconds);
  }
}

/**
 * A wrong password from an address that failed too often on any logins: said as it is (the
 * right password would have got in), and slowed down with a 429 (a tester's F7).
 */
function addressLockedError(waitMs: number): void {
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new HandoffError('address_locked',
      `wrong login or password; too many failed attempts from this address, retry in ${
        seconds} s`, seconds);
  }
}

export interface SignedIn {
  token: string;
  session: AgentSession;
}

/** Agent accounts and sessions; implements the AgentAuthenticator other APIs rely on. */
export class AgentAuth implements AgentAuthenticator {
  private readonly known = new KnownAddresses();

  constructor(
    private readonly accounts: AccountStore,
    private readonly sessions: SessionStore,
    private readonly throttle: SignInThrottle,
  ) {}

  async authenticate(request: RequestCredentials): Promise<AgentPrincipal | undefined> {
    try {
      return await this.check(request);
    } catch (error) {
      if (error instanceof HandoffError) {
        return undefined;
      }
      throw error;
    }
  }

  /** The signed-in agent, or a HandoffError saying why not (401, or 403 for CSRF). */
  async check(request: RequestCredentials): Promise<AgentPrincipal> {
    const session = await this.session(request);
    if (!session) {
      throw new HandoffError('unauthenticated', 'sign in first');
    }
    const account = await this.accounts.get(session.agentId);
    if (!account || account.disabled) {
      await this.sessions.close(session.id);
      throw new HandoffError('unauthenticated', 'account disabled');
    }

    if (changesState(request.method)) {
      const token = readHeader(request, CSRF_HEADER) ?? '';
      if (!sameSecret(token, session.csrfToken)) {
        throw new HandoffError('csrf', `missing or wrong ${CSRF_HEADER} header`);
      }
    }
    return { agentId: session.agentId, role: account.role, sessionId: session.id };
  }

  async session(request: RequestCredentials): Promise<AgentSession | undefined> {
    const token = readCookie(request, SESSION_COOKIE);
    return token ? this.sessions.find(token) : undefined;
  }

  /**
   * Failures lock a login from the address they come from (with backoff), so a citizen who
   * knows a gendarme's login cannot lock them out of their own post. Failures spread over
   * many addresses lock the login too, but not from an address it signed in from before.
   * An address that keeps failing on any logins is slowed down (429 instead of 401), but
   * never keeps an unlocked login with the right password out; its wrong passwords then
   * count only towards the login's lock from everywhere, not towards its lock from this
   * address: colleagues behind one NAT address would otherwise lock each other out with
   * typos answered « retry later » (a tester's F7).
   */
  async signIn(typed: string, password: string, address: string): Promise<SignedIn> {
    // "Admin" and "admin " are one login, for the account and for its failures alike
    const login = normalLogin(typed);
    const from = tagAddress(address);
    const pairKey = `login:${login}|ip:${address}`;
    const loginKey = `login:${login}`;
    const addressKey = `ip:${address}`;
    const lockKeys = this.known.knows(login, from) ? [pairKey] : [pairKey, loginKey];
    lockedError(this.throttle.lockedFor(lockKeys));

    const account = await this.accounts.get(login);
    const valid = await verifyPassword(password, account?.passwordHash ?? await decoyHash());
    if (!account || account.disabled || !valid) {
      // every wrong password counts against the login it tried, also from an address already
      // slowed: otherwise an address that failed on five logins would get unlimited guesses
      this.throttle.failure([pairKey]);
      this.throttle.failure([addressKey], undefined, loginKey);
      this.throttle.spreadFailure([loginKey], addressKey);
      // the account attacked, and where from as a tag; a login that names no account is not
      // written: people type their password in the wrong field
      log.warn('sign-in failed', { event: 'auth.signin.failed', known: account !== undefined,
        ...(account ? { agentId: account.id } : {}), from,
        locked: this.throttle.lockedFor(lockKeys) > 0 });
      lockedError(this.throttle.lockedFor(lockKeys));
      addressLockedError(this.throttle.lockedFor([addressKey]));
      throw new HandoffError('unauthenticated', 'wrong login or password');
    }

    // the typos of this login from this address are forgiven (tester12's F13: they went on
    // counting and locked the only admin); other logins' failures, and this login's from
    // elsewhere, still count
    this.throttle.success([pairKey]);
    this.throttle.forgive(addressKey, loginKey);
    this.throttle.forgive(loginKey, addressKey);
    this.known.remember(login, from);
    const signedIn = await this.sessions.open(account.id, account.role);
    log.info('signed in', { agentId: account.id, sessionId: signedIn.session.id.slice(0, 12) });
    return signedIn;
  }

  /** Closes this session; answers how many of the agent's sessions are still open. */
  async signOut(principal: AgentPrincipal): Promise<number> {
    await this.sessions.close(principal.sessionId);
    return this.sessions.liveCount(principal.agentId);
  }
}
