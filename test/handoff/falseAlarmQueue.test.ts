import { expect } from 'chai';
import { ApiFixture } from './apiFixture';
import { atAccount } from './atAccount';
import { DANGER } from './formScene';

async function queued(fx: ApiFixture): Promise<Record<string, unknown>> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [first]: unknown[] = Array.isArray(queue.body.conversations)
    ? queue.body.conversations : [];
  return typeof first === 'object' && first !== null ? { ...first } : {};
}

// t63 item 2: a stood-down alarm still showed reason "emergency" and its situation
describe('the gendarmes\' queue after a citizen stands an alarm down (t63)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  const table: Array<{ said: string[]; expected: Record<string, unknown> }> = [
    { said: [DANGER], expected: { priority: 'emergency', reason: 'emergency',
      situation: 'violence' } },
    // after a threat, the false alarm is confirmed first (t98)
    { said: [DANGER, 'fausse alerte'], expected: { priority: 'emergency', reason: 'emergency',
      situation: 'violence' } },
    { said: [DANGER, 'fausse alerte', 'fausse alerte'], expected: { priority: 'normal',
      reason: 'false_alarm', situation: null } },
    { said: [DANGER, 'fausse alerte', 'fausse alerte', DANGER], expected: {
      priority: 'emergency', reason: 'emergency', situation: 'violence' } },
  ];
  for (const { said, expected } of table) {
    it(`after ${said.map((text) => `"${text}"`).join(', ')}: ${JSON.stringify(expected)}`,
      async () => {
        const { bot } = await atAccount(fx);
        for (const text of said) {
          await bot.texts(text);
        }

        expect(await queued(fx)).to.include(expected);
      });
  }

  it('keeps the history: the transcript has the false-alarm event, labelled', async () => {
    const { bot } = await atAccount(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');
    await bot.texts("oui c'était une fausse alerte");
    const { id } = await queued(fx);

    const detail = await fx.client.call('GET', `/api/agent/conversations/${String(id)}`);
    const labels = await fx.client.call('GET', '/api/agent/labels');

    expect(detail.body).to.include({ priority: 'normal', reason: 'false_alarm' });
    expect(JSON.stringify(detail.body.transcript))
      .to.include('"kind":"event","text":"false_alarm"');
    expect(Object(labels.body.reasons).false_alarm).to.match(/fausse alerte/);
    expect(Object(labels.body.events).false_alarm_asked).to.match(/confirmer/);
  });
});
