import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { loadContent } from '../../content/renderer';
import { pageErrors } from '../handoff/browser';
import { AgentClient } from '../handoff/server';
import { AppInBrowser, AGENT_LOGIN, AGENT_PASSWORD } from '../helpers/appInBrowser';

const REPLY = 'Bonjour, gendarme Martin, je vous écoute.';
const content = loadContent();
const GENDARME = content.render('handoff/labels.agentName');

/** What a screen reader is given for each reply (Web Chat's active-descendant labels). */
function spokenReplies(page: Page): Promise<string[]> {
  return page.locator('.webchat__basic-transcript__activity-active-descendant')
    .allTextContents();
}

describe('Web Chat: a gendarme\'s reply is told apart from the assistant\'s', function () {
  this.timeout(120_000);
  const world = AppInBrowser.use({ agent: true });

  it('shows the sender name, its own avatar initial and style, and names it for screen readers',
    async () => {
      const page = await world.browser.newPage({ locale: 'fr-FR' });
      const errors = pageErrors(page);
      const agent = new AgentClient(world.app.url);
      await agent.signIn(AGENT_LOGIN, AGENT_PASSWORD);
      await page.goto(world.app.url);
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      await input.fill('Je voudrais parler à un gendarme');
      await input.press('Enter');
      await page.locator('.webchat__bubble', { hasText: content.render('handoff/queued',
        { position: 1, minutes: 4 }).slice(0, 30) }).first().waitFor();

      const queue = await agent.call('GET', '/api/agent/queue');
      const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
      const path = `/api/agent/conversations/${encodeURIComponent(String(queued?.id))}`;
      await agent.call('POST', `${path}/claim`);
      await agent.call('POST', `${path}/messages`, { text: REPLY });
      const gendarme = page.locator('.bn-gendarme', { hasText: REPLY });
      await gendarme.waitFor();

      expect(GENDARME).to.equal('Gendarme');
      expect(await gendarme.getAttribute('role')).to.equal('group');
      expect(await gendarme.getAttribute('aria-label')).to.equal(GENDARME);
      expect(await gendarme.locator('.bn-gendarme__name').textContent()).to.equal(GENDARME);
      expect(await gendarme.locator('.bn-gendarme__avatar').textContent()).to.equal('G');
      expect(await page.locator('.bn-gendarme').count()).to.equal(1);
      const colours = await page.evaluate(() => Array.from(document.querySelectorAll(
        '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content'))
        .map((bubble) => [bubble.closest('.bn-gendarme') !== null,
          getComputedStyle(bubble).backgroundColor]));
      const gendarmeColours = colours.filter(([own]) => own).map(([, colour]) => colour);
      const botColours = colours.filter(([own]) => !own).map(([, colour]) => colour);
      expect(gendarmeColours).to.have.length(1);
      expect(botColours).to.not.include(gendarmeColours[0]);
      const spoken = await spokenReplies(page);
      expect(spoken).to.include(`${GENDARME} : ${REPLY}`);
      expect(spoken.filter((text) => text.startsWith('Brigade numérique : '))).to.not.be.empty;
      expect(spoken.join('\n')).to.not.match(/Le bot|Bot said/);
      expect(errors).to.deep.equal([]);
    });
});
