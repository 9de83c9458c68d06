import { expect } from 'chai';
import { DEFAULT_NLU_MESSAGE_TIMEOUT_MS, loadConfig } from '../../core/config';

describe('the configuration', () => {
  describe('NLU_MESSAGE_TIMEOUT_MS', () => {
    const READ: Array<[string | undefined, number]> = [
      [undefined, DEFAULT_NLU_MESSAGE_TIMEOUT_MS], ['', DEFAULT_NLU_MESSAGE_TIMEOUT_MS],
      ['300', 300], ['20000', 20_000],
    ];
    for (const [raw, expected] of READ) {
      it(`reads ${JSON.stringify(raw)} as ${expected} ms`, () => {
        expect(loadConfig({ NLU_MESSAGE_TIMEOUT_MS: raw }).nluMessageTimeoutMs)
          .to.equal(expected);
      });
    }

    for (const raw of ['0', '-5', '1.5', 'abc', '5s']) {
      it(`refuses "${raw}" at start rather than run without a limit`, () => {
        expect(() => loadConfig({ NLU_MESSAGE_TIMEOUT_MS: raw }))
          .to.throw(`NLU_MESSAGE_TIMEOUT_MS must be a positive integer, got "${raw}"`);
      });
    }
  });
});
