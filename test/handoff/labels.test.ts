import { expect } from 'chai';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { SITUATION_PRIORITY } from '../../nlu/triage-words';
import { HANDOFF_REASONS } from '../../handoff/types';
import { ApiFixture } from './apiFixture';

/** Every event code the handoff part writes into a transcript (`text: 'claimed'` ...). */
function eventCodesWritten(): string[] {
  const dir = fromRoot('handoff');
  const sources = readdirSync(dir).filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  const literal = [...sources.matchAll(/kind: 'event',\s+text: [`']([a-z_]+)/g)]
    .map((match) => match[1]);
  // backToBot(deps, context, conversation, cause...) writes its cause; status states are too
  const causes = [...sources.matchAll(/backToBot\([^,]+, [^,]+, [^,]+, '([a-z_]+)'/g)]
    .map((match) => match[1]);
  // a question to confirm (LEAVE_AGENT, CANCEL_QUEUED...) writes its event through a variable
  const questions = [...sources.matchAll(/: LeaveQuestion = \{[^}]*\bevent: '([a-z_]+)'/g)]
    .map((match) => match[1]);
  return [...new Set([...literal, ...causes, ...questions, 'failed', 'completed'])];
}

describe('console labels: codes shown to gendarmes in French', () => {
  const fx = ApiFixture.use();

  it('are refused without a signed-in agent', async () => {
    const response = await fx.client.call('GET', '/api/agent/labels');

    expect(response.status).to.equal(401);
  });

  it('give each topic its French title', async () => {
    await fx.client.signIn('g.martin', 'correct horse battery staple');

    const { body } = await fx.client.call('GET', '/api/agent/labels');

    expect(body.topics).to.include({ 'faq.online_scam': 'Escroquerie sur internet',
      'procedure.pre_complaint': 'Pré-plainte en ligne' });
  });

  it('name every triage situation, the learned model\'s "uncertain" included', async () => {
    await fx.client.signIn('g.martin', 'correct horse battery staple');

    const { body } = await fx.client.call('GET', '/api/agent/labels');
    const situations = Object(body.situations);

    for (const situation of [...SITUATION_PRIORITY, 'uncertain']) {
      expect(situations[situation], situation).to.be.a('string').and.not.equal('');
    }
    expect(situations.uncertain).to.equal('danger possible, à vérifier');
  });

  it('name every queue reason and every transcript event', async () => {
    await fx.client.signIn('g.martin', 'correct horse battery staple');

    const { body } = await fx.client.call('GET', '/api/agent/labels');
    const reasons = Object(body.reasons);
    const events = Object(body.events);

    for (const reason of HANDOFF_REASONS) {
      expect(reasons[reason], reason).to.be.a('string');
    }
    expect(reasons.user_request).to.equal('à sa demande');
    const written = eventCodesWritten();
    expect(written).to.include.members(['queued', 'claimed', 'closed', 'rated', 'cancelled',
      'leave_asked', 'cancel_asked']);
    for (const code of written) {
      expect(events[code], code).to.be.a('string');
    }
  });
});
