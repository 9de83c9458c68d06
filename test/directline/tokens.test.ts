import { expect } from 'chai';
import { TokenService } from '../../directline/tokens';

function clock(start: number): { now: () => number; advance(seconds: number): void } {
  let current = start;
  return { now: () => current, advance: (seconds) => { current += seconds; } };
}

describe('Direct Line tokens', () => {
  it('bind a conversation and a user, and say how long they live', () => {
    const tokens = new TokenService('secret', 1800);

    const issued = tokens.issue('conv-a', 'dl_user');
    const check = tokens.verify(issued.token);

    expect(issued.expiresIn).to.equal(1800);
    expect(check.ok && check.claims).to.include({ conv: 'conv-a', user: 'dl_user' });
  });

  it('are JWTs whose payload DirectLineJS can read', () => {
    const { token } = new TokenService('secret').issue('conv-a', 'dl_user');

    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

    expect(payload).to.include({ conv: 'conv-a', user: 'dl_user' });
  });

  it('expire after their lifetime', () => {
    const time = clock(1_000_000);
    const tokens = new TokenService('secret', 60, time.now);
    const { token } = tokens.issue('conv-a', 'dl_user');

    time.advance(59);
    expect(tokens.verify(token).ok).to.equal(true);
    time.advance(1);
    expect(tokens.verify(token)).to.deep.equal({ ok: false, reason: 'expired' });
  });

  it('reject a token whose claims were edited', () => {
    const tokens = new TokenService('secret');
    const [header, , signature] = tokens.issue('conv-a', 'dl_user').token.split('.');
    const forged = Buffer.from(JSON.stringify({
      conv: 'conv-b', user: 'dl_user', iat: 0, exp: 9_999_999_999,
    })).toString('base64url');

    expect(tokens.verify(`${header}.${forged}.${signature}`))
      .to.deep.equal({ ok: false, reason: 'bad_signature' });
  });

  it('reject a token signed with another secret', () => {
    const { token } = new TokenService('other secret').issue('conv-a', 'dl_user');

    expect(new TokenService('secret').verify(token))
      .to.deep.equal({ ok: false, reason: 'bad_signature' });
  });

  it('survive a restart only when the secret is configured', () => {
    const { token } = new TokenService('secret').issue('conv-a', 'dl_user');
    const random = new TokenService(undefined).issue('conv-a', 'dl_user').token;

    expect(new TokenService('secret').verify(token).ok).to.equal(true);
    expect(new TokenService(undefined).verify(random).ok).to.equal(false);
  });

  it('call anything that is not three signed segments malformed', () => {
    const tokens = new TokenService('secret');

    for (const bad of ['', 'abc', 'a.b', 'a.b.c.d', `${'x'.repeat(20)}.e30.sig`]) {
      expect(tokens.verify(bad), bad).to.deep.equal({ ok: false, reason: 'malformed' });
    }
  });
});
