import { expect } from 'chai';
import { readdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { ACCOUNTS, AccountStore, type AgentAccount } from '../../handoff/auth/accounts';
import { fullScript } from '../dialogs/preComplaint/script';
import { DirectLineClient } from '../helpers/directLineClient';
import { AgentClient } from '../handoff/server';
import { startWith, type SecureApp } from './app';
import { runScript } from './child';

const PASSWORD = 'mot de passe effacement';

/** Every byte the store keeps on disk, all collections together. */
function storeFiles(dataDir: string): string {
  return readdirSync(dataDir).filter((name) => name.endsWith('.jsonl'))
    .map((name) => readFileSync(join(dataDir, name), 'utf8')).join('\n');
}

describe('npm run erase: everything about a conversation or a reference', function () {
  this.timeout(120_000);
  let app: SecureApp;
  let filer: DirectLineClient;
  let other: DirectLineClient;
  let reference: string;

  async function say(client: DirectLineClient, text: string): Promise<void> {
    await client.say(text);
    await app.directLine.whenIdle();
  }

  before(async () => {
    app = await startWith();
    await new AccountStore(app.database.collection<AgentAccount>(ACCOUNTS))
      .create('agent.effacement', 'agent', PASSWORD);
    filer = await DirectLineClient.start(app.url);
    other = await DirectLineClient.start(app.url);

    const script = fullScript('theft').map((step) => step.answer);
    for (const answer of ['je veux porter plainte', ...script.slice(1)]) {
      await say(filer, answer);
    }
    await say(filer, 'je veux parler à un gendarme');
    const agent = new AgentClient(app.url);
    await agent.signIn('agent.effacement', PASSWORD);
    await agent.call('POST',
      `/api/agent/conversations/${encodeURIComponent(filer.conversationId)}/claim`);
    await say(other, 'comment faire une procuration ?');

    const said = (await filer.activities()).body.activities.map((a) => a.text ?? '').join('\n');
    reference = /PP-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(said)?.[0] ?? 'no reference given';
    await app.app.close();
  });

  after(() => rmSync(app.dataDir, { recursive: true, force: true }));

  it('by reference: the record and the conversation it was filed in, said collection by '
    + 'collection, and nothing of it left on disk', async () => {
    const before = storeFiles(app.dataDir);
    const typed = reference.toLowerCase().replace(/-/g, ' ');

    const run = await runScript('scripts/admin-erase', ['--reference', typed],
      { DATA_DIR: app.dataDir });
    const after = storeFiles(app.dataDir);

    expect(before).to.include(filer.conversationId).and.to.include('Camille');
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include(`conversations: ${filer.conversationId}`)
      .and.to.include(`references: ${reference}`)
      .and.to.include('preComplaints: 1 deleted')
      .and.to.match(/directline_activities: \d+ deleted/)
      .and.to.match(/handoff_transcripts: \d+ deleted/)
      .and.to.match(/agent_audit: \d+ deleted/)
      .and.to.match(/botstate: \d+ deleted/)
      .and.to.include('nlu_unanswered_texts: carries no conversation id, by design');
    for (const trace of [filer.conversationId, reference, 'Camille', 'camille@exemple.fr',
      '+33612345678', 'rue de la Paix']) {
      expect(after, trace).not.to.include(trace);
    }
    expect(after).to.include(other.conversationId);
  });

  it('by conversation: the other conversation goes too, and a second run finds nothing',
    async () => {
      const first = await runScript('scripts/admin-erase', ['--conversation', other.conversationId],
        { DATA_DIR: app.dataDir });
      const again = await runScript('scripts/admin-erase',
        ['--conversation', other.conversationId], { DATA_DIR: app.dataDir });

      expect(first.code).to.equal(0);
      expect(first.stdout).to.match(/directline_conversations: 1 deleted/);
      expect(storeFiles(app.dataDir)).not.to.include(other.conversationId);
      expect(again.code).to.equal(1);
      expect(again.stderr).to.include(`nothing found for conversation ${other.conversationId}`);
    });

  it('refuses unclear requests with the usage, and a reference of the wrong shape', async () => {
    const none = await runScript('scripts/admin-erase', [], { DATA_DIR: app.dataDir });
    const both = await runScript('scripts/admin-erase', ['--conversation', 'a', '--reference',
      'b'], { DATA_DIR: app.dataDir });
    const shape = await runScript('scripts/admin-erase', ['--reference', '{"$gt":""}'],
      { DATA_DIR: app.dataDir });

    expect([none.code, both.code, shape.code]).to.deep.equal([2, 2, 2]);
    expect(none.stderr).to.include('usage: npm run erase');
    expect(shape.stderr).to.include('PP-7K4M-Q2XD');
  });
});
