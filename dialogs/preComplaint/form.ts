import type { Activity } from 'botbuilder';
import { Dialog, DialogContext, DialogReason, DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { Draft, FormState, Orientation, formIn, newForm } from './draft';

const log = componentLogger('preComplaint.form');

export type FieldOutcome =
  /**
   * Answered; `reopen`: earlier answers this one made wrong, to ask again; `alsoAnswered`:
   * later questions this answer already answered, not to be asked; `notice`: what the
   * answer changes for the citizen, said before the next question.
   */
  | { kind: 'next'; reopen?: readonly string[]; alsoAnswered?: readonly string[];
    notice?: FieldNotice }
  /** The answer was not usable (should not happen past the prompt's parser): ask again. */
  | { kind: 'again' }
  | { kind: 'orient'; to: Orientation }
  /** From the summary: ask these fields again, then this one. */
  | { kind: 'reopen'; fields: readonly string[] };

/** A template under content/fr/ and its data. */
export interface FieldNotice {
  key: string;
  data: Record<string, string>;
}

export interface FieldContext {
  content: Content;
  now: Date;
  activity: Partial<Activity>;
}

/** One question of the form: which dialog asks it, when it applies, where the answer goes. */
export interface FormField {
  id: string;
  dialogId: string;
  applies?: (draft: Draft) => boolean;
  ask: (draft: Draft, context: FieldContext) => object;
  apply: (draft: Draft, result: unknown, context: FieldContext) => FieldOutcome;
}

export type FormResult =
  | { kind: 'completed'; form: FormState }
  | { kind: 'oriented'; to: Orientation };

export function isFormResult(value: unknown): value is FormResult {
  return typeof value === 'object' && value !== null && 'kind' in value &&
    (value.kind === 'completed' || value.kind === 'oriented');
}

function applicable(field: FormField, draft: Draft): boolean {
  return field.applies === undefined || field.applies(draft);
}

/**
 * Goes back to the last question answered that still applies. False when there is none
 * (the citizen is at the first question).
 */
export function goBack(form: FormState, fields: readonly FormField[]): boolean {
  while (form.answered.length > 0) {
    const id = form.answered.pop();
    const field = fields.find((candidate) => candidate.id === id);
    if (field && applicable(field, form.draft)) {
      return true;
    }
  }
  return false;
}

/**
 * Runs the fields in order, each through its own dialog, skipping those answered or not
 * applicable. The whole form state lives in this dialog's instance (conversation state),
 * so "retour", a correction from the summary or a resume the next day only move a cursor.
 */
export class FormDialog extends Dialog {
  constructor(
    dialogId: string,
    private readonly fields: readonly FormField[],
    private readonly content: Content,
    private readonly clock: () => Date,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const form = formIn(options) ?? newForm(this.clock());
    Object.assign(this.instanceState(dc), { form });
    return this.askNext(dc, form);
  }

  override async continueDialog(): Promise<DialogTurnResult> {
    // every question is a child dialog: a turn never reaches the form itself
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(
    dc: DialogContext,
    _reason: DialogReason,
    result?: unknown,
  ): Promise<DialogTurnResult> {
    const form = formIn(this.instanceState(dc));
    const field = this.fields.find((candidate) => candidate.id === form?.current);
    if (!form || !field) {
      return dc.endDialog();
    }
    const outcome = field.apply(form.draft, result, this.context(dc));
    log.debug('field answered', { field: field.id, outcome: outcome.kind });
    if (outcome.kind === 'orient') {
      return dc.endDialog({ kind: 'oriented', to: outcome.to } satisfies FormResult);
    }
    if (outcome.kind === 'next') {
      const reopened = outcome.reopen ?? [];
      const also = outcome.alsoAnswered ?? [];
      form.answered = [...form.answered.filter((id) => id !== field.id &&
        !reopened.includes(id) && !also.includes(id)), field.id, ...also];
      if (outcome.notice) {
        await dc.context.sendActivity(this.content.render(outcome.notice.key,
          outcome.notice.data));
      }
    }
    if (outcome.kind === 'reopen') {
      form.beforeReopen = [...form.answered];
      form.answered = form.answered.filter((id) => !outcome.fields.includes(id));
    }
    return this.askNext(dc, form);
  }

  private async askNext(dc: DialogContext, form: FormState): Promise<DialogTurnResult> {
    const next = this.fields.find((field) =>
      !form.answered.includes(field.id) && applicable(field, form.draft));
    if (!next) {
      form.current = undefined;
      return dc.endDialog({ kind: 'completed', form } satisfies FormResult);
    }
    form.current = next.id;
    return dc.beginDialog(next.dialogId, next.ask(form.draft, this.context(dc)));
  }

  private context(dc: DialogContext): FieldContext {
    return { content: this.content, now: this.clock(), activity: dc.context.activity };
  }

  private instanceState(dc: DialogContext): object {
    const instance = dc.activeDialog;
    if (!instance) {
      throw new Error('the form dialog runs without an active instance');
    }
    return instance.state;
  }
}
