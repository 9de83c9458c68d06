import type { Procedure } from '../../types';
import { otvAnswerKind } from './answerKind';
import { otvHandoverFromState } from './handover';
import { OtvDependencies, OtvDialog } from './otv-dialog';

export { OTV_DIALOG, OtvDependencies } from './otv-dialog';
export { OTV_REQUESTS, OtvStore } from './store';
export { OTV_PATH, registerOtvRoutes } from './routes';

/** procedure.otv: Opération Tranquillité Vacances. */
export function otvProcedure(deps: OtvDependencies): Procedure {
  return { topics: ['procedure.otv'], dialog: new OtvDialog(deps),
    handover: (state) => otvHandoverFromState(deps.content, state),
    answerKindAt: otvAnswerKind };
}
