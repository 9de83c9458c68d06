import { expect } from 'chai';
import { spawnSync } from 'child_process';
import * as index from 'botbuilder-dialogs';
import * as framework from '../../dialogs/framework';

/** The modules a fresh process loads when it requires `file` (ts-node for sources). */
function modulesLoadedBy(file: string): string[] {
  const loader = file.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [];
  const script = `require(${JSON.stringify(file)});`
    + 'process.stdout.write(JSON.stringify(Object.keys(require.cache)));';
  const run = spawnSync(process.execPath, [...loader, '-e', script], {
    encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  expect(run.status, run.stderr).to.equal(0);
  const loaded: unknown = JSON.parse(run.stdout);
  return Array.isArray(loaded) ? loaded.map(String) : [];
}

describe('botbuilder-dialogs as the assistant imports it', () => {
  it('hands out the very classes of the package index', () => {
    expect(framework.ComponentDialog).to.equal(index.ComponentDialog);
    expect(framework.WaterfallDialog).to.equal(index.WaterfallDialog);
    expect(framework.WaterfallStepContext).to.equal(index.WaterfallStepContext);
    expect(framework.Dialog).to.equal(index.Dialog);
    expect(framework.DialogSet).to.equal(index.DialogSet);
    expect(framework.DialogContext).to.equal(index.DialogContext);
    expect(framework.Prompt).to.equal(index.Prompt);
    expect(framework.TextPrompt).to.equal(index.TextPrompt);
    expect(framework.DialogTurnStatus).to.equal(index.DialogTurnStatus);
    expect(framework.DialogReason).to.equal(index.DialogReason);
  });

  it('does not load the date, choice and sequence recognisers when the server is composed',
    function () {
      this.timeout(60_000);
      const loaded = modulesLoadedBy(require.resolve('../../server/fullAssistant'));

      expect(loaded.some((file) => file.includes('botbuilder-dialogs'))).to.equal(true);
      const heavy = loaded.filter((file) =>
        /recognizers-text-(date-time|choice|sequence|suite)/.test(file));
      expect(heavy).to.deep.equal([]);
    });
});
