import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BenchAgent, createAgentAccount, type EntryEvent } from './agentClient';
import { BenchConversation } from './directLineClient';
import { spawnServer } from './serverProcess';
import { summarize, type Summary } from './stats';

export interface RelayResult {
  citizens: number;
  messages: number;
  errors: number;
  /** From the citizen's POST to the transcript line on the agent's WebSocket, in ms. */
  latency: Summary;
}

export interface RelayOptions {
  serverScript: string;
  adminScript: string;
  /** Conversations held by the agent at once (at most the agent's limit, 3 by default). */
  citizens?: number;
  messagesPerCitizen?: number;
}

const LOGIN = 'bench.agent';
// a throwaway account in a temporary DATA_DIR, deleted with it
const PASSWORD = 'banc-essai-relais-2026';
const ASK_FOR_AGENT = 'je veux parler à un gendarme';

/** Waits for the agent socket's line whose text is `text`. */
class EntryWaiter {
  private readonly waiting = new Map<string, (arrived: bigint) => void>();

  onEntry = (event: EntryEvent, arrived: bigint): void => {
    this.waiting.get(event.entry.text)?.(arrived);
  };

  wait(text: string, timeoutMs: number): Promise<bigint> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(text);
        reject(new Error('no transcript line on the agent socket'));
      }, timeoutMs);
      this.waiting.set(text, (arrived) => {
        clearTimeout(timer);
        this.waiting.delete(text);
        resolve(arrived);
      });
    });
  }
}

async function citizenWithAgent(url: string, agent: BenchAgent): Promise<BenchConversation> {
  const citizen = await BenchConversation.open(url);
  await citizen.greeted();
  await citizen.turn(ASK_FOR_AGENT);
  // the bot answers before the conversation enters the queue: claim once it is there
  for (let attempt = 1; ; attempt += 1) {
    try {
      await agent.claim(citizen.conversationId);
      return citizen;
    } catch (error) {
      if (attempt >= 100) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * User → agent relay: an agent (created with the admin command) holds conversations;
 * their citizens write one message after the other, each timed from its POST to its
 * transcript line on the agent's WebSocket.
 */
export async function benchRelay(options: RelayOptions): Promise<RelayResult> {
  const citizens = options.citizens ?? 3;
  const perCitizen = options.messagesPerCitizen ?? 70;
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-bench-relay-'));
  try {
    await createAgentAccount(options.adminScript, dataDir, LOGIN, PASSWORD);
    const server = await spawnServer({ script: options.serverScript, dataDir });
    try {
      return await relayOn(server.url, citizens, perCitizen);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function relayOn(url: string, citizens: number, perCitizen: number): Promise<RelayResult> {
  const agent = new BenchAgent(url);
  await agent.signIn(LOGIN, PASSWORD);
  const entries = new EntryWaiter();
  const socket = await agent.socket(entries.onEntry);
  const latencies: number[] = [];
  let errors = 0;

  const write = async (number: number, citizen: BenchConversation): Promise<void> => {
    for (let index = 0; index < perCitizen; index += 1) {
      const text = `Message ${index} de la conversation ${number}, merci de me répondre`;
      const arrival = entries.wait(text, 10_000);
      // a POST that fails first must not leave this rejection unhandled
      arrival.catch(() => undefined);
      const start = process.hrtime.bigint();
      await citizen.post(text);
      latencies.push(Number((await arrival) - start) / 1e6);
    }
  };
  try {
    const held: BenchConversation[] = [];
    for (let number = 0; number < citizens; number += 1) {
      held.push(await citizenWithAgent(url, agent));
    }
    const runs = held.map((citizen, number) => write(number, citizen).catch(() => {
      errors += 1;
    }));
    await Promise.all(runs);
    held.forEach((citizen) => citizen.close());
  } finally {
    socket.close();
  }
  return { citizens, messages: latencies.length, errors, latency: summarize(latencies) };
}
