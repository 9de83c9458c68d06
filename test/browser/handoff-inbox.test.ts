import { expect } from 'chai';
import { ConsolePage, pageErrors } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

const BOT_ANSWER = '🚨 **Appelez tout de suite :**\n- **3114** : prévention du suicide';

describe('agent console: an emergency as the gendarme sees it', function () {
  this.timeout(60_000);
  const fx = ConsoleFixture.use();

  it('shows the situation and the citizen\'s words on the card, bot text without markdown',
    async () => {
      const page = await fx.context.newPage();
      const errors = pageErrors(page);
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      await fx.w.citizen('c1').turn(async (turn) => {
        await turn.sendActivity(BOT_ANSWER);
        await fx.w.handoff.gate.request(turn, 'emergency', 'emergency', { situation: 'suicide' });
      }, { type: 'message', text: 'je veux en finir **ce soir**' });

      await agent.queueItem('c1').waitFor();
      const card = await agent.queueItem('c1').textContent();
      await agent.open('c1');
      await agent.transcriptEntry('3114').waitFor();

      expect(card).to.include('URGENCE · urgence : suicide');
      expect(card).to.include('Usager : je veux en finir **ce soir**');
      expect(card).to.not.include('3114');
      expect(await page.locator('#conv-meta').textContent())
        .to.include('sujet : urgence : suicide');
      expect(await agent.transcriptEntry('3114').textContent())
        .to.equal('🚨 Appelez tout de suite :\n• 3114 : prévention du suicide');
      expect(await page.locator('#transcript li[data-from="user"] .text').allTextContents())
        .to.deep.equal(['je veux en finir **ce soir**']);
      expect(errors).to.deep.equal([]);
    });

  it('asks for confirmation before taking a normal conversation ahead of an emergency',
    async () => {
      const page = await fx.context.newPage();
      const errors = pageErrors(page);
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      await fx.w.citizen('normal').say('gendarme');
      await fx.w.citizen('urgent').say('URGENCE');
      const dialogs: string[] = [];
      let accept = false;
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });

      await agent.open('normal');
      await page.click('#claim');
      await page.waitForFunction(() => document.querySelectorAll('#queue li').length === 2);
      const afterRefusal = (await fx.w.handoff.queue.get('normal'))?.state;
      accept = true;
      await agent.claim();

      expect(dialogs).to.have.length(2);
      expect(dialogs[0]).to.match(/URGENCES attendent/);
      expect(afterRefusal).to.equal('queued');
      expect((await fx.w.handoff.queue.get('normal'))?.agentId).to.equal('g.martin');
      expect(errors).to.deep.equal([]);
    });

  it('asks for confirmation before closing soon after an URGENCE (tester12 F12)',
    async () => {
      const page = await fx.context.newPage();
      const errors = pageErrors(page);
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      await fx.w.citizen('c1').say('gendarme');
      await agent.open('c1');
      await agent.claim();
      await fx.w.citizen('c1').say('URGENCE il a une barre de fer');
      await agent.transcriptEntry('barre de fer').waitFor();
      const dialogs: string[] = [];
      let accept = false;
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void (accept ? dialog.accept() : dialog.dismiss());
      });

      await page.click('#close');
      await page.waitForFunction(() => document.querySelector('#conv-error') !== null);
      await page.waitForTimeout(300);
      const afterRefusal = (await fx.w.handoff.queue.get('c1'))?.state;
      accept = true;
      await agent.close();

      expect(dialogs).to.have.length(2);
      expect(dialogs[0]).to.match(/URGENCE a été signalée/);
      expect(afterRefusal).to.equal('agent');
      expect((await fx.w.handoff.queue.get('c1'))?.state).to.equal('bot');
      expect(errors).to.deep.equal([]);
    });

  it('shows the server\'s status after a reload, not « Hors ligne » (tester12 F15)',
    async () => {
      const page = await fx.context.newPage();
      const errors = pageErrors(page);
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);

      await page.reload();
      await page.locator('#live.on').waitFor();
      await page.waitForFunction(() =>
        document.querySelector<HTMLSelectElement>('#presence')?.value === 'online',
      undefined, { timeout: 5000 }).catch(() => undefined);

      expect(fx.w.handoff.presence.get('g.martin')).to.equal('online');
      expect(await page.locator('#presence').inputValue()).to.equal('online');
      expect(errors).to.deep.equal([]);
    });
});
