import { expect } from 'chai';
import { ConsolePage, pageErrors } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

const COLLECTED = { Faits: 'Un vol', Lieu: 'Rennes (35000) – devant la gare',
  Objets: 'vélo de course bleu : 450 €' };

describe('agent console: labels, not codes, and what the bot collected', function () {
  this.timeout(60_000);
  const fx = ConsoleFixture.use();

  it('shows French labels for topic, situation, reason and events, codes in titles',
    async () => {
      const page = await fx.context.newPage();
      const errors = pageErrors(page);
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      await fx.w.citizen('scam').turn((turn) => fx.w.handoff.gate.request(turn, 'user_request',
        'normal', { topic: 'faq.online_scam' }));
      await fx.w.citizen('doubt').turn((turn) => fx.w.handoff.gate.request(turn, 'emergency',
        'emergency', { situation: 'uncertain' }));

      await agent.queueItem('scam').waitFor();
      await agent.queueItem('doubt').waitFor();
      const scamCard = await agent.queueItem('scam').locator('.head').textContent();
      const doubtCard = await agent.queueItem('doubt').locator('.head').textContent();
      await agent.open('scam');
      const event = page.locator('#transcript li.event .event');
      await event.waitFor();

      expect(scamCard).to.include('Escroquerie sur internet').and.not.include('faq.');
      expect(await agent.queueItem('scam').locator('.subject').getAttribute('title'))
        .to.equal('faq.online_scam');
      expect(doubtCard).to.include('URGENCE · urgence : danger possible, à vérifier')
        .and.not.include('uncertain');
      expect(await agent.queueItem('doubt').locator('.subject').getAttribute('title'))
        .to.equal('uncertain');
      expect(await page.locator('#conv-meta').textContent())
        .to.include('sujet : Escroquerie sur internet').and.include('motif : à sa demande');
      expect(await event.textContent()).to.equal("mis en file d'attente : à sa demande");
      expect(await event.getAttribute('title')).to.equal('queued:user_request');
      expect(errors).to.deep.equal([]);
    });

  it('shows the answers a procedure collected above the transcript', async () => {
    const page = await fx.context.newPage();
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').turn((turn) => fx.w.handoff.gate.request(turn, 'user_request',
      'normal', { topic: 'procedure.pre_complaint', collected: COLLECTED }));

    await agent.queueItem('c1').waitFor();
    await agent.open('c1');
    const box = page.locator('#collected-box');
    await box.waitFor();

    expect(await page.locator('#collected dt').allTextContents())
      .to.deep.equal(Object.keys(COLLECTED));
    expect(await page.locator('#collected dd').allTextContents())
      .to.deep.equal(Object.values(COLLECTED));
    expect(await page.locator('#collected-title').isVisible()).to.equal(true);
    const summaryBox = await box.boundingBox();
    const transcriptBox = await page.locator('#transcript').boundingBox();
    expect(summaryBox && transcriptBox && summaryBox.y + summaryBox.height)
      .to.be.at.most(transcriptBox?.y ?? 0);
    expect(await page.locator('#collected-superseded').isVisible()).to.equal(false);
  });

  it('strikes out the answers given before a request was filed meanwhile', async () => {
    const page = await fx.context.newPage();
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const citizen = fx.w.citizen('c2');
    await citizen.turn((turn) => fx.w.handoff.gate.request(turn, 'emergency',
      'emergency', { topic: 'procedure.pre_complaint', collected: COLLECTED }));
    await citizen.turn((turn) => fx.w.handoff.gate.annotate(turn,
      { 'Référence de la pré-plainte': 'PP-WW27-NFG5' }));

    await agent.queueItem('c2').waitFor();
    await agent.open('c2');
    await page.locator('#collected-box').waitFor();

    expect(await page.locator('#collected dt.superseded').allTextContents())
      .to.deep.equal(Object.keys(COLLECTED));
    expect(await page.locator('#collected dd:not(.superseded)').allTextContents())
      .to.deep.equal(['PP-WW27-NFG5']);
    expect((await page.locator('#collected-superseded').textContent())?.replace(/\s+/g, ' '))
      .to.include('La demande déposée fait foi');
    expect(await page.locator('#collected-superseded').isVisible()).to.equal(true);
  });
});
