import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { connect, type Socket } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import WebSocket from 'ws';
import { ActivityHandler } from 'botbuilder';
import { loadConfig } from '../../core/config';
import { ACTIVITIES_SPEC } from '../../directline';
import type { LoggedActivity } from '../../directline/conversationLog';
import { createHandoff } from '../../handoff';
import { compose, type AssistantFactory } from '../../server/compose';
import { openDatabase } from '../../storage';
import { AgentClient } from '../handoff/server';
import { DirectLineClient } from '../helpers/directLineClient';
import { spawnServer, type ChildServer } from '../security/child';
import { AGENT_LOGIN, AGENT_PASSWORD } from './agentConsoleServer';

interface Console {
  socket: WebSocket;
  closed: Promise<{ code: number }>;
}

/** An agent console's live feed, open once the server said hello. */
async function openConsole(url: string, cookie: string): Promise<Console> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/agent/ws`,
    { headers: { cookie } });
  const closed = new Promise<{ code: number }>((resolve) => {
    socket.on('close', (code) => resolve({ code }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('message', () => resolve());
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** The handoff part as the full assistant wires it, with the agent account made. */
const handoffAssistant: AssistantFactory = async ({ database, proactive, content }) => {
  const handoff = createHandoff({ database, sender: proactive, content });
  await handoff.accounts.create(AGENT_LOGIN, 'agent', AGENT_PASSWORD);
  return { bot: new ActivityHandler(), middleware: [handoff.middleware], ready: () => true,
    mounts: [(server) => handoff.registerRoutes(server)],
    upgrades: [(req, socket, head) => handoff.socket.handleUpgrade(req, socket, head)],
    close: () => handoff.close() };
};

/**
 * A console whose machine went to sleep: the WebSocket handshake was made, then it never
 * answers anything, not even the close. Resolves once upgraded, with the raw socket.
 */
function silentConsole(url: string, cookie: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.write([
    'GET /api/agent/ws HTTP/1.1', `Host: ${hostname}:${port}`, 'Upgrade: websocket',
    'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version: 13', `Cookie: ${cookie}`, '', '',
  ].join('\r\n'));
  return new Promise((resolve, reject) => {
    socket.once('data', (data: Buffer) => {
      if (data.toString('latin1').startsWith('HTTP/1.1 101')) {
        resolve(socket);
      } else {
        reject(new Error(`upgrade refused: ${data.toString('latin1').split('\r\n')[0]}`));
      }
    });
    socket.once('error', reject);
  });
}

describe('shutdown with an agent console that never answers', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-silent-console-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('cuts its socket after the grace instead of waiting for it', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    const { app } = await compose(config, handoffAssistant, { socketGraceMs: 50 });
    const url = await app.listen(config.port, config.host);
    const agent = new AgentClient(url);
    await agent.signIn(AGENT_LOGIN, AGENT_PASSWORD);
    const silent = await silentConsole(url, agent.cookie);
    const cut = new Promise<string>((resolve) => silent.once('close', () => resolve('cut')));

    await app.close();

    expect(await cut).to.equal('cut');
  });
});

describe('shutdown with an agent console open (a real server process)', function () {
  this.timeout(60_000);
  let dataDir: string;
  let server: ChildServer | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-agent-shutdown-'));
  });

  afterEach(() => {
    server?.child.kill('SIGKILL');
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes the console with 1001, finishes the turn in flight, flushes, exits', async () => {
    server = await spawnServer('test/server/agentConsoleServer', { DATA_DIR: dataDir });
    const agent = new AgentClient(server.url);
    await agent.signIn(AGENT_LOGIN, AGENT_PASSWORD);
    const agentConsole = await openConsole(server.url, agent.cookie);
    const citizen = await DirectLineClient.start(server.url);
    const stream = await citizen.stream();
    await citizen.say('lent');
    await server.waitForLine((line) => line.includes('"turn started"'));

    server.child.kill('SIGTERM');
    const consoleClosed = await agentConsole.closed;
    const streamClosed = await stream.closed;
    const exit = await server.exited;
    const database = await openDatabase({ dataDir });
    const stored = await database.collection<LoggedActivity>(ACTIVITIES_SPEC)
      .find({ conversationId: citizen.conversationId });
    await database.close();

    expect(consoleClosed.code).to.equal(1001);
    expect(streamClosed.code).to.equal(1001);
    expect(stream.activities.map((a) => a.text)).to.deep.equal(['lent', 'fin du tour']);
    expect(exit).to.deep.equal({ code: 0, signal: null });
    expect(stored.map((entry) => JSON.parse(entry.json).text)).to.include('fin du tour');
  });
});
