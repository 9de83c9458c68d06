import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { harness, type Harness } from '../bots/harness';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { ask, content, newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { ApiFixture } from './apiFixture';
import { DANGER, GENDARME, KNOWN, START } from './formScene';


const QUESTION = ask('author_known');
const THANKS = content.render('prompts/thanks');
const RESUME = content.render('prompts/resumeAfterHandBack');
const RATED = content.render('handoff/rating-thanks', { formWaits: true, low: false });

/** How the conversation reached a gendarme, who then closes it from the console. */
type Stay = 'request' | 'emergency';

/** The whole assistant with the real handoff part, in a pré-plainte at « l'auteur ? ». */
async function closedAtAuthorKnown(fx: ApiFixture, stay: Stay): Promise<Harness> {
  const forms = newWorld();
  const bot = await harness({ known: KNOWN, realGate: fx.w.handoff.gate,
    procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
      store: forms.store, clock: () => forms.clock.now })] });
  for (const answer of [START, ...upTo('authorKnown').slice(1)]) {
    await bot.texts(answer);
  }
  await bot.texts(stay === 'request' ? GENDARME : DANGER);

  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
  const id = encodeURIComponent(String(queued?.id));
  await fx.client.call('POST', `/api/agent/conversations/${id}/claim`);
  // after an emergency the console closes only with "confirm" (tester12's F12)
  await fx.client.call('POST', `/api/agent/conversations/${id}/close`, { confirm: true });
  return bot;
}

describe('a pré-plainte handed back by the gendarme who closed it', () => {
  const fx = ApiFixture.use({ signedIn: true });

  const table: Array<[Stay, string, string[]]> = [
    ['emergency', 'merci beaucoup', [THANKS, RESUME, QUESTION]],
    ['emergency', 'merci', [THANKS, RESUME, QUESTION]],
    ['emergency', 'la gare', [RESUME, QUESTION]],
    ['request', 'merci beaucoup', [THANKS, RESUME, QUESTION]],
    ['request', 'la gare', [RESUME, QUESTION]],
    ['request', '5', [RATED, RESUME, QUESTION]],
  ];
  table.forEach(([stay, said, replies]) => {
    const after = stay === 'emergency' ? 'an emergency' : 'a request';
    it(`after ${after}, "${said}" → ${replies.map((r) => r.slice(0, 20)).join(' | ')}`,
      async () => {
        const bot = await closedAtAuthorKnown(fx, stay);

        const got = await bot.texts(said);
        const next = await bot.texts('non');

        expect(got).to.deep.equal(replies);
        expect(next).to.deep.equal([ask('date')]);
      });
  });

  it('says how to stop or reach a gendarme again, with the question', () => {
    expect(RESUME).to.match(/annuler/).and.to.match(/parler à un gendarme/);
  });
});
