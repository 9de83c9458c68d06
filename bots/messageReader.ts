import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { waitsForFiles } from '../dialogs/common/attachments';
import type { DialogState } from '../dialogs/framework';
import type { HandoffGate } from '../handoff/types';
import type { Recognizer, Understanding } from '../nlu/types';
import { type AnswerKindAt, FormAnswerReader } from './formAnswer';
import { silentUnderstanding } from './silentUnderstanding';

const log = componentLogger('bots.assistant');

/** Control and format characters: a message of nothing else has no text to answer (F11). */
const INVISIBLE = /[\p{Cc}\p{Cf}\s]/gu;

export interface MessageReaderOptions {
  recognizer: Recognizer;
  content: Content;
  gate: HandoffGate;
  dialogState: StatePropertyAccessor<DialogState>;
  /** Questions that take files (Procedure.acceptsFilesAt). */
  filesDialogIds?: ReadonlySet<string>;
  /** What the pending form question waits for (Procedure.answerKindAt); none by default. */
  answerKindAt?: AnswerKindAt;
  clock?: () => Date;
}

/**
 * Reads a citizen's message once per turn: its understanding, or undefined when the message
 * has no text to answer (empty, invisible characters, a file nobody asked for) or the
 * recogniser failed; the citizen is then answered here.
 */
export class MessageReader {
  private readonly answers: FormAnswerReader | undefined;

  constructor(private readonly options: MessageReaderOptions) {
    this.answers = options.answerKindAt && new FormAnswerReader(options.recognizer,
      options.dialogState, options.answerKindAt, options.clock ?? (() => new Date()));
  }

  async read(context: TurnContext): Promise<Understanding | undefined> {
    const text = (context.activity.text ?? '').trim();
    if (text.replace(INVISIBLE, '') !== '') {
      return this.recognize(context, text);
    }
    if (context.activity.value !== undefined && context.activity.value !== null) {
      // a card's submitted value: the dialog waiting for it reads activity.value
      return silentUnderstanding();
    }

    const attachments = context.activity.attachments ?? [];
    if (attachments.length > 0 && await this.waitsForFiles(context)) {
      // the files answer the question asked: the dialog reads activity.attachments
      return silentUnderstanding();
    }
    const key = attachments.length > 0 ? 'bot/attachmentOnly' : 'bot/emptyMessage';
    log.info('message without text', {
      event: 'message.empty',
      conversationId: context.activity.conversation?.id,
      attachments: attachments.length,
    });
    await context.sendActivity(this.options.content.render(key));
    return undefined;
  }

  private async waitsForFiles(context: TurnContext): Promise<boolean> {
    const ids = this.options.filesDialogIds;
    return ids !== undefined && ids.size > 0 &&
      waitsForFiles(await this.options.dialogState.get(context), ids);
  }

  /**
   * Without an understanding, neither triage nor routing can be trusted: the citizen gets the
   * emergency numbers and a way to a gendarme, unless the gate already has the conversation.
   */
  private async recognize(context: TurnContext, text: string): Promise<Understanding | undefined> {
    try {
      const understanding = await this.options.recognizer.understand(text);
      return this.answers ? await this.answers.reread(context, understanding) : understanding;
    } catch (error) {
      log.error('recognizer failed', {
        event: 'recognizer.failed',
        conversationId: context.activity.conversation?.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }

    const understanding = { ...silentUnderstanding(), text };
    if (!(await this.options.gate.intercept(context, understanding))) {
      await context.sendActivity(this.options.content.render('bot/technicalProblem'));
    }
    return undefined;
  }
}
