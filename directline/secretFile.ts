import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { join } from 'path';
import { componentLogger } from '../core/logger';

const log = componentLogger('directline');

/** Where the Direct Line secret is kept when DIRECTLINE_SECRET is not set. */
export const SECRET_FILE = 'directline.secret';

/** A generated secret is 32 random bytes (43 base64url characters): no shorter is read. */
export const MIN_SECRET_LENGTH = 32;

/** The file holds a secret nobody can use: the server must not start on it. */
export class SecretFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file} ${problem}: it must hold one line of at least ${MIN_SECRET_LENGTH} `
      + 'printable characters (the Direct Line secret); delete the file to make a new one '
      + '(every open conversation is then lost), or set DIRECTLINE_SECRET');
    this.name = 'SecretFileError';
  }
}

function errorCode(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : undefined;
}

function parseSecret(file: string, text: string): string {
  const secret = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (secret.length === 0) {
    throw new SecretFileError(file, 'is empty');
  }
  if (!/^[\x21-\x7e]+$/.test(secret)) {
    throw new SecretFileError(file, 'holds spaces, line breaks or non-ASCII characters');
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecretFileError(file, `holds only ${secret.length} characters`);
  }
  return secret;
}

async function readSecret(file: string): Promise<string | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return undefined;
    }
    throw new SecretFileError(file, `cannot be read (${errorCode(error) ?? 'error'})`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new SecretFileError(file, 'is not a file');
    }
    // whoever reads it can open any citizen's conversation: owner only, whatever the umask
    if ((stat.mode & 0o077) !== 0) {
      await handle.chmod(0o600);
    }
    return parseSecret(file, await handle.readFile('utf8'));
  } finally {
    await handle.close();
  }
}

/**
 * Writes a new secret under a temporary name, then links it to its place: the link fails
 * if another process made one first, so every process ends with the same, whole secret.
 */
async function createSecret(dataDir: string, file: string): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await linkNewSecret(dataDir, file);
  } catch (error) {
    throw new Error(`cannot make the Direct Line secret ${file} `
      + `(${errorCode(error) ?? 'error'}): let the service write DATA_DIR, `
      + 'or set DIRECTLINE_SECRET');
  }
}

async function linkNewSecret(dataDir: string, file: string): Promise<void> {
  const temp = join(dataDir, `${SECRET_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  const out = await fs.open(temp, 'wx', 0o600);
  try {
    await out.chmod(0o600);
    await out.writeFile(`${randomBytes(32).toString('base64url')}\n`);
    await out.sync();
  } finally {
    await out.close();
  }

  try {
    await fs.link(temp, file);
    log.info('directline.secret_created', { file });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') {
      throw error;
    }
  } finally {
    await fs.unlink(temp);
  }
  await syncFolder(dataDir);
}

/** The new name must survive a power cut as well as the content. */
async function syncFolder(dataDir: string): Promise<void> {
  const folder = await fs.open(dataDir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * The Direct Line secret kept in `dataDir`, made on the first start: tokens issued before a
 * restart stay valid after it, so open chats survive. Bad content is an error, never
 * replaced silently (that would end every open conversation).
 */
export async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, SECRET_FILE);
  const existing = await readSecret(file);
  if (existing !== undefined) {
    return existing;
  }

  await createSecret(dataDir, file);
  const created = await readSecret(file);
  if (created === undefined) {
    throw new SecretFileError(file, 'disappeared as it was made');
  }
  return created;
}
