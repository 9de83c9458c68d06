import type { Content } from '../../content/renderer';
import { HandoffError } from '../errors';
import { AdminUsageError } from './adminCommand';

const T = 'handoff/admin';

/**
 * The account tool's failures in French. The account store and the embedded store explain
 * in English for the agent API and the logs; their few refusals are read back here from
 * the code and the number they carry.
 */
export function adminErrorText(error: unknown, content: Content, login = ''): string {
  if (error instanceof AdminUsageError) {
    return `${content.render(`${T}.${error.key}`, error.data)}\n${content.render(`${T}.usage`)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const render = (key: string, data = {}) => content.render(`${T}.${key}`, data);

  const locked = /^data directory (.+) is in use by process (\d+)/.exec(message);
  if (locked) {
    return render('store_locked', { dir: locked[1], pid: locked[2] });
  }
  if (message === 'no password on stdin') {
    return render('no_password');
  }
  if (!(error instanceof HandoffError)) {
    return render('failed', { detail: message });
  }
  return handoffErrorText(error, render, login);
}

function handoffErrorText(error: HandoffError,
  render: (key: string, data?: object) => string, login: string): string {
  const bound = /(\d+) characters$/.exec(error.message)?.[1] ?? '';

  switch (error.code) {
    case 'conflict':
      return render('exists', { login });
    case 'not_found':
      return render('unknown_login', { login });
    case 'invalid_request':
      if (error.message.startsWith('password must be at least')) {
        return render('password_short', { min: bound });
      }
      if (error.message.startsWith('password must be at most')) {
        return render('password_long', { max: bound });
      }
      if (error.message.startsWith('login must')) {
        return render('login_format');
      }
      return render('failed', { detail: error.message });
    default:
      return render('failed', { detail: error.message });
  }
}
