import type { Procedure } from '../../types';
import { PapersDependencies, PapersDialog } from './papers-dialog';

export { PAPERS_DIALOG, PapersDependencies } from './papers-dialog';

/** faq.lost_documents and faq.stolen_documents: the right step for lost or stolen papers. */
export function papersProcedure(deps: PapersDependencies): Procedure {
  return { topics: ['faq.lost_documents', 'faq.stolen_documents'], dialog: new PapersDialog(deps) };
}
