import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { ApiFixture } from './apiFixture';

/** The README's example of a conversation summary (the JSON block under "Agent API"). */
function documentedSummary(): Record<string, unknown> {
  const readme = readFileSync(fromRoot('README.md'), 'utf8');
  const block = /Responses, by example[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  return JSON.parse(block ?? '{}');
}

/** A row of the README's table of example responses, by its route. */
function documentedRow(route: string): string {
  const readme = readFileSync(fromRoot('README.md'), 'utf8');
  const examples = readme.slice(readme.indexOf('Responses, by example'));
  return examples.split('\n').find((line) => line.startsWith(`| ${route} | `)) ?? '';
}

describe('README: the agent API responses it shows are the ones the API gives', () => {
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
