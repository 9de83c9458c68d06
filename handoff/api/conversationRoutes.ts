import type { Server } from 'restify';
import type { AgentPrincipal } from '../../core/auth';
import { answersShown } from '../annotations';
import { HandoffError } from '../errors';
import { citizenPreview } from '../questions';
import type { HandoffConversation } from '../model';
import { type AgentApiDeps, param, queryValue, signedIn } from './context';
import { readBody, sendJson } from './http';

const BASE = '/api/agent/conversations/:id';

/** The inbox/summary view of a conversation (no transcript). The last messages are the
 * citizen's own: the bot's fixed answers say nothing about this case, except the question
 * a short reply answers. */
async function summary(deps: AgentApiDeps, conversation: HandoffConversation, now: number) {
  const lastMessages = citizenPreview(await deps.transcript.list(conversation.id, false),
    deps.options.inboxLastMessages);
  return {
    id: conversation.id, state: conversation.state, priority: conversation.priority,
    reason: conversation.reason ?? null, topic: conversation.topic ?? null,
    // a false alarm's situation is no danger now: the transcript keeps its story
    situation: conversation.reason === 'false_alarm' ? null : conversation.situation || null,
    agentId: conversation.agentId || null, watchers: conversation.watchers,
    queuedAt: conversation.queuedAt ?? null,
    waitSeconds: conversation.state === 'queued' && conversation.queuedAt !== undefined
      ? Math.max(0, Math.round((now - conversation.queuedAt) / 1000)) : null,
    external: conversation.external === true,
    lastMessages,
  };
}

function visibleState(value: string | undefined): 'bot' | 'agent' | 'mine' {
  if (value === undefined || value === 'mine') {
    return 'mine';
  }
  if (value === 'bot' || value === 'agent') {
    return value;
  }
  throw new HandoffError('invalid_request', 'state must be mine, bot or agent');
}

async function listFor(deps: AgentApiDeps, principal: AgentPrincipal, state: string | undefined) {
  const wanted = visibleState(state);
  if (wanted === 'mine') {
    const mine = await deps.queue.find({ state: 'agent', agentId: principal.agentId });
    const watched = (await deps.queue.find({ state: 'agent' }, 1000)).concat(
      await deps.queue.find({ state: 'bot' }, 1000))
      .filter((conversation) => conversation.watchers.includes(principal.agentId));
    const ids = new Set(mine.map((conversation) => conversation.id));
    return [...mine, ...watched.filter((conversation) => !ids.has(conversation.id))];
  }
  return deps.queue.find({ state: wanted });
}

export function registerConversationRoutes(server: Server, deps: AgentApiDeps): void {
  const now = () => deps.queue.clock();

  server.get('/api/agent/queue', signedIn(deps, async (_req, res) => {
    const queued = await deps.queue.queued();
    sendJson(res, 200, { conversations: await Promise.all(
      queued.map((conversation, index) => summary(deps, conversation, now())
        .then((view) => ({ ...view, position: index + 1 })))) });
  }));

  server.get('/api/agent/conversations', signedIn(deps, async (req, res, principal) => {
    const list = await listFor(deps, principal, queryValue(req, 'state'));
    sendJson(res, 200, { conversations: await Promise.all(
      list.slice(0, 200).map((conversation) => summary(deps, conversation, now()))) });
  }));

  server.get(BASE, signedIn(deps, async (req, res, principal) => {
    const conversation = await deps.service.conversation(param(req, 'id'));
    const transcript = await deps.transcript.list(conversation.id, true);
    await deps.audit.record(principal, 'read', conversation.id);
    sendJson(res, 200, { ...(await summary(deps, conversation, now())),
      ...answersShown(conversation), rating: conversation.rating ?? null,
      transcript: transcript.map((entry) => ({ id: entry.id, from: entry.from, kind: entry.kind,
        text: entry.text, agentId: entry.agentId ?? null, at: entry.at })) });
  }));

  server.post(`${BASE}/claim`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    const force = (await readBody(req)).force ?? false;
    if (typeof force !== 'boolean') {
      throw new HandoffError('invalid_request', 'force must be true or false');
    }
    const claimed = await deps.service.claim(principal, id, force);
    await deps.audit.record(principal, 'claim', id, force ? 'forced' : undefined);
    sendJson(res, 200, await summary(deps, claimed, now()));
  }));

  server.post(`${BASE}/messages`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    const body = await readBody(req);
    const entry = body.canned !== undefined
      ? await deps.service.replyCanned(principal, id, body.canned)
      : await deps.service.reply(principal, id, body.text);
    await deps.audit.record(principal, body.canned !== undefined ? 'reply-canned' : 'reply', id);
    sendJson(res, 201, { id: entry.id, at: entry.at, text: entry.text });
  }));

  server.post(`${BASE}/typing`, signedIn(deps, async (req, res, principal) => {
    await deps.service.typing(principal, param(req, 'id'));
    sendJson(res, 202, { typing: true });
  }));

  server.post(`${BASE}/notes`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    const entry = await deps.service.note(principal, id, (await readBody(req)).text);
    await deps.audit.record(principal, 'note', id);
    sendJson(res, 201, { id: entry.id, at: entry.at });
  }));

  server.post(`${BASE}/transfer`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    const target = (await readBody(req)).agentId;
    const moved = await deps.service.transfer(principal, id, target);
    await deps.audit.record(principal, 'transfer', id, `to:${moved.agentId}`);
    sendJson(res, 200, await summary(deps, moved, now()));
  }));

  server.put(`${BASE}/watch`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    await deps.service.watch(principal, id, true);
    await deps.audit.record(principal, 'watch', id);
    sendJson(res, 200, { watching: true });
  }));

  server.del(`${BASE}/watch`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    await deps.service.watch(principal, id, false);
    await deps.audit.record(principal, 'unwatch', id);
    sendJson(res, 200, { watching: false });
  }));

  server.post(`${BASE}/close`, signedIn(deps, async (req, res, principal) => {
    const id = param(req, 'id');
    const confirm = (await readBody(req)).confirm ?? false;
    if (typeof confirm !== 'boolean') {
      throw new HandoffError('invalid_request', 'confirm must be true or false');
    }
    await deps.service.close(principal, id, confirm);
    await deps.audit.record(principal, 'close', id, confirm ? 'confirmed' : undefined);
    sendJson(res, 200, { state: 'bot' });
  }));

  server.get('/api/agent/canned', signedIn(deps, async (_req, res) => {
    sendJson(res, 200, { replies: deps.service.canned() });
  }));

  server.get('/api/agent/labels', signedIn(deps, async (_req, res) => {
    sendJson(res, 200, deps.labels);
  }));
}
