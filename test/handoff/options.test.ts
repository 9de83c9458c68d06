import { expect } from 'chai';
import { DEFAULT_OPTIONS, optionsFromEnv, resolveOptions } from '../../handoff/options';

describe('handoff options', () => {
  it('reads the wait limit, per-agent limit and retention from the environment', () => {
    const options = optionsFromEnv({ HANDOFF_MAX_WAIT_MINUTES: '10',
      HANDOFF_MAX_OPEN_PER_AGENT: '5', HANDOFF_RETENTION_DAYS: '' });

    expect(resolveOptions(options)).to.deep.equal({ ...DEFAULT_OPTIONS, maxWaitMinutes: 10,
      maxOpenPerAgent: 5 });
  });

  it('reads the emergency close-confirmation window from the environment', () => {
    const options = optionsFromEnv({ HANDOFF_CLOSE_CONFIRM_MINUTES: '45' });

    expect(resolveOptions(options).closeConfirmMinutes).to.equal(45);
    expect(resolveOptions(optionsFromEnv({})).closeConfirmMinutes).to.equal(30);
  });

  it('refuses a close-confirmation window that is not a positive number', () => {
    for (const raw of ['0', '-5', 'trente', 'Infinity']) {
      expect(() => optionsFromEnv({ HANDOFF_CLOSE_CONFIRM_MINUTES: raw })).to.throw(
        `HANDOFF_CLOSE_CONFIRM_MINUTES must be a positive number, got "${raw}"`);
    }
    expect(() => resolveOptions({ closeConfirmMinutes: 0 }))
      .to.throw('handoff option closeConfirmMinutes must be a positive number, got 0');
  });

  it('refuses to start on a value that is not a positive number', () => {
    expect(() => optionsFromEnv({ HANDOFF_MAX_WAIT_MINUTES: 'dix' }))
      .to.throw('HANDOFF_MAX_WAIT_MINUTES must be a positive number, got "dix"');
    expect(() => resolveOptions({ maxOpenPerAgent: 0 }))
      .to.throw('handoff option maxOpenPerAgent must be a positive number, got 0');
  });
});
