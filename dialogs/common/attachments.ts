import type { DialogState } from '../framework';
import { innerStack } from './dialogStack';

/**
 * Channels on which a citizen can attach a file. Our Web Chat page and Direct Line
 * endpoint accept none (no upload button, attachments refused), so there the questions
 * must not ask for files.
 */
const UPLOAD_CHANNELS: readonly string[] = ['emulator', 'msteams', 'telegram', 'slack',
  'facebook'];

export function channelAcceptsFiles(channelId: string | undefined): boolean {
  return channelId !== undefined && UPLOAD_CHANNELS.includes(channelId);
}

/**
 * True when the question the conversation waits on (the innermost active dialog, through
 * the component dialogs) is one of `dialogIds`: a message made only of files is its answer.
 */
export function waitsForFiles(
  state: DialogState | undefined,
  dialogIds: ReadonlySet<string>,
): boolean {
  let stack = state?.dialogStack ?? [];
  while (stack.length > 0) {
    const active = stack[stack.length - 1];
    if (dialogIds.has(active.id)) {
      return true;
    }
    stack = innerStack(active);
  }
  return false;
}
