import { isIP } from 'net';

/** One spelling per address, so that "::ffff:10.0.0.1" and "10.0.0.1" are the same proxy. */
function canonical(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7) : trimmed.toLowerCase();
}

/**
 * The proxies whose X-Forwarded-For is believed: TRUSTED_PROXIES, comma-separated IP
 * addresses (none by default). A wrong entry stops the start rather than trust nothing
 * silently.
 */
export function trustedProxiesFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.TRUSTED_PROXIES ?? '';
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    if (isIP(entry) === 0) {
      throw new Error(`TRUSTED_PROXIES must be a comma-separated list of IP addresses, `
        + `got "${entry}"`);
    }
  }
  return entries.map(canonical);
}

/**
 * The address a request comes from, for sign-in throttling. X-Forwarded-For is read only
 * when the peer is a trusted proxy, from the right (the entries a client wrote itself are
 * on the left): the first address no trusted proxy owns is the client.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[]
| undefined, trustedProxies: readonly string[]): string {
  const remote = canonical(peer ?? 'unknown');
  if (!trustedProxies.includes(remote) || forwardedFor === undefined) {
    return remote;
  }

  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',').map(canonical).filter((hop) => hop !== '');
  let client = remote;
  for (const hop of hops.reverse()) {
    if (isIP(hop) === 0) {
      return client;
    }
    client = hop;
    if (!trustedProxies.includes(hop)) {
      return hop;
    }
  }
  return client;
}
