import { expect } from 'chai';
import winston from 'winston';
import { ACCOUNTS, AccountStore, type AgentAccount } from '../../handoff/auth/accounts';
import { logger } from '../../core/logger';
import { fullScript } from '../dialogs/preComplaint/script';
import { DirectLineClient, request } from '../helpers/directLineClient';
import { AgentClient } from '../handoff/server';
import { startWith, type SecureApp } from './app';

const PASSWORD = 'mot de passe du gendarme';

/** What a citizen and a gendarme may write; none of it may appear in any log line. */
const SECRETS = [
  'Camille', 'Martin', 'camille@', 'exemple.fr', '06 12 34 56 78', '0612345678', '+33612345678',
  'rue de la Paix', 'AB-123-CD', 'ab-123-cd', 'Peugeot', 'Quimper', '14/07/1985', 'Dupuis',
  'devant la gare', 'vélo de course', 'il me frappe', 'mot de passe', 'chez ma soeur',
];

const ABOUT_ME = "Je m'appelle Camille Martin, j'habite 3 rue de la Paix à Rennes, "
  + 'mon numéro est le 06 12 34 56 78, camille@exemple.fr, ma voiture AB-123-CD';

function conversationPath(id: string, suffix: string): string {
  return `/api/agent/conversations/${encodeURIComponent(id)}${suffix}`;
}

/**
 * Everything the process writes to stdout and stderr (winston's console transport, and any
 * library that prints), kept while a test runs; mocha's own output is written after.
 */
class OutputCapture {
  readonly lines: string[] = [];
  private restore: Array<() => void> = [];

  start(): void {
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      const lines = this.lines;
      stream.write = function write(chunk: unknown, ...rest: unknown[]): boolean {
        lines.push(...String(chunk).split('\n').filter((line) => line !== ''));
        return Reflect.apply(original, stream, [chunk, ...rest]);
      };
      this.restore.push(() => { stream.write = original; });
    }
  }

  stop(): void {
    this.restore.forEach((undo) => undo());
    this.restore = [];
  }
}

describe('log redaction: personal data through every path, LOG_LEVEL=debug', function () {
  this.timeout(120_000);
  const output = new OutputCapture();
  let app: SecureApp;
  let level: string;

  // the scan reads what reaches the console: `npm test` keeps it quiet (LOG_LEVEL=silent)
  const consoles = logger.transports.filter((t) => t instanceof winston.transports.Console);
  const silenced = consoles.map((transport) => transport.silent);

  before(async () => {
    level = logger.level;
    logger.level = 'debug';
    consoles.forEach((transport) => { transport.silent = false; });
    app = await startWith();
    await new AccountStore(app.database.collection<AgentAccount>(ACCOUNTS))
      .create('agent.dupont', 'agent', PASSWORD);
  });

  after(async () => {
    await app.stop();
    logger.level = level;
    consoles.forEach((transport, index) => { transport.silent = silenced[index]; });
  });

  // mocha reports a test before its afterEach hooks: each test stops the capture itself
  beforeEach(() => output.start());

  afterEach(() => output.stop());

  async function sayAndWait(client: DirectLineClient, text: string): Promise<void> {
    const posted = await client.say(text);
    expect(posted.status, text).to.equal(200);
    await app.directLine.whenIdle();
  }

  async function botTexts(client: DirectLineClient): Promise<string> {
    const all = (await client.activities()).body.activities;
    return all.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '').join('\n');
  }

  it('a conversation: questions, an FAQ, an emergency, all full of personal data', async () => {
    const citizen = await DirectLineClient.start(app.url);

    await sayAndWait(citizen, ABOUT_ME);
    await sayAndWait(citizen, "J'ai perdu mes papiers, je suis Camille Martin née le 14/07/1985");
    await sayAndWait(citizen, 'au secours Martin il me frappe chez ma soeur rue de la Paix');

    output.stop();

    // the welcome names 17 too: the emergency answer's own words are looked for
    expect(await botTexts(citizen)).to.include('en danger maintenant');
  });

  it('a whole pré-plainte with a stolen Peugeot', async () => {
    const citizen = await DirectLineClient.start(app.url);

    const script = fullScript('vehicle_theft').map((step) => step.answer);
    for (const answer of ['je veux porter plainte', ...script.slice(1)]) {
      await sayAndWait(citizen, answer);
    }

    output.stop();

    expect(await botTexts(citizen)).to.match(/PP-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  });

  it('a handoff: the citizen, the gendarme, a note, then the rating', async () => {
    const citizen = await DirectLineClient.start(app.url);
    const agent = new AgentClient(app.url);
    await agent.signIn('agent.dupont', PASSWORD);

    await sayAndWait(citizen, 'je veux parler à un gendarme, je suis Camille Martin');
    // the emergency of the first test waits in the queue: this one is taken on purpose
    const claim = await agent.call('POST', conversationPath(citizen.conversationId, '/claim'),
      { force: true });
    const sent = await agent.call('POST', conversationPath(citizen.conversationId, '/messages'),
      { text: 'Bonjour Camille Martin, ici le gendarme Dupuis. Votre 06 12 34 56 78 ?' });
    await agent.call('POST', conversationPath(citizen.conversationId, '/notes'),
      { text: 'Camille Martin, AB-123-CD, camille@exemple.fr, rue de la Paix' });
    await sayAndWait(citizen, ABOUT_ME);
    await agent.call('POST', conversationPath(citizen.conversationId, '/close'));
    await sayAndWait(citizen, '5');

    output.stop();

    expect([claim.status, sent.status]).to.deep.equal([200, 201]);
  });

  it('errors: refused bodies, a reply that cannot be delivered, a wrong sign-in', async () => {
    const citizen = await DirectLineClient.start(app.url);
    const activities = `/v3/directline/conversations/${citizen.conversationId}/activities`;
    const token = citizen.token;

    const statuses = [
      (await request(app.url, 'POST', activities,
        { token, rawBody: `{"type":"message","text":"${ABOUT_ME}"` })).status,
      (await citizen.say(`${ABOUT_ME} `.repeat(60))).status,
      (await citizen.post({ type: 'message', text: { name: 'Camille Martin' } })).status,
      (await citizen.post({ type: 'Camille Martin', text: ABOUT_ME })).status,
      (await request(app.url, 'POST', '/api/messages', { body: {
        type: 'message', text: ABOUT_ME, serviceUrl: 'https://camille@exemple.fr/',
        conversation: { id: 'Camille Martin' }, from: { id: 'camille@exemple.fr' } } })).status,
      (await request(app.url, 'POST', '/api/agent/session', { body: {
        login: 'camille@exemple.fr', password: '06 12 34 56 78' } })).status,
    ];
    // the Emulator case: the bot runs, then its reply to a closed port fails
    const emulator = await request(app.url, 'POST', '/api/messages', { body: {
      type: 'message', text: ABOUT_ME, id: 'a1', channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'emulator-conv' },
      from: { id: 'camille@exemple.fr', name: 'Camille Martin' }, recipient: { id: 'bot' } } });

    output.stop();

    expect(statuses).to.deep.equal([400, 400, 400, 400, 403, 401]);
    expect(emulator.status).to.be.at.least(200);
  });

  it('and no log line, at any level, carries any of it', async () => {
    await app.stop();
    output.stop();

    // timestamps are the clock's, not the citizen's
    const logged = output.lines.map((line) => line.replace(/"timestamp":"[^"]*"/, ''));
    const debugLines = logged.filter((line) => line.includes('"level":"debug"')).length;
    const leaks = SECRETS.flatMap((secret) => logged
      .filter((line) => line.toLowerCase().includes(secret.toLowerCase()))
      .map((line) => `${secret} in ${line}`));

    expect(logged.length).to.be.greaterThan(50);
    expect(debugLines).to.be.greaterThan(0);
    expect(leaks).to.deep.equal([]);
  });
});
