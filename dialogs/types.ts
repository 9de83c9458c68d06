import type { HandoffDetails } from '../handoff/types';
import type { FormAnswerKind } from '../nlu/form-answer-calm';
import type { Dialog, DialogState } from './framework';

/**
 * A guided procedure the main dialog can start: the topic ids that lead to it and the
 * dialog itself (a ComponentDialog, whose id must be unique).
 */
export interface Procedure {
  topics: readonly string[];
  dialog: Dialog;
  /** Ids of its questions that take files: a message with only files reaches them. */
  acceptsFilesAt?: readonly string[];
  /**
   * Ids of its danger questions ("êtes-vous en danger… ?"): an emergency told there is their
   * answer, and the procedure stops instead of asking anything more.
   */
  dangerQuestionsAt?: readonly string[];
  /**
   * What a gendarme taking over now should get (e.g. the answers given so far), read from
   * the conversation's dialog state: on an emergency turn the dialogs do not run.
   * Undefined when the procedure is not under way.
   */
  handover?: (state: DialogState | undefined) => HandoffDetails | undefined;
  /**
   * What its pending question waits for when the answer's words may hold danger words that
   * tell no danger (a street named "rue du Feu"); undefined elsewhere. `now` dates the facts.
   */
  answerKindAt?: (state: DialogState | undefined, now: Date) => FormAnswerKind | undefined;
}
