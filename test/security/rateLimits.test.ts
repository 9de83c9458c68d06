import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import {
  DEFAULT_LIMITS, limitsFromEnv, tooManyRequests, type CitizenLimitSettings,
} from '../../security';
import { RateLimiter } from '../../security/rateLimit';
import { DirectLineClient, request } from '../helpers/directLineClient';
import { startWith, type SecureApp } from './app';

const content = loadContent();
const SLOW_DOWN = content.render('security/slowDown');
const EMERGENCY = 'au secours il me frappe';

describe('rate limit notice', () => {
  it('says the wait Retry-After gives: seconds below a minute, then minutes rounded up', () => {
    expect(tooManyRequests(content, 1)).to.match(/^Trop de messages .*: patientez 1 s avant /)
      .and.not.to.include('minute');
    expect(tooManyRequests(content, 20)).to.include('patientez 20 s avant de réessayer');
    expect(tooManyRequests(content, 60)).to.include('patientez environ 1 min avant');
    expect(tooManyRequests(content, 90)).to.include('patientez environ 2 min avant');
    expect(tooManyRequests(content, 1)).to.include('SMS au 114');
  });
});

describe('rate limiter', () => {
  it('lets a burst of `capacity` pass, then refuses and says when to retry', () => {
    const limiter = new RateLimiter({ capacity: 3, perMinute: 6 }, () => 0);

    const decisions = [1, 2, 3, 4].map(() => limiter.take('a'));

    expect(decisions.map((d) => d.allowed)).to.deep.equal([true, true, true, false]);
    expect(decisions[3].retryAfterSeconds).to.equal(10);
  });

  it('gives tokens back with time, and keeps keys apart', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 1, perMinute: 1 }, () => now);
    limiter.take('a');

    const other = limiter.take('b');
    const tooSoon = limiter.take('a');
    now = 60_000;
    const later = limiter.take('a');

    expect([other.allowed, tooSoon.allowed, later.allowed]).to.deep.equal([true, false, true]);
  });

  it('forgets idle keys, so that a flood of addresses does not grow memory forever', () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 1, perMinute: 60 }, () => now);
    for (let i = 0; i < 999; i += 1) {
      limiter.take(`address-${i}`);
    }

    now = 60_000;
    limiter.take('last');

    expect(limiter.size).to.be.below(2);
  });

  it('refuses settings that would block everything', () => {
    expect(() => new RateLimiter({ capacity: 0, perMinute: 1 })).to.throw(RangeError);
  });
});

describe('rate limit settings', () => {
  it('default to generous per address, tight per conversation', () => {
    expect(limitsFromEnv({})).to.deep.equal(DEFAULT_LIMITS);
  });

  it('are read in requests per minute from RATE_LIMIT_* variables', () => {
    const limits = limitsFromEnv({ RATE_LIMIT_REQUESTS_PER_IP: '1200' });

    expect(limits.requestsPerIp).to.deep.equal({ capacity: 1200, perMinute: 1200 });
  });

  it('refuse a value that is not a whole positive number, naming the variable', () => {
    expect(() => limitsFromEnv({ RATE_LIMIT_TURNS_PER_CONVERSATION: 'ten' }))
      .to.throw(/RATE_LIMIT_TURNS_PER_CONVERSATION/);
  });
});

const TIGHT: CitizenLimitSettings = {
  conversationsPerIp: { capacity: 3, perMinute: 1 },
  requestsPerIp: { capacity: 1000, perMinute: 1 },
  requestsPerConversation: { capacity: 6, perMinute: 1 },
  turnsPerConversation: { capacity: 2, perMinute: 1 },
};

describe('citizen endpoints under a flood (real assistant, Direct Line)', () => {
  let app: SecureApp;

  beforeEach(async () => {
    app = await startWith({ limits: TIGHT });
  });

  afterEach(() => app.stop());

  async function botTexts(client: DirectLineClient): Promise<string[]> {
    await app.directLine.whenIdle();
    const answer = await client.activities();
    return answer.body.activities
      .filter((a) => a.type === 'message' && a.from.role === 'bot')
      .map((a) => a.text ?? '');
  }

  async function flood(client: DirectLineClient, count: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < count; i += 1) {
      statuses.push((await client.say(`bonjour ${i}`)).status);
      await app.directLine.whenIdle();
    }
    return statuses;
  }

  it('past the turn limit, the bot asks kindly to slow down, once, and keeps the messages',
    async () => {
      const client = await DirectLineClient.start(app.url);

      await flood(client, 5);
      const texts = await botTexts(client);
      const citizen = (await client.activities()).body.activities
        .filter((a) => a.from.role === 'user');

      expect(texts.filter((text) => text === SLOW_DOWN)).to.have.length(1);
      expect(texts[texts.length - 1]).to.equal(SLOW_DOWN);
      expect(citizen).to.have.length(5);
    });

  it('past the request limit, Direct Line answers 429 in French with Retry-After', async () => {
    const client = await DirectLineClient.start(app.url);

    const statuses = await flood(client, 7);
    const refused = await client.say('encore un');

    expect(statuses).to.deep.equal([200, 200, 200, 200, 200, 200, 429]);
    expect(refused.status).to.equal(429);
    expect(JSON.stringify(refused.body)).to.match(
      /"code":"TooManyRequests","message":"Trop de messages .*patientez (\d+ s|environ 1 min) /);
  });

  it('a flooding client whose next message is an emergency still gets the numbers', async () => {
    const client = await DirectLineClient.start(app.url);
    await flood(client, 7);

    const posted = await client.say(EMERGENCY);
    const texts = await botTexts(client);

    expect(posted.status).to.equal(200);
    expect(texts[texts.length - 1]).to.not.equal(SLOW_DOWN);
    expect(texts.some((text) => text.startsWith('🚨') && text.includes('**17**')))
      .to.equal(true);
  });

  it('limits new conversations per address, with the French notice and Retry-After',
    async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        statuses.push((await request(app.url, 'POST', '/v3/directline/tokens/generate')).status);
      }

      const response = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' });
      const body: unknown = await response.json();

      expect(statuses).to.deep.equal([200, 200, 200]);
      expect(response.status).to.equal(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).to.be.at.least(1);
      expect(body).to.deep.equal({ error: { code: 'TooManyRequests',
        message: tooManyRequests(content, retryAfter) } });
    });

  it('does not limit reading: a polling client is not refused', async () => {
    const client = await DirectLineClient.start(app.url);

    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      statuses.push((await client.activities()).status);
    }

    expect(new Set(statuses)).to.deep.equal(new Set([200]));
  });
});

describe('an address over its request limit', () => {
  let app: SecureApp;

  beforeEach(async () => {
    app = await startWith({ limits: { ...TIGHT, requestsPerIp: { capacity: 3, perMinute: 1 },
      turnsPerConversation: { capacity: 100, perMinute: 100 } } });
  });

  afterEach(() => app.stop());

  it('is refused with 429, except for an emergency, which is answered', async () => {
    const client = await DirectLineClient.start(app.url);
    const statuses: number[] = [];
    for (const text of ['un', 'deux', 'trois', 'quatre']) {
      statuses.push((await client.say(text)).status);
    }

    const emergency = await client.say(EMERGENCY);
    await app.directLine.whenIdle();
    const answers = (await client.activities()).body.activities
      .filter((a) => a.from.role === 'bot').map((a) => a.text ?? '');

    expect(statuses).to.deep.equal([200, 200, 200, 429]);
    expect(emergency.status).to.equal(200);
    expect(answers.some((text) => text.startsWith('🚨') && text.includes('**17**')))
      .to.equal(true);
  });
});

describe('behind a trusted reverse proxy (TRUSTED_PROXIES)', () => {
  let app: SecureApp;
  const saved = process.env.TRUSTED_PROXIES;

  beforeEach(async () => {
    process.env.TRUSTED_PROXIES = '127.0.0.1';
    app = await startWith({
      limits: { ...TIGHT, conversationsPerIp: { capacity: 1, perMinute: 1 } },
    });
  });

  afterEach(async () => {
    if (saved === undefined) {
      delete process.env.TRUSTED_PROXIES;
    } else {
      process.env.TRUSTED_PROXIES = saved;
    }
    await app.stop();
  });

  it('limits each client the proxy names, not the proxy itself', async () => {
    const start = (client: string): Promise<number> => fetch(
      `${app.url}/v3/directline/tokens/generate`,
      { method: 'POST', headers: { 'X-Forwarded-For': client } }).then((r) => r.status);

    const statuses = [await start('192.0.2.1'), await start('192.0.2.2'),
      await start('192.0.2.1')];

    expect(statuses).to.deep.equal([200, 200, 429]);
  });
});
