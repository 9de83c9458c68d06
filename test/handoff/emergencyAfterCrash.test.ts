import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig } from '../../core/config';
import { CONVERSATIONS, type HandoffConversation } from '../../handoff/model';
import { compose } from '../../server/compose';
import { leaveUnanswered, loggedLines } from '../helpers/crashedTurns';

const EMERGENCY = 'il défonce la porte il a un couteau venez vite';

describe('an emergency acknowledged just before a crash', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-emergency-crash-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is answered on the next start and put first in the agents\' queue', async () => {
    const crashed = await leaveUnanswered(dataDir, [EMERGENCY]);
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir,
      NODE_ENV: 'test', NLU_THREAD: 'false' });

    const started = await compose(config);
    await started.app.listen(config.port, config.host);
    await started.directLine.whenIdle();
    const queued = await started.database.collection<HandoffConversation>(CONVERSATIONS)
      .get(crashed.conversationId);
    await started.app.close();

    const replies = (await loggedLines(dataDir, crashed.conversationId))
      .filter((line) => line.activity.from?.role === 'bot');
    expect(replies.length).to.be.greaterThan(0);
    expect(replies[0].activity.replyToId).to.equal(crashed.ids[0]);
    expect(queued?.state).to.equal('queued');
    expect(queued?.priority).to.equal('emergency');
    expect(queued?.reason).to.equal('emergency');
  });
});
