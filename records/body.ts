import type { Request } from 'restify';
import { readBodyText } from '../core/httpBody';

const MAX_BODY_BYTES = 4096;

export type BodyResult = { ok: true; body: unknown } | { ok: false; error: string };

function parseJson(text: string): BodyResult {
  try {
    const body: unknown = JSON.parse(text);
    return { ok: true, body };
  } catch {
    return { ok: false, error: 'body must be JSON' };
  }
}

/**
 * The JSON body of a small request, whether or not the server installed restify's body
 * parser (the composition root decides that, not this module).
 */
export async function readJsonBody(req: Request): Promise<BodyResult> {
  const already: unknown = req.body;
  if (typeof already === 'object' && already !== null && !Buffer.isBuffer(already)) {
    return { ok: true, body: already };
  }
  if (typeof already === 'string' || Buffer.isBuffer(already)) {
    return parseJson(already.toString());
  }
  const text = await readBodyText(req, MAX_BODY_BYTES);
  return text === undefined ? { ok: false, error: 'body too large' } : parseJson(text);
}
