import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient, type StreamReader } from '../helpers/directLineClient';

/**
 * The real assistant, end to end through our Direct Line endpoint, as Web Chat drives it.
 * Assertions hold on facts (numbers, official links, offers), not on exact wording.
 */
describe('a French conversation over Direct Line with the real assistant', () => {
  let app: RunningApp;
  let client: DirectLineClient;
  let stream: StreamReader;

  before(async () => {
    app = await startApp();
    client = await DirectLineClient.start(app.url);
    stream = await client.stream();
  });

  after(async () => {
    stream.close();
    await app.stop();
  });

  /** Posts a message and resolves with the bot's first answer to it. */
  async function ask(text: string): Promise<Activity> {
    const posted = await client.say(text);
    expect(posted.status).to.equal(200);
    return stream.waitFor((a) => a.from.role === 'bot' && a.replyToId === posted.body.id);
  }

  it('greets first: what it does, no emergencies handled, 17, 112, SMS 114', async () => {
    const greeting = await stream.waitFor((a) => a.from.role === 'bot');

    expect(greeting.text).to.match(/Bonjour/);
    for (const number of ['17', '112', '114']) {
      expect(greeting.text).to.match(new RegExp(`\\b${number}\\b`));
    }
    const offers = stream.activities.filter((a) => a.from.role === 'bot')
      .flatMap((a) => a.suggestedActions?.actions ?? []);
    expect(offers.length).to.be.greaterThan(0);
  });

  it('answers a question on a topic with the official link', async () => {
    const answer = await ask('Comment faire une procuration pour voter ?');

    expect(answer.text).to.include('https://www.maprocuration.gouv.fr');
  });

  it('gives an out-of-scope question a rephrase hint and a gendarme, not an answer', async () => {
    const answer = await ask('Quelle est la recette de la tartiflette ?');

    expect(answer.text).to.match(/reformul/i);
    expect(answer.text).to.match(/gendarme/);
  });

  // last: an emergency also queues the conversation for a gendarme, who then takes over
  it('puts the emergency answer first when the message reveals danger now', async () => {
    const answer = await ask('au secours mon mari me frappe il a un couteau');

    expect(answer.text).to.match(/\b17\b/);
    expect(answer.text).to.match(/SMS au 114/);
  });
});
