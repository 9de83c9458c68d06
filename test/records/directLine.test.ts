import { expect } from 'chai';
import { createAssistant } from '../../bots';
import type { AgentAuthenticator } from '../../core/auth';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { RECORDS_PATH, openPreComplaintStore, registerRecordRoutes } from '../../records';
import { FakeGate, FakeRecognizer } from '../bots/harness';
import { content } from '../dialogs/preComplaint/harness';
import { answers } from '../dialogs/preComplaint/script';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient, request } from '../helpers/directLineClient';

const START = 'je veux porter plainte';

const authenticator: AgentAuthenticator = {
  async authenticate(request) {
    return request.headers.authorization === 'Bearer gendarme'
      ? { agentId: 'agent-1', role: 'agent', sessionId: 's' } : undefined;
  },
};

describe('a whole pré-plainte through Direct Line, then read by a gendarme', () => {
  let app: RunningApp;

  beforeEach(async () => {
    app = await startApp({
      assistant: async ({ database }) => {
        const store = openPreComplaintStore(database);
        const assistant = await createAssistant({
          storage: database.botStorage,
          recognizer: new FakeRecognizer([
            { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
          ]),
          content,
          gate: new FakeGate(),
          procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory, store })],
        });
        return {
          ...assistant,
          mounts: [(server) => registerRecordRoutes(server, { store, authenticator })],
        };
      },
    });
  });

  afterEach(() => app.stop());

  it('stores the record the citizen was given the reference of', async () => {
    const citizen = await DirectLineClient.start(app.url);
    // relative dates are read against the real clock here: "hier" is always in the past
    for (const answer of [START, ...answers().slice(1)]) {
      await citizen.say(answer);
      await app.directLine.whenIdle();
    }

    const transcript = (await citizen.activities()).body.activities
      .filter((activity) => activity.from.role === 'bot')
      .map((activity) => activity.text ?? '');
    const reference = /PP-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(transcript.join('\n'))?.[0];
    const token = 'gendarme';
    const list = await request<{ items: Array<{ reference: string }> }>(
      app.url, 'GET', RECORDS_PATH, { token });
    const record = await request<Record<string, unknown>>(
      app.url, 'GET', `${RECORDS_PATH}/${reference}`, { token });
    const anonymous = await request(app.url, 'GET', RECORDS_PATH);
    const called = await request<Record<string, unknown>>(app.url, 'POST',
      `${RECORDS_PATH}/${reference}/status`, { token, body: { status: 'called_back' } });

    expect(reference).to.be.a('string');
    expect(list.body.items.map((item) => item.reference)).to.deep.equal([reference]);
    expect(record.body).to.deep.include({ reference, status: 'submitted', offence: 'theft',
      channel: 'directline' });
    expect(anonymous.status).to.equal(401);
    expect(called.body.status).to.equal('called_back');
  });
});
