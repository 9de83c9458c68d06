import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { callJson } from './directLineClient';
import { spawnServer, type ServerProcess } from './serverProcess';
import { elapsedMs } from './stats';

/** Memory of a server once its garbage is collected, in MB. */
export interface CollectedMemory {
  heapUsedMb: number;
  /** RSS once V8 has returned the freed pages (read until it stops falling). */
  rssMb: number;
}

export interface StoreMemoryResult {
  conversations: number;
  errors: number;
  createMs: number;
  /** Server RSS once ready, before the first conversation, in MB. */
  idleRssMb: number;
  idle: CollectedMemory;
  /** Server RSS right after every conversation was created and greeted, in MB: it still
   * holds the burst's garbage, which V8 collects later. */
  rssMb: number;
  peakRssMb: number;
  /** The same server after a full GC: what holding the conversations costs. */
  holding: CollectedMemory;
  /** Heap growth per conversation created, in bytes. */
  heapBytesPerConversation: number;
  /** After a restart on the same DATA_DIR, as it comes up (no GC forced), in MB. */
  reopenedRssMb: number;
  reopened: CollectedMemory;
  reopenReadyMs: number;
}

interface Page {
  activities: Array<{ from?: { role?: string } }>;
}

const MAX_CREATE_MS = 150_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const toMb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * A full GC in the server, then its RSS read once a second until it has not fallen for
 * three seconds (V8 unmaps freed pages in the background), for at most 20 s.
 */
async function collected(server: ServerProcess): Promise<CollectedMemory> {
  const sample = await server.memoryAfterGc();
  if (sample === undefined || !sample.collected) {
    throw new Error('the server did not answer the memory probe');
  }
  let lowest = server.memory().rssMb;
  let steady = 0;
  for (let second = 0; second < 20 && steady < 3; second += 1) {
    await sleep(1000);
    const now = server.memory().rssMb;
    steady = now > lowest - 1 ? steady + 1 : 0;
    lowest = Math.min(lowest, now);
  }
  return { heapUsedMb: toMb(sample.heapUsedBytes), rssMb: lowest };
}

/** Starts a conversation and waits until the bot's greeting is in its log (turn over). */
async function createGreeted(url: string, timeoutMs: number): Promise<void> {
  const grant = await callJson<{ conversationId: string; token: string }>(
    `${url}/v3/directline/conversations`, 'POST', { locale: 'fr-FR' }, undefined, 201);
  const log = `${url}/v3/directline/conversations/` +
    `${encodeURIComponent(grant.conversationId)}/activities`;
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const page = await callJson<Page>(log, 'GET', undefined, grant.token, 200);
    if (page.activities.some((activity) => activity.from?.role === 'bot')) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error('no greeting');
    }
    await sleep(20);
  }
}

/**
 * RSS of the real server holding `count` conversations in its embedded store, created
 * through Direct Line as Web Chat does (each one greeted by the bot): right after the
 * burst, after a full GC (the memory probe is preloaded), then after a restart.
 */
export async function benchStoreMemory(script: string, count = 10_000, concurrency = 50):
Promise<StoreMemoryResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-bench-store-'));
  try {
    const server = await spawnServer({ script, dataDir, memoryProbe: true });
    const idleRssMb = server.memory().rssMb;
    const idle = await collected(server);
    const started = process.hrtime.bigint();
    let errors = 0;
    let created = 0;
    let memory = { rssMb: Number.NaN, peakRssMb: Number.NaN };
    let holding: CollectedMemory = { heapUsedMb: Number.NaN, rssMb: Number.NaN };
    let createMs = Number.NaN;
    try {
      const worker = async (): Promise<void> => {
        // bounded in time too: on a very slow machine the report says how many were made
        while (created < count && elapsedMs(started) < MAX_CREATE_MS) {
          created += 1;
          await createGreeted(server.url, 30_000).catch(() => {
            errors += 1;
          });
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      createMs = elapsedMs(started);
      memory = server.memory();
      holding = await collected(server);
    } finally {
      await server.stop().catch(() => undefined);
    }

    const again = await spawnServer({ script, dataDir, memoryProbe: true });
    const reopenedRssMb = again.memory().rssMb;
    const reopened = await collected(again).finally(() => again.stop());
    const heapBytesPerConversation =
      ((holding.heapUsedMb - idle.heapUsedMb) * 1024 * 1024) / created;
    return { conversations: created, errors, createMs, idleRssMb, idle, ...memory, holding,
      heapBytesPerConversation, reopenedRssMb, reopened, reopenReadyMs: again.readyMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
