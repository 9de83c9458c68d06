import { expect } from 'chai';
import { readFileSync } from 'fs';
import { runInNewContext } from 'vm';
import { fromRoot } from '../../core/paths';
import { HANDOFF_ERROR_CODES } from '../../handoff/errors';

interface ApiError {
  code?: string;
  message?: string;
  retryAfter?: number;
}

interface ConsoleErrors {
  errorText(error: ApiError | undefined, status?: number, signingIn?: boolean): string;
  codes: string[];
}

/** web/agent/errorTexts.js as the console runs it, in a context of its own. */
function consoleErrors(): ConsoleErrors {
  const sandbox: { window: { consoleErrors?: ConsoleErrors } } = { window: {} };
  runInNewContext(readFileSync(fromRoot('web', 'agent', 'errorTexts.js'), 'utf8'), sandbox);
  const errors = sandbox.window.consoleErrors;
  if (!errors) {
    throw new Error('errorTexts.js defines no consoleErrors');
  }
  return errors;
}

const { errorText, codes } = consoleErrors();

/** Words of the API's English messages that must never reach a gendarme's screen. */
const ENGLISH = /\b(wrong|login|password|too many|retry|already|taken|conversation is|the)\b/i;

describe('agent console: the API refusals in French', () => {
  it('has a French text for every code the agent API answers with', () => {
    expect(HANDOFF_ERROR_CODES).to.include.members(['unauthenticated', 'locked', 'conflict']);
    expect(codes).to.include.members([...HANDOFF_ERROR_CODES]);
  });

  it('says a wrong password at sign-in in French, not the English message', () => {
    const text = errorText({ code: 'unauthenticated', message: 'wrong login or password' },
      401, true);

    expect(text).to.equal('Identifiant ou mot de passe incorrect.');
  });

  it('says the wait of a lock in minutes, and whether the password was wrong', () => {
    const locked = errorText({ code: 'locked', retryAfter: 891,
      message: 'too many failed attempts for this login, retry in 891 s' }, 429, true);
    const address = errorText({ code: 'address_locked', retryAfter: 891,
      message: 'wrong login or password; too many failed attempts from this address' }, 429,
    true);

    expect(locked).to.contain('réessayez dans 15 min').and.not.contain('incorrect');
    // the right password still gets in from a slowed address: no wait to announce
    // (tester12's F13: « réessayez dans 14 min » made a gendarme believe they were locked)
    expect(address).to.match(/^Identifiant ou mot de passe incorrect\. /)
      .and.contain('depuis cette adresse').and.contain('bon mot de passe')
      .and.not.contain('réessayez');
  });

  it('never shows the English message of a refusal', () => {
    const samples: ApiError[] = [
      { code: 'conflict', message: 'conversation already taken' },
      { code: 'conflict', message: 'conversation is not with an agent' },
      { code: 'emergency_waiting', message: '24 emergency conversation(s) waiting: take them' },
      { code: 'not_found', message: 'no such conversation' },
      { code: 'made_up', message: 'the server says something new' },
    ];

    for (const sample of samples) {
      expect(errorText(sample, 409, false), sample.message).not.to.match(ENGLISH);
    }
    expect(errorText(undefined, 0, false)).to.contain('Le serveur ne répond pas');
  });
});
