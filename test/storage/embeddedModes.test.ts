import { expect } from 'chai';
import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import type { StoredDocument } from '../../storage/types';

function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

/** Mode of every entry of DATA_DIR, by name. */
function modes(dataDir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dataDir).map((name) => [name, mode(join(dataDir, name))]));
}

describe('embedded engine: file permissions', () => {
  let umask: number;

  // the most permissive umask: the modes must come from the engine, not from the shell
  beforeEach(() => {
    umask = process.umask(0);
  });

  afterEach(() => {
    process.umask(umask);
  });

  it('creates DATA_DIR 0700 and its journals and lock 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'embedded-modes-')), 'data');
    const db = await EmbeddedDatabase.open({ dataDir });
    await db.collection<StoredDocument>({ name: 'notes' }).insert({ id: 'n1' });

    const whileOpen = modes(dataDir);
    await db.close();

    expect(mode(dataDir)).to.equal('700');
    expect(whileOpen).to.include({ LOCK: '600', 'notes.jsonl': '600' });
    // every other file too (bot state journal, a compaction's temporary file)
    expect(new Set(Object.values(whileOpen))).to.deep.equal(new Set(['600']));
  });

  it('tightens a folder and files made readable by an earlier version', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'embedded-modes-'));
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'notes.jsonl'), '', { mode: 0o644 });
    writeFileSync(join(dataDir, 'notes.jsonl.tmp'), 'left by a crash', { mode: 0o644 });

    const db = await EmbeddedDatabase.open({ dataDir });
    await db.collection<StoredDocument>({ name: 'notes' }).insert({ id: 'n1' });
    await db.close();

    expect(mode(dataDir)).to.equal('700');
    expect(modes(dataDir)).to.include({ 'notes.jsonl': '600' });
    expect(new Set(Object.values(modes(dataDir)))).to.deep.equal(new Set(['600']));
  });
});
