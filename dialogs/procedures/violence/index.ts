import type { Procedure } from '../../types';
import {
  VIOLENCE_SAFETY, VIOLENCE_TOPICS, ViolenceDependencies, ViolenceDialog,
} from './violence-dialog';

export { VIOLENCE_DIALOG, ViolenceDependencies } from './violence-dialog';

/** Domestic and sexual violence, harassment, a child in danger: calm help, danger first. */
export function violenceProcedure(deps: ViolenceDependencies): Procedure {
  return { topics: VIOLENCE_TOPICS, dialog: new ViolenceDialog(deps),
    dangerQuestionsAt: [VIOLENCE_SAFETY] };
}
