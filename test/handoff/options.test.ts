import { expect } from 'chai';
import { DEFAULT_OPTIONS, optionsFromEnv, resolveOptions } from '../../handoff/options';

describe('handoff options', () => {
  it('reads the wait limit, per-agent limit and retention from the environment', () => {
    const options = optionsFromEnv({ HANDOFF_MAX_WAIT_MINUTES: '10',
      HANDOFF_MAX_OPEN_PER_AGENT: '5', HANDOFF_RETENTION_DAYS: '' });

    expect(resolveOptions(options)).to.deep.equal({ ...DEFAULT_OPTIONS, maxWaitMinutes: 10,
      maxOpenPerAgent: 5 });
  });

  it('refuses to start on a value that is not a positive number', () => {
    expect(() => optionsFromEnv({ HANDOFF_MAX_WAIT_MINUTES: 'dix' }))
      .to.throw('HANDOFF_MAX_WAIT_MINUTES must be a positive number, got "dix"');
    expect(() => resolveOptions({ maxOpenPerAgent: 0 }))
      .to.throw('handoff option maxOpenPerAgent must be a positive number, got 0');
  });
});
