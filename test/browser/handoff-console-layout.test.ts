import { expect } from 'chai';
import { ConsolePage } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

/** A whole pré-plainte's worth of answers: the box must not eat the transcript. */
const COLLECTED = Object.fromEntries(Array.from({ length: 24 }, (_, index) =>
  [`Question ${index + 1}`, `Réponse ${index + 1} du citoyen, assez longue pour une ligne`]));

describe('agent console: collected answers beside a long transcript', function () {
  this.timeout(60_000);
  const fx = ConsoleFixture.use();

  it('keeps the answers box above the transcript, which keeps room and whole timestamps',
    async () => {
      const page = await fx.context.newPage();
      await page.setViewportSize({ width: 1280, height: 640 });
      const agent = new ConsolePage(page, fx.server.url);
      await agent.signIn('g.martin', PASSWORD);
      const citizen = fx.w.citizen('c1');
      for (let index = 1; index <= 12; index += 1) {
        await citizen.say(`message ${index}`);
      }
      await citizen.turn((turn) => fx.w.handoff.gate.request(turn, 'user_request', 'normal',
        { topic: 'procedure.pre_complaint', collected: COLLECTED }));

      await agent.queueItem('c1').waitFor();
      await agent.open('c1');
      await page.locator('#transcript li .who').last().waitFor();
      const box = await page.locator('#collected-box').boundingBox();
      const transcript = await page.locator('#transcript').boundingBox();
      const lastTime = await page.locator('#transcript li .who').last().boundingBox();

      expect(box && transcript, 'both shown').to.not.equal(null);
      expect((box?.y ?? 0) + (box?.height ?? 0), 'box above the transcript')
        .to.be.at.most(transcript?.y ?? 0);
      expect(transcript?.height ?? 0, 'transcript height').to.be.at.least(160);
      expect(lastTime?.y ?? 0, 'last timestamp inside the transcript')
        .to.be.at.least(transcript?.y ?? 0);
      expect((lastTime?.y ?? 0) + (lastTime?.height ?? 0))
        .to.be.at.most((transcript?.y ?? 0) + (transcript?.height ?? 0) + 0.5);
    });

  it('shows in the queue the question a citizen\'s "oui" answers, just before it', async () => {
    const page = await fx.context.newPage();
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const citizen = fx.w.citizen('c2');
    await citizen.turn(async (turn) => {
      await turn.sendActivity('**Êtes-vous en sécurité en ce moment ?**');
    }, { type: 'message', text: 'il me suit' });
    await citizen.turn((turn) => fx.w.handoff.gate.request(turn, 'user_request', 'normal'),
      { type: 'message', text: 'oui' });

    await agent.queueItem('c2').waitFor();
    const lines = await agent.queueItem('c2').locator('.last').allTextContents();

    expect(lines.slice(-2)).to.deep.equal(
      ['Robot : Êtes-vous en sécurité en ce moment ?', 'Usager : oui']);
  });
});
