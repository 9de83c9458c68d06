import type { FormAnswerKind } from '../../../nlu/form-answer-calm';
import { waitsForFiles } from '../../common/attachments';
import type { DialogState } from '../../framework';
import { OTV_DIALOG } from './otv-dialog';

/** The OtvDialog questions answered by a place's name (its prompts' ids). */
const PLACE_QUESTIONS: ReadonlySet<string> = new Set([`${OTV_DIALOG}.commune`,
  `${OTV_DIALOG}.street`]);

/** « Comment accéder au domicile ? »: "alarme activée" is an instruction (tester F2). */
const ACCESS_QUESTION: ReadonlySet<string> = new Set([`${OTV_DIALOG}.access`]);

/** What the pending OTV question waits for (Procedure.answerKindAt). */
export function otvAnswerKind(state: DialogState | undefined): FormAnswerKind | undefined {
  if (waitsForFiles(state, PLACE_QUESTIONS)) {
    return 'place';
  }
  return waitsForFiles(state, ACCESS_QUESTION) ? 'access' : undefined;
}
