import type { ApiFixture } from './apiFixture';

/** What the agent API shows of the first conversation in the queue. */
export async function firstQueuedDetail(fx: ApiFixture): Promise<Record<string, unknown>> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
  const detail = await fx.client.call('GET',
    `/api/agent/conversations/${encodeURIComponent(String(queued?.id))}`);
  return detail.body;
}
