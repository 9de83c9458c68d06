import type { Content } from '../../content/renderer';
import type { HandoffDetails } from '../../handoff/types';
import { innerStack } from '../common/dialogStack';
import type { DialogInstance, DialogState } from '../framework';
import { type Draft, type FormState, formIn } from './draft';
import { IDS } from './ids';
import { label } from './options';
import { plain, summaryRows } from './summary';

/** The summary rows a draft can already fill; a row half answered would mislead. */
const ANSWERED: ReadonlyArray<[string, (draft: Draft) => boolean]> = [
  ['offence', (draft) => draft.kind !== undefined],
  ['author', (draft) => draft.authorKnown !== undefined],
  ['date', (draft) => draft.when !== undefined],
  ['place', (draft) => draft.commune !== undefined],
  ['account', (draft) => Boolean(draft.account)],
  ['items', (draft) => draft.items !== undefined],
  ['vehicle', (draft) => draft.plate !== undefined],
  ['evidence', (draft) => draft.evidence !== undefined],
  ['filer', (draft) => draft.role === 'victim' || draft.minorBirthDate !== undefined
    || draft.companyName !== undefined],
  ['identity', (draft) => draft.birthPlace !== undefined],
  ['address', (draft) => draft.homeCommune !== undefined],
  ['phone', (draft) => Boolean(draft.phone)],
  ['email', (draft) => draft.email !== undefined],
  ['callback', (draft) => draft.callback !== undefined],
];

/**
 * What the gendarme taking over a pré-plainte reads above the transcript: the answers
 * given so far, label → answer, in the order of the form. Personal answers (identity,
 * phone...) are included: the gendarme is entitled to them and would otherwise ask again.
 * They go to the handoff record only, never to a log line.
 */
export function handoverSummary(content: Content, form: FormState): Record<string, string> {
  const wanted = new Set(ANSWERED.filter(([, answered]) => answered(form.draft))
    .map(([name]) => label(content, `field_${name}`)));
  const rows = summaryRows(content, form.draft).filter((row) => wanted.has(row.label));

  // the rows are escaped for Web Chat's markdown; the console shows text (textContent)
  return Object.fromEntries(rows.map((row) => [plain(row.label),
    plain(row.value).replace(/\s+–\s*$/, '')]));
}

/** The handoff details of a pré-plainte handed over to a gendarme. */
export function handoverDetails(content: Content, form: FormState | undefined): HandoffDetails {
  const collected = form ? handoverSummary(content, form) : {};
  return { topic: 'procedure.pre_complaint',
    collected: Object.keys(collected).length > 0 ? collected : undefined };
}

/** The form under way, wherever the router nests the pré-plainte. */
export function formInStack(stack: readonly DialogInstance[]): FormState | undefined {
  for (const instance of stack) {
    const form = instance.id === IDS.form ? formIn(instance.state)
      : formInStack(innerStack(instance));
    if (form) {
      return form;
    }
  }
  return undefined;
}

/**
 * The handoff details of a pré-plainte under way, read from the conversation's dialog
 * state: for a turn on which the form does not run (an emergency caught by triage).
 */
export function handoverFromState(content: Content, state: DialogState | undefined):
  HandoffDetails | undefined {
  const form = formInStack(state?.dialogStack ?? []);
  return form ? handoverDetails(content, form) : undefined;
}
