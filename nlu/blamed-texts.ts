import { createHash } from 'node:crypto';

/** How many blamed texts are remembered: the oldest is forgotten first. */
const REMEMBERED = 100;

/**
 * Texts that stopped the recogniser's thread, or held it past its time limit, when asked
 * alone: asked again they are refused at once instead of costing another restart, so that
 * one text pasted over and over stalls nobody behind it. Kept as digests: no citizen's text
 * stays in memory.
 */
export class BlamedTexts {
  private readonly digests = new Set<string>();

  add(text: string): void {
    const digest = digestOf(text);
    this.digests.delete(digest);
    this.digests.add(digest);
    if (this.digests.size > REMEMBERED) {
      const [oldest] = this.digests;
      this.digests.delete(oldest);
    }
  }

  has(text: string): boolean {
    // no digest of every message while nothing was ever blamed
    return this.digests.size > 0 && this.digests.has(digestOf(text));
  }
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
