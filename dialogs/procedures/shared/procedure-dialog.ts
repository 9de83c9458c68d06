import type { Content } from '../../../content/renderer';
import { InterruptibleDialog } from '../../common/interruptibleDialog';

/**
 * Base of the guided procedures: the shared interruptions ("annuler", "aide",
 * "recommencer", "parler à un gendarme") work at every step, and the procedure renders its
 * own texts from content/fr/procedures/.
 */
export abstract class ProcedureDialog extends InterruptibleDialog {
  protected constructor(id: string, protected readonly content: Content) {
    super(id);
  }
}
