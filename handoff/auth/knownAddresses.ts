/**
 * Addresses from which each login signed in successfully during this run, as tags (see
 * addressTag.ts), never as addresses. A login locked by failures from elsewhere stays open
 * from these: someone who knows a gendarme's login must not lock them out of their own post.
 */
export class KnownAddresses {
  private readonly tags = new Map<string, string[]>();

  constructor(private readonly perLogin = 20, private readonly logins = 10_000) {}

  knows(login: string, tag: string): boolean {
    return this.tags.get(login)?.includes(tag) ?? false;
  }

  remember(login: string, tag: string): void {
    const known = (this.tags.get(login) ?? []).filter((other) => other !== tag);
    // the most recent last, and only the last few: a roaming agent's old addresses go first
    known.push(tag);
    this.tags.delete(login);
    this.tags.set(login, known.slice(-this.perLogin));
    if (this.tags.size > this.logins) {
      const oldest = this.tags.keys().next().value;
      if (oldest !== undefined) {
        this.tags.delete(oldest);
      }
    }
  }
}
