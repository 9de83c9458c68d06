import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { createAssistant } from '../../../bots';
import { loadContent } from '../../../content/renderer';
import type { AgentAuthenticator, RequestCredentials } from '../../../core/auth';
import { contactUnitProcedure } from '../../../dialogs/procedures/contact-unit';
import { fraudProcedure } from '../../../dialogs/procedures/fraud';
import {
  OTV_PATH, OTV_REQUESTS, OtvStore, otvProcedure, registerOtvRoutes,
} from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { papersProcedure } from '../../../dialogs/procedures/papers';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import type { Recognizer } from '../../../nlu/types';
import type { AssistantFactory } from '../../../server/compose';
import { startApp, type RunningApp } from '../../helpers/app';
import { DirectLineClient, request, type StreamReader } from '../../helpers/directLineClient';
import { recordingGate, understood } from './harness';

/** Thursday 4 December 2026, for the holiday dates. */
const NOW = new Date(2026, 11, 4, 10, 0);

/** Only the phrases that start our procedures; no emergency, whatever is said. */
const TOPICS: ReadonlyArray<[RegExp, string]> = [
  [/vacances/, 'procedure.otv'],
  [/papiers/, 'faq.lost_documents'],
  [/arnaque/, 'faq.online_scam'],
  [/violences/, 'faq.domestic_violence'],
  [/brigade/, 'faq.contact_unit'],
];

const recognizer: Recognizer = {
  async understand(text) {
    const topic = TOPICS.find(([pattern]) => pattern.test(text))?.[1] ?? 'none';
    return understood(text, topic);
  },
};

const authenticator: AgentAuthenticator = {
  async authenticate(credentials: RequestCredentials) {
    return credentials.headers.authorization === 'Bearer good'
      ? { agentId: 'agent-42', role: 'agent', sessionId: 's-1' }
      : undefined;
  },
};

/** The real bot and main dialog with our procedures, as the server composes them. */
const assistantWithProcedures: AssistantFactory = async ({ database }) => {
  const content = loadContent();
  const postcodes = loadPostcodeDirectory();
  const otv = new OtvStore(database.collection<OtvRequest>(OTV_REQUESTS));
  const assistant = await createAssistant({
    storage: database.botStorage, recognizer, content, gate: recordingGate(),
    procedures: [
      contactUnitProcedure({ content, postcodes }),
      otvProcedure({ content, postcodes, store: otv, clock: () => NOW }),
      papersProcedure({ content }),
      fraudProcedure({ content }),
      violenceProcedure({ content }),
    ],
  });
  return { ...assistant, mounts: [(server) => registerOtvRoutes(server, { store: otv,
    authenticator })] };
};

describe('procedures over Direct Line (HTTP and WebSocket, the real bot)', function () {
  this.timeout(60_000);
  let app: RunningApp;
  let client: DirectLineClient;
  let stream: StreamReader;

  before(async () => {
    app = await startApp({ assistant: assistantWithProcedures });
  });

  after(() => app.stop());

  beforeEach(async () => {
    client = await DirectLineClient.start(app.url);
    stream = await client.stream();
  });

  afterEach(() => stream.close());

  /** Posts a message and resolves with the bot's reply to it that matches. */
  async function say(text: string, expected: RegExp): Promise<Activity> {
    const posted = await client.say(text);
    expect(posted.status).to.equal(200);
    return stream.waitFor((a) => a.from.role === 'bot' && a.replyToId === posted.body.id &&
      expected.test(a.text ?? ''));
  }

  it('registers a holiday watch that gendarmes then list through their API', async () => {
    await say('je pars en vacances', /quelle commune/);
    await say('42000', /adresse du logement/);
    await say('12 rue des Lilas', /Quel jour partez-vous/);
    await say('20/12', /rentrez-vous/);
    await say('3 janvier', /type de logement/);
    await say('appartement', /digicode/);
    await say('3e étage, code 1234', /alarme/);
    await say('non', /nom et prénom/);
    await say('Camille Martin', /joindre/);
    await say('06 12 34 56 78', /personne proche/);
    await say('personne', /clés/);
    await say('non', /véhicules/);
    await say('non', /Acceptez-vous/);
    const done = await say('oui', /référence \*\*OTV-/);

    const reference = /OTV-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(done.text ?? '')?.[0];
    const listed = await request<{ items: Array<{ reference: string }> }>(app.url.replace(/\/$/,
      ''), 'GET', OTV_PATH, { token: 'good' });
    expect(listed.body.items.map((item) => item.reference)).to.include(reference);
  });

  it('answers lost papers with the right step', async () => {
    await say('j ai perdu mes papiers', /Quel document/);
    await say('passeport', /Où cela/);
    await say('en France', /voyage/);
    await say('non', /Passeport perdu[\s\S]*ants\.gouv\.fr/);
  });

  it('gives the urgent gestures for a scam, then the channel', async () => {
    await say('une arnaque', /Quelle situation/);
    await say('faux vendeur', /Avez-vous payé/);
    await say('oui', /ne versez plus rien[\s\S]*THESEE/);
  });

  it('puts danger first for violence, then the listening lines', async () => {
    await say('violences de mon conjoint', /en sécurité/);
    await say('oui', /3919[\s\S]*24 h\/24/);
  });

  it('finds the commune of a postcode and points to the official directory', async () => {
    await say('trouver une brigade', /code postal/);
    await say('42000', /Saint Etienne[\s\S]*lannuaire\.service-public\.fr/);
  });
});
