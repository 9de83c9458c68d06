import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/renderer';
import type { OffenceKind } from '../../records/types';
import { isKindOfFacts } from '../prompts/noAnswer';
import type { FormState } from './draft';
import { kindInFirstMessage } from './kindInFirstMessage';
import { label } from './options';

/**
 * The kind of facts typed at « êtes-vous en danger ? » ("Une dégradation"), when it is
 * one of the form's offences: undefined for a reply of danger or another kind.
 */
export function kindAtDanger(text: string, content: Content): OffenceKind | undefined {
  return isKindOfFacts(text) ? kindInFirstMessage(text, content) : undefined;
}

/**
 * Keeps that kind as the answer to « Que s'est-il passé ? », which is then not asked (a
 * tester's finding: noted, then asked again), and says so; the danger prompt still reads
 * the reply, and asks its own question again.
 */
export async function keepKindAtDanger(context: TurnContext, form: FormState,
  content: Content): Promise<void> {
  if (form.current !== 'danger' || form.answered.includes('kind')) {
    return;
  }
  const kind = kindAtDanger(context.activity.text ?? '', content);
  if (kind === undefined) {
    return;
  }

  form.draft.kind = kind;
  form.answered.push('kind');
  await context.sendActivity(content.render('preComplaint/kind_noted',
    { kind: label(content, `kind_${kind}`) }));
}
