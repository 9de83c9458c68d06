import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { callJson } from './directLineClient';
import { spawnServer } from './serverProcess';
import { elapsedMs } from './stats';

export interface StoreMemoryResult {
  conversations: number;
  errors: number;
  createMs: number;
  /** Server RSS once ready, before the first conversation, in MB. */
  idleRssMb: number;
  /** Server RSS once every conversation was created and greeted, in MB. */
  rssMb: number;
  peakRssMb: number;
  /** After a restart on the same DATA_DIR: the journals loaded back into memory. */
  reopenedRssMb: number;
  reopenReadyMs: number;
}

interface Page {
  activities: Array<{ from?: { role?: string } }>;
}

const MAX_CREATE_MS = 150_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
 * through Direct Line as Web Chat does (each one greeted by the bot), then after a restart.
 */
export async function benchStoreMemory(script: string, count = 10_000, concurrency = 50):
Promise<StoreMemoryResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-bench-store-'));
  try {
    const server = await spawnServer({ script, dataDir });
    const idleRssMb = server.memory().rssMb;
    const started = process.hrtime.bigint();
    let errors = 0;
    let created = 0;
    let memory = { rssMb: Number.NaN, peakRssMb: Number.NaN };
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
    } finally {
      await server.stop().catch(() => undefined);
    }

    const reopened = await spawnServer({ script, dataDir });
    const reopenedRssMb = reopened.memory().rssMb;
    await reopened.stop();
    return { conversations: created, errors, createMs, idleRssMb, ...memory, reopenedRssMb,
      reopenReadyMs: reopened.readyMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
