import { Activity, MessageFactory, TurnContext } from 'botbuilder';
import {
  Choice, Prompt, PromptOptions, PromptRecognizerResult, PromptValidatorContext,
} from '../framework';
import type { Content } from '../../content/renderer';
import {
  asideAnswer, elsewhereOf, freeTextAsideTopic, freeTextElsewhere, freeTextKeywordQuestion,
  freeTextLeaving, freeTextQuestion, refusedDisclosureTopic, saysFarewell,
} from './asideQuestion';
import { isFalseAlarmRemark } from './falseAlarm';
import { looksLikeOtherAnswer } from './offAnswers';
import { Parsed, failed } from './parsed';
import { BARE_REPLY } from './text';
import { visibleText } from './visibleText';
import { isMarkupOnly } from '../common/markup';

/**
 * Reads the citizen's answer; the activity is given for prompts that accept attachments,
 * the prompt options for parsers that depend on the question (closed lists).
 */
export type TextParser<V> = (
  text: string,
  activity: Partial<Activity>,
  options: PromptOptions,
) => Parsed<V>;

function choiceLabels(choices: ReadonlyArray<string | Choice> | undefined): string[] {
  return (choices ?? []).map((choice) => (typeof choice === 'string' ? choice : choice.value));
}

function withButtons(text: string | Partial<Activity>, labels: string[]): Partial<Activity> {
  const activity = typeof text === 'string' ? MessageFactory.text(text) : { ...text };
  if (labels.length > 0) {
    return { ...activity, ...MessageFactory.suggestedActions(labels, activity.text) };
  }
  return activity;
}

/** The failed answer after which the way out is recalled (a tester's F3). */
const WAY_OUT_AFTER = 2;

/** The misses in a row at a closed list after which a gendarme is offered. */
const HANDOFF_AFTER = 3;

function lastError(state: object): string | undefined {
  return 'error' in state && typeof state.error === 'string' ? state.error : undefined;
}

/**
 * Errors of an answer that was read, and is wrong: "demain" as the date of the facts is a
 * date in the future, and the model's "à demain" goodbye must not turn it into "before you
 * leave". Only an answer that could not be read may be something else (a goodbye, a
 * question on the way, another request).
 */
const READ_BUT_WRONG = new Set([
  'date_future', 'date_future_no_year', 'date_too_old', 'date_range_order', 'date_invalid_day',
  'date_weekday_mismatch', 'date_bad_time', 'birth_date_range', 'amount_range',
  'amount_negative', 'amount_too_large', 'phone_foreign', 'phone_service', 'name_other_half',
  'text_too_long',
].map((name) => `prompts/errors.${name}`).concat('preComplaint/errors.account_too_long'));

/**
 * Errors of a free-text question answered by a bare "oui", "ok" or "👍": the hint, then the
 * question itself again, so that the citizen sees what to answer.
 */
const BARE_REPLIES = new Set([BARE_REPLY, 'preComplaint/errors.item_bare']);

/** The error of an answer that is neither yes nor no (parseYesNo). */
const YES_NO_ERROR = 'prompts/errors.yes_no';

/** Errors that only say an answer was not read: the question comes back after them. */
const UNREAD = new Set([YES_NO_ERROR, 'prompts/errors.unknown',
  'prompts/errors.yes_no_address', 'prompts/errors.choice_unknown']);

/**
 * A text prompt whose answer goes through one of our parsers. A wrong answer gets the
 * parser's own explanation (a template naming what was wrong and an example), with the
 * same buttons, instead of the bare question again. Closed questions are offered as
 * suggested actions (Web Chat buttons; plain text elsewhere still works).
 */
export class ParsedTextPrompt<V> extends Prompt<V> {
  constructor(
    dialogId: string,
    private readonly parse: TextParser<V>,
    private readonly content: Content,
  ) {
    super(dialogId, (prompt) => this.explainFailure(prompt));
  }

  protected async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const text = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (text !== undefined) {
      await context.sendActivity(withButtons(text, choiceLabels(options.choices)));
    }
  }

  protected async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<V>> {
    // what is stored is what a gendarme can see: no controls, no bidi override (F14)
    const said = visibleText(context.activity.text ?? '');
    // "<script>…</script>" says nothing a gendarme could read: asked again
    const result = isMarkupOnly(said) ? failed<V>('prompts/errors.unknown')
      : this.parse(said, context.activity, options);
    Object.assign(state, { error: result.ok ? undefined : result.error });
    if (result.ok && choiceLabels(options.choices).length === 0 &&
      (freeTextAsideTopic(context, this.content) !== undefined || freeTextQuestion(context)
        || freeTextLeaving(context) || freeTextKeywordQuestion(context)
        || freeTextElsewhere(context) || isFalseAlarmRemark(context.activity.text ?? ''))) {
      // any text passes a free-text question: a question, a goodbye or a request must not
      // become it
      return { succeeded: false };
    }
    return result.ok ? { succeeded: true, value: result.value } : { succeeded: false };
  }

  private async explainFailure(prompt: PromptValidatorContext<V>): Promise<boolean> {
    if (prompt.recognized.succeeded) {
      return true;
    }

    const labels = choiceLabels(prompt.options.choices);
    if (labels.length === 0 && prompt.options.prompt !== undefined
      && isFalseAlarmRemark(prompt.context.activity.text ?? '')) {
      await prompt.context.sendActivity(this.content.render('prompts/falseAlarm'));
      await prompt.context.sendActivity(withButtons(prompt.options.prompt, labels));
      return false;
    }

    const error = lastError(prompt.state);
    if (error !== undefined && READ_BUT_WRONG.has(error)) {
      await prompt.context.sendActivity(withButtons(this.content.render(error), labels));
      return false;
    }

    if (error !== undefined && BARE_REPLIES.has(error) && prompt.options.prompt !== undefined) {
      await prompt.context.sendActivity(this.content.render(error));
      await prompt.context.sendActivity(withButtons(prompt.options.prompt, labels));
      return false;
    }

    const said = prompt.context.activity.text ?? '';
    if (looksLikeOtherAnswer(said) && !said.trim().endsWith('?')) {
      await this.askAgain(prompt, error ?? 'prompts/errors.unknown', labels);
      return false;
    }

    const disclosure = refusedDisclosureTopic(prompt.context, this.content);
    const aside = asideAnswer(prompt.context, this.content)
      ?? (disclosure === undefined ? undefined : this.content.render(`faq/${disclosure}`));
    if (aside !== undefined && prompt.options.prompt !== undefined) {
      // A question asked on the way is answered, then the pending question comes back.
      await prompt.context.sendActivity(aside);
      await prompt.context.sendActivity(this.content.render('prompts/resume'));
      await prompt.context.sendActivity(withButtons(prompt.options.prompt, labels));
      return false;
    }

    // "demain" reads as "à demain" to the model: at a yes / no question, what is neither
    // is asked again, never taken for someone leaving; at a choice, only the words of a
    // goodbye are one
    const elsewhere = elsewhereOf(prompt.context);
    const notLeaving = elsewhere === 'leaving' && (error === YES_NO_ERROR
      || (labels.length > 0 && !saysFarewell(prompt.context)));
    if (elsewhere !== undefined && !notLeaving && prompt.options.prompt !== undefined) {
      await prompt.context.sendActivity(this.content.render(`prompts/${elsewhere}`));
      await prompt.context.sendActivity(withButtons(prompt.options.prompt, labels));
      return false;
    }

    if (labels.length === 0 && prompt.options.prompt !== undefined
      && freeTextQuestion(prompt.context)) {
      // a question with no sure answer is still no answer: said so, then asked again
      await prompt.context.sendActivity(this.content.render('prompts/questionUnanswered'));
      await prompt.context.sendActivity(this.content.render('prompts/resume'));
      await prompt.context.sendActivity(withButtons(prompt.options.prompt, labels));
      return false;
    }

    const key = error ?? 'prompts/errors.unknown';
    const wayOut = this.wayOutAfterMisses(prompt.attemptCount, labels);
    if (wayOut !== undefined) {
      // answers in a row not understood: the citizen may want out, or a person, say how
      await prompt.context.sendActivity(this.content.render(key));
      await prompt.context.sendActivity(wayOut);
      return false;
    }
    await prompt.context.sendActivity(withButtons(this.content.render(key), labels));
    return false;
  }

  /**
   * After a second miss, the way out; at a closed list, from the third miss on, the way out
   * with a gendarme offered, at every miss (a tester looped on "Je n'ai pas reconnu ce
   * choix" with the way out now and then only).
   */
  private wayOutAfterMisses(misses: number, labels: string[]): Partial<Activity> | undefined {
    if (labels.length > 0 && misses >= HANDOFF_AFTER) {
      return withButtons(this.content.render('prompts/handoffOffer'),
        [...labels, this.content.render('bot/labels.talkToGendarme')]);
    }
    return misses === WAY_OUT_AFTER
      ? withButtons(this.content.render('prompts/wayOut'), labels) : undefined;
  }

  /**
   * An answer meant for another question of the form (an address, a phone number) is read
   * as an answer, never as a subject (no FAQ): what this question waits for is said, then
   * the question comes back unless the explanation already gives what to type.
   */
  private async askAgain(prompt: PromptValidatorContext<V>, key: string, labels: string[]):
  Promise<void> {
    const question = prompt.options.prompt;
    if (!UNREAD.has(key) || question === undefined) {
      await prompt.context.sendActivity(withButtons(this.content.render(key), labels));
      return;
    }
    await prompt.context.sendActivity(this.content.render(key));
    await prompt.context.sendActivity(withButtons(question, labels));
  }
}
