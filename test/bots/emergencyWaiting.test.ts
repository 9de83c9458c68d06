import { expect } from 'chai';
import { agent, world, type World } from '../handoff/harness';
import { content, harness, type Said } from './harness';

const FAINTED = 'mon copain a pris trop de médocs il dort et jarrive pas a le reveiller';
const KNOWN: Said[] = [
  { text: FAINTED, emergency: { detected: true, numbers: ['15', '112'], situation: 'medical' } },
  { text: "allo ya quelqu'un ??", topic: 'smalltalk.greeting', score: 0.9 },
  { text: 'ok il respire encore je fais quoi en attendant', topic: 'none', score: 0.1 },
  { text: 'merci', topic: 'smalltalk.thanks', score: 0.95 },
  { text: 'parler à un gendarme', topic: 'handoff.request', score: 0.95 },
];

const WAITING = content.render('bot/emergencyWaiting', { services: [
  { number: '15', purpose: content.render('emergency/numbers.15') },
  { number: '112', purpose: content.render('emergency/numbers.112') },
] });

async function citizenOf(w: World): ReturnType<typeof harness> {
  return harness({ known: KNOWN, realGate: w.handoff.gate });
}

function conversationId(bot: Awaited<ReturnType<typeof harness>>): string {
  return bot.adapter.conversation.conversation.id;
}

describe('an emergency waiting for a gendarme', () => {
  // tester13's F6: silence, then "Bonjour ! Posez-moi votre question", in an emergency
  for (const said of ['ok il respire encore je fais quoi en attendant', "allo ya quelqu'un ??",
    'merci']) {
    it(`"${said}": passed on, a gendarme will read it, the 15 again; no small talk`,
      async () => {
        const w = world();
        w.handoff.presence.set('a1', 'online');
        const bot = await citizenOf(w);
        await bot.texts(FAINTED);

        const replies = await bot.texts(said);

        expect(replies).to.deep.equal([WAITING]);
        expect(WAITING).to.match(/transmis[\s\S]*lu[\s\S]*\*\*15\*\*/);
      });
  }

  // tester13's F9: "l'un d'eux lira vos messages ici dès que possible" with nobody online
  it('with no gendarme signed in, says so and to call now, with no promise of a reply',
    async () => {
      const w = world();
      const bot = await citizenOf(w);

      const replies = await bot.texts(FAINTED);

      expect(replies).to.include(content.render('handoff/queued-emergency-no-agent'));
      expect(replies).not.to.include(content.render('handoff/queued-emergency'));
      expect(replies.join('\n')).not.to.match(/va vous répondre|lira vos messages ici dès/);
      expect(content.render('handoff/queued-emergency-no-agent'))
        .to.match(/Aucun gendarme n'est connecté[\s\S]*Appelez maintenant/);
    });

  it('with a gendarme online, says the request reached them in priority', async () => {
    const w = world();
    w.handoff.presence.set('a1', 'online');
    const bot = await citizenOf(w);

    const replies = await bot.texts(FAINTED);

    expect(replies).to.include(content.render('handoff/queued-emergency'));
  });

  // tester13's F14: "Je préviens aussi un gendarme" right after "Un gendarme a rejoint"
  it('with a gendarme holding the conversation, says that gendarme is told', async () => {
    const w = world();
    w.handoff.presence.set('a1', 'online');
    const bot = await citizenOf(w);
    await bot.texts('parler à un gendarme');
    await w.handoff.service.claim(agent('a1'), conversationId(bot));

    const replies = await bot.texts(FAINTED);

    expect(replies[0]).to.include('Le gendarme qui suit cette conversation en est averti');
    expect(replies.join('\n')).not.to.include('Je préviens aussi un gendarme');
  });
});
