import { createHmac, randomBytes } from 'crypto';

/**
 * A short tag standing for a client address in security logs: an operator can see that
 * failed sign-ins come from one place, or from many, without the logs keeping addresses.
 * The key is drawn at start and never stored, so tags match within one run of the server
 * only and cannot be turned back into addresses by trying them all.
 */
export function addressTagger(key: Buffer = randomBytes(32)): (address: string) => string {
  return (address) => createHmac('sha256', key).update(address).digest('hex').slice(0, 12);
}
