import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { loadContent } from '../../content/renderer';
import type { HandoffEvent } from '../../handoff/events';
import { ConsolePage, pageErrors } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';
import type { World } from '../handoff/harness';

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>vol';
const content = loadContent();
const XSS_CORPUS: string[] = JSON.parse(
  readFileSync(fromRoot('test', 'handoff', 'fixtures', 'xss.json'), 'utf8'));

function nextEvent(w: World, wanted: (event: HandoffEvent) => boolean): Promise<HandoffEvent> {
  return new Promise((resolve) => {
    const stop = w.handoff.events.subscribe((event) => {
      if (wanted(event)) {
        stop();
        resolve(event);
      }
    });
  });
}

describe('agent console in headless Chromium', function () {
  this.timeout(60_000);
  const fx = ConsoleFixture.use();

  it('takes a queued citizen, talks both ways, closes, and the citizen rates', async () => {
    const page = await fx.context.newPage();
    const errors = pageErrors(page);
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const camille = fx.w.citizen('c1');

    await camille.say('je veux parler à un gendarme');
    await agent.queueItem('c1').waitFor();
    expect(await page.title()).to.match(/^\(1\) /);
    await agent.open('c1');
    await agent.claim();

    const replied = nextEvent(fx.w, (e) => e.type === 'entry' && e.entry.from === 'agent');
    await agent.reply('Bonjour, je vous écoute.');
    await replied;
    expect(fx.w.sender.texts('c1')).to.include('Bonjour, je vous écoute.');

    await camille.say('on m\'a volé mon vélo');
    await agent.transcriptEntry('on m\'a volé mon vélo').waitFor();

    await agent.close();
    expect(fx.w.sender.texts('c1').slice(-1)).to.deep.equal(
      [content.render('handoff/rating-question')]);
    expect(await camille.say('5')).to.deep.equal([content.render('handoff/rating-thanks')]);
    expect((await fx.w.handoff.queue.get('c1'))?.rating).to.equal(5);
    expect(errors).to.deep.equal([]);
  });

  it('shows a message holding HTML and script as text, and runs none of it', async () => {
    const page = await fx.context.newPage();
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const camille = fx.w.citizen('c1');
    await camille.say('gendarme');
    await camille.say(XSS);

    await agent.queueItem('c1').waitFor();
    await agent.open('c1');
    await agent.transcriptEntry('onerror').waitFor();

    expect(await agent.transcriptEntry('onerror').textContent()).to.equal(XSS);
    expect(await page.locator('#app-view img, #app-view script').count()).to.equal(0);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).to.equal(undefined);
    expect(await agent.queueItem('c1').textContent()).to.include('<script>');
  });

  it('renders the whole XSS corpus as text, in the inbox, transcript and collected answers',
    async () => {
      const page = await fx.context.newPage();
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      const camille = fx.w.citizen('c1');
      const collected = Object.fromEntries(XSS_CORPUS.map((payload, index) => [`champ${index}`,
        payload]));
      await camille.turn((turn) => fx.w.handoff.gate.request(turn, 'procedure', 'normal',
        { topic: 'plainte', collected }));
      for (const payload of XSS_CORPUS) {
        await camille.say(payload);
      }

      await agent.queueItem('c1').waitFor();
      await agent.open('c1');
      const last = XSS_CORPUS[XSS_CORPUS.length - 1];
      await agent.transcriptEntry(last).waitFor();

      const shown = await page.locator('#transcript li[data-from="user"] .text').allTextContents();
      expect(shown).to.deep.equal(XSS_CORPUS);
      expect(await page.locator('#collected dd').allTextContents()).to.deep.equal(XSS_CORPUS);
      expect(await page.locator('#app-view img, #app-view svg, #app-view iframe, '
        + '#app-view script, #app-view a, #app-view details, #app-view style').count())
        .to.equal(0);
      expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).to.equal(undefined);
    });

  it('keeps internal notes in the console and away from the citizen', async () => {
    const page = await fx.context.newPage();
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');
    await agent.queueItem('c1').waitFor();
    await agent.open('c1');
    await agent.claim();
    const sentBefore = fx.w.sender.sent.length;

    await agent.note('à rappeler demain');
    await page.locator('#transcript li.note', { hasText: 'à rappeler demain' }).waitFor();

    expect(fx.w.sender.sent.length).to.equal(sentBefore);
  });

  it('refuses a wrong password with a visible message', async () => {
    const page = await fx.context.newPage();
    await page.goto(`${fx.server.url}/agent/`);
    await page.fill('#signin-login', 'g.martin');
    await page.fill('#signin-password', 'not the password');
    await page.click('#signin-submit');

    await page.locator('#signin-error', { hasText: 'Identifiant ou mot de passe incorrect.' })
      .waitFor();
    expect(await page.locator('#app-view').isHidden()).to.equal(true);
  });
});
