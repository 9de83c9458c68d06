import { expect } from 'chai';
import { captureLogs } from '../helpers/logCapture';
import { agent, world } from './harness';
import { AgentClient, startAgentServer } from './server';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'Bastille-Quimper-1985';

describe('handoff: no message text, note or password in the logs', () => {
  it('logs ids and events only through a whole handoff, API and errors included', async () => {
    const { lines, stop } = captureLogs();
    const w = world();
    const server = await startAgentServer(w.handoff);
    try {
      await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
      const client = new AgentClient(server.url);
      await client.call('POST', '/api/agent/session', { login: 'g.martin', password: WRONG });
      await client.signIn('g.martin', PASSWORD);
      const camille = w.citizen('c1');
      await camille.say('Je suis Camille Durand, on a volé mon vélo rue Solférino');
      await camille.say('je veux un gendarme');
      await client.call('POST', '/api/agent/conversations/c1/claim');
      await client.call('POST', '/api/agent/conversations/c1/messages',
        { text: 'Madame Durand, votre vélo est-il assuré ?' });
      await client.call('POST', '/api/agent/conversations/c1/notes',
        { text: 'Mme Durand, voisine suspecte Josiane' });
      await client.call('POST', '/api/agent/conversations/c1/messages', { text: '' });
      await camille.say('URGENCE Josiane revient avec un couteau');
      await w.handoff.service.close(agent('g.martin'), 'c1').catch(() => undefined);
      await client.call('POST', '/api/agent/conversations/c1/close', { confirm: true });
      await camille.say('4');

      expect(lines.length).to.be.greaterThan(5);
      const logged = lines.map((line) => line.replace(/"timestamp":"[^"]*"/, '')).join('\n');
      for (const secret of ['Camille', 'Durand', 'vélo', 'Solférino', 'Josiane', 'couteau',
        'assuré', PASSWORD, WRONG, 'correct horse']) {
        expect(logged, secret).not.to.include(secret);
      }
    } finally {
      stop();
      await server.close();
    }
  });
});
