import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';

const PAGE = readFileSync(fromRoot('web', 'agent', 'index.html'), 'utf8');

/** The attributes of the element opened by the tag that holds `id="…"`. */
function attributesOf(id: string): string {
  const tag = new RegExp(`<input[^>]*\\bid="${id}"[^>]*>`).exec(PAGE);
  expect(tag, `#${id} in web/agent/index.html`).not.to.equal(null);
  return tag?.[0] ?? '';
}

describe('agent console: the login field on phones and tablets', () => {
  it('neither capitalises, corrects nor spell-checks the login typed', () => {
    const login = attributesOf('signin-login');

    expect(login).to.include('autocapitalize="none"');
    expect(login).to.include('autocorrect="off"');
    expect(login).to.include('spellcheck="false"');
    expect(login).to.include('autocomplete="username"');
  });
});
