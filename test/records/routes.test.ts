import { expect } from 'chai';
import restify from 'restify';
import type { AddressInfo } from 'net';
import type { AgentAuthenticator, RequestCredentials } from '../../core/auth';
import { RECORDS_PATH, registerRecordRoutes } from '../../records/routes';
import { PreComplaintStore } from '../../records/store';
import type { PreComplaintRecord } from '../../records/types';
import { sampleContent } from './fixtures';
import { MemoryCollection } from '../helpers/memoryCollection';

/**
 * Signs in whoever sends "Authorization: Bearer good" as agent-42; like the agents' own
 * authenticator, a POST also needs "X-CSRF-Token: right".
 */
const fakeAuthenticator: AgentAuthenticator = {
  async authenticate(request: RequestCredentials) {
    const csrfOk = request.method === 'GET' || request.headers['x-csrf-token'] === 'right';
    return request.headers.authorization === 'Bearer good' && csrfOk
      ? { agentId: 'agent-42', role: 'agent', sessionId: 's-1' }
      : undefined;
  },
};

const SIGNED_IN = { authorization: 'Bearer good', 'x-csrf-token': 'right' };

describe('gendarmes API over pré-plaintes (HTTP)', () => {
  let server: restify.Server;
  let base: string;
  let store: PreComplaintStore;

  beforeEach(async () => {
    const references = ['PP-AAAA-AAAA', 'PP-BBBB-BBBB'];
    let now = new Date('2026-03-11T14:00:00Z').getTime();
    store = new PreComplaintStore(new MemoryCollection<PreComplaintRecord>(), {
      clock: () => new Date((now += 60_000)),
      newReference: () => references.shift() ?? 'PP-ZZZZ-ZZZZ',
    });
    await store.submit(sampleContent(), 'webchat');
    await store.submit(sampleContent({
      commune: { inseeCode: '2A004', name: 'Ajaccio', postcode: '20000' },
    }), 'directline');
    server = restify.createServer();
    registerRecordRoutes(server, { store, authenticator: fakeAuthenticator });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${RECORDS_PATH}`;
  });

  afterEach(() => server.close());

  async function call(path: string, init: RequestInit = {}): Promise<{
    status: number;
    body: Record<string, unknown>;
    cache: string | null;
  }> {
    const response = await fetch(`${base}${path}`, init);
    return {
      status: response.status,
      body: await response.json(),
      cache: response.headers.get('cache-control'),
    };
  }

  function postStatus(reference: string, body: string): ReturnType<typeof call> {
    return call(`/${reference}/status`, {
      method: 'POST',
      headers: { ...SIGNED_IN, 'content-type': 'application/json' },
      body,
    });
  }

  const protectedRoutes: Array<[string, RequestInit]> = [
    ['', {}],
    ['/PP-AAAA-AAAA', {}],
    ['/PP-AAAA-AAAA/status', { method: 'POST', body: '{"status":"closed"}' }],
  ];

  for (const [path, init] of protectedRoutes) {
    it(`answers 401 without a signed-in gendarme: ${init.method ?? 'GET'} ${path || '/'}`,
      async () => {
        const wrong = await call(path, { ...init, headers: { authorization: 'Bearer bad' } });
        const none = await call(path, init);

        expect([wrong.status, none.status]).to.deep.equal([401, 401]);
      });
  }

  it('answers 403 csrf to a signed-in gendarme whose POST lacks the right X-CSRF-Token',
    async () => {
      const init = { method: 'POST', body: '{"status":"closed"}' };
      const path = '/PP-AAAA-AAAA/status';
      const none = await call(path, { ...init, headers: { authorization: 'Bearer good' } });
      const wrong = await call(path,
        { ...init, headers: { authorization: 'Bearer good', 'x-csrf-token': 'guess' } });

      expect([none.status, wrong.status]).to.deep.equal([403, 403]);
      expect(none.body).to.deep.equal({ error: { code: 'csrf',
        message: 'missing or wrong X-CSRF-Token header' } });
      expect((await store.get('PP-AAAA-AAAA'))?.status).to.equal('submitted');
    });

  it('lists newest first, a summary without personal details, never cached', async () => {
    const { status, body, cache } = await call('', { headers: SIGNED_IN });

    expect(status).to.equal(200);
    expect(cache).to.equal('no-store');
    const items = body.items as Array<Record<string, unknown>>;
    expect(items.map((item) => item.reference)).to.deep.equal(['PP-BBBB-BBBB', 'PP-AAAA-AAAA']);
    expect(JSON.stringify(items)).not.to.match(/Martin|0612345678|\+33|exemple\.fr/);
  });

  it('gives in the summary the span of the facts, for the console\'s list', async () => {
    const { body } = await call('', { headers: SIGNED_IN });

    const items = body.items as Array<Record<string, unknown>>;
    expect(items[0]?.facts).to.deep.equal(
      { from: '2026-03-10T21:00:00.000Z', to: '2026-03-10T21:00:00.000Z' });
  });

  it('filters by commune and by status', async () => {
    await store.changeStatus('PP-AAAA-AAAA', 'called_back', 'agent-1');

    const corsica = await call('?commune=2a004', { headers: SIGNED_IN });
    const calledBack = await call('?status=called_back', { headers: SIGNED_IN });

    const refs = (body: Record<string, unknown>): unknown[] =>
      (body.items as Array<Record<string, unknown>>).map((item) => item.reference);
    expect(refs(corsica.body)).to.deep.equal(['PP-BBBB-BBBB']);
    expect(refs(calledBack.body)).to.deep.equal(['PP-AAAA-AAAA']);
  });

  const badQueries: Array<[string, RegExp]> = [
    ['?status=lost', /status must be one of/],
    ['?commune=Rennes', /commune must be an INSEE code/],
    ['?limit=0', /limit must be an integer between 1 and 100/],
    ['?limit=abc', /limit must be/],
    ['?offset=-1', /offset must be a non-negative integer/],
    ['?status[$ne]=x', /unknown parameter "status\[\$ne\]"/],
    ['?offence[$ne]=x', /unknown parameter "offence\[\$ne\]"/],
    ['?statut=closed', /unknown parameter "statut": use status, commune, limit, offset/],
    ['?status=submitted&status=closed', /status may be given once/],
  ];

  for (const [query, message] of badQueries) {
    it(`refuses ${query} with a 400 naming the parameter`, async () => {
      const { status, body } = await call(query, { headers: SIGNED_IN });

      expect(status).to.equal(400);
      expect(body).to.have.nested.property('error.message').that.matches(message);
    });
  }

  it('reads one record in full, whatever the case of the reference', async () => {
    const { status, body } = await call('/pp-aaaa-aaaa', { headers: SIGNED_IN });

    expect(status).to.equal(200);
    expect(body).to.include({ reference: 'PP-AAAA-AAAA', status: 'submitted', offence: 'theft' });
    expect(body.contact).to.deep.equal(sampleContent().contact);
  });

  it('answers 404 for an unknown or malformed reference', async () => {
    expect((await call('/PP-ZZZZ-ZZZZ', { headers: SIGNED_IN })).status).to.equal(404);
    expect((await call('/not-a-reference', { headers: SIGNED_IN })).status).to.equal(404);
  });

  it('marks a record, recording which gendarme did it', async () => {
    const { status, body } = await postStatus('PP-AAAA-AAAA', '{"status":"appointment_set"}');

    expect(status).to.equal(200);
    expect(body.status).to.equal('appointment_set');
    expect(body.history).to.have.length(2);
    expect((body.history as Array<Record<string, unknown>>)[1].agentId).to.equal('agent-42');
  });

  const badChanges: Array<[string, string, number, RegExp]> = [
    ['an unknown status', '{"status":"lost"}', 400, /status must be one of called_back/],
    ['"submitted" set by hand', '{"status":"submitted"}', 400, /status must be one of/],
    ['a body that is not JSON', 'status=closed', 400, /body must be JSON/],
    ['no body', '', 400, /body must be JSON/],
  ];

  for (const [what, body, expected, message] of badChanges) {
    it(`refuses ${what}`, async () => {
      const result = await postStatus('PP-AAAA-AAAA', body);

      expect(result.status).to.equal(expected);
      expect(result.body).to.have.nested.property('error.message').that.matches(message);
    });
  }

  it('refuses to move a status backwards (409)', async () => {
    await postStatus('PP-AAAA-AAAA', '{"status":"signed"}');

    const result = await postStatus('PP-AAAA-AAAA', '{"status":"called_back"}');

    expect(result.status).to.equal(409);
    expect(result.body).to.have.nested.property('error.message')
      .that.matches(/only move forward/);
  });

  it('answers 404 when changing an unknown record', async () => {
    expect((await postStatus('PP-ZZZZ-ZZZZ', '{"status":"closed"}')).status).to.equal(404);
  });
});
