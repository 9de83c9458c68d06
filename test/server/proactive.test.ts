import { expect } from 'chai';
import { createServer } from 'net';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference,
} from 'botbuilder';
import type { DirectLineAdapter } from '../../directline';
import { AdapterProactiveSender } from '../../server/proactive';
import { handleTurnErrors } from '../../server/turnErrors';
import { captureLogs } from '../helpers/logCapture';

/** A loopback port nothing listens on: a social network's connector that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('no port');
  }
  return address.port;
}

describe('proactive messages to a channel whose connector is down', () => {
  it('are logged as a warning naming the conversation, not as a turn error', async () => {
    const cloud = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    handleTurnErrors(cloud, 'cloud');
    const sender = new AdapterProactiveSender({} as DirectLineAdapter, cloud, '');
    const reference: Partial<ConversationReference> = { channelId: 'facebook',
      serviceUrl: `http://127.0.0.1:${await closedPort()}/`,
      conversation: { id: 'fb-conv-1', isGroup: false, conversationType: 'personal', name: '' },
      bot: { id: 'bot', name: 'Brigade numérique' }, user: { id: 'psid-1', name: 'Camille' } };
    const logs = captureLogs();

    try {
      await sender.send(reference, [{ type: 'message', text: 'Position : 2.' }]);
    } finally {
      logs.stop();
    }

    const lines = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.level === 'error')).to.deep.equal([]);
    const warning = lines.find((line) => line.message === 'proactive message not delivered');
    expect(warning).to.include({ level: 'warn', conversationId: 'fb-conv-1',
      channelId: 'facebook', activities: 1 });
    expect(JSON.stringify(lines)).not.to.contain('Position');
  });
});
