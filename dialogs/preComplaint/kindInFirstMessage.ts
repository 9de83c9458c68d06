import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/renderer';
import { OFFENCE_KINDS, type OffenceKind } from '../../records/types';
import { parseChoice } from '../prompts/choice';
import { foldWords } from '../prompts/normalize';
import { FormState, newForm } from './draft';
import { ELIGIBILITY_KINDS } from './fields/eligibility';
import { isOneOf } from './fields/guards';
import { label, labelled } from './options';

/** Words that name the facts, not only the procedure: "pour un vol", "suite à une arnaque". */
const NAMES_FACTS = new RegExp('\\b(?:vol|vols|vole|volee|cambriolage|cambriole|cambriolee|'
  + 'escroquerie|escroc|arnaque|arnaques|degradation|degradations|vandalisme)\\b');

/**
 * The kind of facts named in the message that opened the pré-plainte ("je veux faire une
 * pré-plainte pour un vol"), read as the answer to « Que s'est-il passé ? » would be. Only an
 * offence the pré-plainte covers: violence, online fraud or a sentence naming two kinds is
 * asked as before, where the buttons say where each leads.
 */
export function kindInFirstMessage(text: string, content: Content): OffenceKind | undefined {
  if (!NAMES_FACTS.test(foldWords(text))) {
    return undefined;
  }

  const read = parseChoice(text, labelled(content, 'kind', ELIGIBILITY_KINDS));
  return read.ok && isOneOf(OFFENCE_KINDS, read.value) ? read.value : undefined;
}

/**
 * A new form, with the kind of facts already answered when the first message named it
 * (tester16's F8): the citizen is told so, and can correct it from the summary.
 */
export async function firstForm(context: TurnContext, content: Content, now: Date):
Promise<FormState> {
  const form = newForm(now);
  const kind = kindInFirstMessage(context.activity.text ?? '', content);
  if (kind === undefined) {
    return form;
  }

  form.draft.kind = kind;
  form.answered.push('kind');
  await context.sendActivity(content.render('preComplaint/kind_noted',
    { kind: label(content, `kind_${kind}`) }));
  return form;
}
