import type { Procedure } from '../types';
import { preComplaintAnswerKind } from './answerKind';
import { handoverFromState } from './handover';
import { IDS } from './ids';
import { PreComplaintDeps, PreComplaintDialog } from './preComplaintDialog';

export { PreComplaintDialog } from './preComplaintDialog';
export type { PreComplaintDeps, PreComplaintOutcome } from './preComplaintDialog';

export const PRE_COMPLAINT_TOPIC = 'procedure.pre_complaint';

/** The guided pré-plainte as the main dialog registers it. */
export function createPreComplaintProcedure(deps: PreComplaintDeps): Procedure {
  return {
    topics: [PRE_COMPLAINT_TOPIC],
    dialog: new PreComplaintDialog(deps),
    acceptsFilesAt: [IDS.evidence],
    dangerQuestionsAt: [IDS.dangerYesNo],
    handover: (state) => handoverFromState(deps.content, state),
    answerKindAt: preComplaintAnswerKind,
  };
}
