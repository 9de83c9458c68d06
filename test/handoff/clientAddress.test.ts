import { expect } from 'chai';
import { clientAddress, trustedProxiesFromEnv } from '../../handoff/api/clientAddress';

describe('client address for sign-in throttling', () => {
  it('ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(trustedProxiesFromEnv({})).to.deep.equal([]);
    expect(clientAddress('127.0.0.1', '10.1.1.1', [])).to.equal('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('192.0.2.9', '10.1.1.1', ['127.0.0.1'])).to.equal('192.0.2.9');
  });

  it('takes the right-most address no trusted proxy owns, so clients cannot spoof it', () => {
    const trusted = trustedProxiesFromEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.2' });

    expect(clientAddress('::ffff:127.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.2', trusted))
      .to.equal('203.0.113.7');
    expect(clientAddress('127.0.0.1', ['203.0.113.7'], trusted)).to.equal('203.0.113.7');
  });

  it('stops at a malformed hop and falls back to the last trusted one', () => {
    expect(clientAddress('127.0.0.1', 'not-an-ip', ['127.0.0.1'])).to.equal('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined, ['127.0.0.1'])).to.equal('127.0.0.1');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an IP address', () => {
    expect(() => trustedProxiesFromEnv({ TRUSTED_PROXIES: '127.0.0.1,proxy.local' }))
      .to.throw('TRUSTED_PROXIES must be a comma-separated list of IP addresses, '
        + 'got "proxy.local"');
  });
});
