import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { ApiFixture } from './apiFixture';

/** Where the agent API is documented: routes, example responses and live events. */
const AGENT_API_DOC = fromRoot('docs', 'agent-api.md');

/** The example of a conversation summary (the JSON block under "Responses"). */
function documentedSummary(): Record<string, unknown> {
  const doc = readFileSync(AGENT_API_DOC, 'utf8');
  const block = /Responses, by example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
  return JSON.parse(block ?? '{}');
}

/** A row of the table of example responses, by its route. */
function documentedRow(route: string): string {
  const doc = readFileSync(AGENT_API_DOC, 'utf8');
  const examples = doc.slice(doc.indexOf('Responses, by example'));
  return examples.split('\n').find((line) => line.startsWith(`| ${route} | `)) ?? '';
}

describe('docs/agent-api.md: the responses it shows are the ones the API gives', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('shows a queued conversation with the fields the queue gives, position aside', async () => {
    const citizen = fx.w.citizen('c-1');
    await citizen.say('je veux parler à un gendarme');

    const queue = await fx.client.call('GET', '/api/agent/queue');

    const [first]: unknown[] = Array.isArray(queue.body.conversations)
      ? queue.body.conversations : [];
    const fields = Object.keys(typeof first === 'object' && first !== null ? first : {});
    expect(fields.filter((field) => field !== 'position'))
      .to.have.members(Object.keys(documentedSummary()));
    expect(documentedRow('`GET /api/agent/queue`')).to.include('{"conversations": [{…summary, '
      + '"position": 1}]}');
  });

  it('shows each route of the table above with an example response', () => {
    for (const route of ['`DELETE /api/agent/session`', '`GET /api/agent/agents`',
      '`POST …/:id/messages`', '`POST …/:id/close`', '`GET /api/agent/audit`',
      '`PUT /api/agent/admin/agents/:login`']) {
      expect(documentedRow(route), route).to.match(/`\{"/);
    }
  });
});
