import type { Readable } from 'stream';

/**
 * The raw text of a request body, read up to `maxBytes`; undefined once it goes past, so
 * that a huge body is refused without being held in memory.
 */
export async function readBodyText(req: Readable, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) {
      return undefined;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
