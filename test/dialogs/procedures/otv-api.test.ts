import { expect } from 'chai';
import { mkdtempSync } from 'fs';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import restify from 'restify';
import type { AgentAuthenticator, RequestCredentials } from '../../../core/auth';
import {
  OTV_PATH, OTV_REQUESTS, OtvStore, registerOtvRoutes,
} from '../../../dialogs/procedures/otv';
import type { OtvContent, OtvRequest } from '../../../dialogs/procedures/otv/types';
import { openDatabase } from '../../../storage';
import type { Database } from '../../../storage/types';

/** Signs in whoever sends "Authorization: Bearer good" as agent-42. */
const authenticator: AgentAuthenticator = {
  async authenticate(request: RequestCredentials) {
    return request.headers.authorization === 'Bearer good'
      ? { agentId: 'agent-42', role: 'agent', sessionId: 's-1' }
      : undefined;
  },
};

const SIGNED_IN = { authorization: 'Bearer good' };

function request(from: string, inseeCode = '42218'): OtvContent {
  return {
    absence: { from, to: '2027-01-03' },
    address: { street: '12 rue des Lilas', commune: { inseeCode, name: 'X', postcode: '42000' } },
    home: 'house', access: '', alarm: true, keysLeft: false, vehicles: '', contact: null,
    applicant: { name: 'Camille Martin', phone: '+33612345678' },
  };
}

describe('gendarmes API over holiday-watch requests (HTTP, embedded store)', () => {
  let database: Database;
  let server: restify.Server;
  let base: string;

  beforeEach(async () => {
    database = await openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'otv-')) });
    const references = ['OTV-BBBB-BBBB', 'OTV-AAAA-AAAA'];
    const store = new OtvStore(database.collection<OtvRequest>(OTV_REQUESTS), {
      clock: () => new Date(2026, 11, 4),
      newReference: () => references.shift() ?? 'OTV-ZZZZ-ZZZZ',
    });
    await store.submit(request('2026-12-28'), 'webchat');
    await store.submit(request('2026-12-20', '2A004'), 'webchat');
    server = restify.createServer();
    registerOtvRoutes(server, { store, authenticator });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${OTV_PATH}`;
  });

  afterEach(async () => {
    server.close();
    await database.close();
  });

  async function call(path: string, init: RequestInit = {}) {
    const response = await fetch(`${base}${path}`, init);
    const body: Record<string, unknown> = await response.json();
    return { status: response.status, body, cache: response.headers.get('cache-control') };
  }

  const handled = (reference: string) =>
    call(`/${reference}/handled`, { method: 'POST', headers: SIGNED_IN });

  const protectedRoutes: Array<[string, RequestInit]> = [
    ['', {}], ['/OTV-AAAA-AAAA', {}], ['/OTV-AAAA-AAAA/handled', { method: 'POST' }],
  ];

  protectedRoutes.forEach(([path, init]) => {
    it(`answers 401 without a signed-in gendarme: ${init.method ?? 'GET'} ${path || '/'}`,
      async () => {
        const wrong = await call(path, { ...init, headers: { authorization: 'Bearer bad' } });
        const none = await call(path, init);

        expect([wrong.status, none.status]).to.deep.equal([401, 401]);
      });
  });

  it('lists requests soonest departure first, without names or phones', async () => {
    const { status, body, cache } = await call('', { headers: SIGNED_IN });

    expect(status).to.equal(200);
    expect(cache).to.equal('no-store');
    expect(JSON.stringify(body)).not.to.match(/Camille|\+336/);
    expect(body.items).to.deep.include({
      reference: 'OTV-AAAA-AAAA', status: 'submitted', submittedAt: new Date(2026, 11, 4)
        .toISOString(), absence: { from: '2026-12-20', to: '2027-01-03' },
      commune: { inseeCode: '2A004', name: 'X', postcode: '42000' },
    });
    expect(JSON.stringify(body).indexOf('OTV-AAAA')).to.be.below(
      JSON.stringify(body).indexOf('OTV-BBBB'));
  });

  it('filters by status and commune, and names a bad filter', async () => {
    const corsica = await call('?commune=2a004', { headers: SIGNED_IN });
    const bad = await call('?status=done', { headers: SIGNED_IN });
    const badLimit = await call('?limit=0', { headers: SIGNED_IN });

    expect(corsica.body.items).to.have.length(1);
    expect(bad.status).to.equal(400);
    expect(bad.body).to.have.nested.property('error.message')
      .that.matches(/status must be one of submitted, handled/);
    expect(badLimit.body).to.have.nested.property('error.message').that.matches(/limit/);
  });

  it('reads one request in full, reference typed loosely', async () => {
    const { status, body } = await call('/otv aaaa aaaa', { headers: SIGNED_IN });

    expect(status).to.equal(200);
    expect(body).to.include({ reference: 'OTV-AAAA-AAAA', home: 'house', alarm: true });
    expect(body.applicant).to.deep.equal({ name: 'Camille Martin', phone: '+33612345678' });
  });

  it('marks a request handled once, then refuses a second time', async () => {
    const first = await handled('OTV-AAAA-AAAA');
    const second = await handled('OTV-AAAA-AAAA');
    const left = await call('?status=submitted', { headers: SIGNED_IN });

    expect(first.status).to.equal(200);
    expect(first.body.status).to.equal('handled');
    expect(second.status).to.equal(409);
    expect(left.body.items).to.have.length(1);
  });

  it('answers 404 for an unknown or malformed reference', async () => {
    expect((await call('/OTV-ZZZZ-ZZZZ', { headers: SIGNED_IN })).status).to.equal(404);
    expect((await call('/nope', { headers: SIGNED_IN })).status).to.equal(404);
    expect((await handled('OTV-ZZZZ-ZZZZ')).status).to.equal(404);
  });
});
