import { inPoliceZone } from '../../../geo/policeZone';
import type { FormField } from '../form';
import { IDS } from '../ids';
import { askYesNo } from '../options';
import { SECTIONS, isReviewResult } from '../reviewDialog';
import { AGAIN, NEXT } from './guards';

/** The summary with its corrections, then explicit consent before anything is sent. */
export const closingFields: readonly FormField[] = [
  {
    id: 'review',
    dialogId: IDS.review,
    ask: (draft) => ({ draft }),
    apply: (_draft, answer) => {
      if (!isReviewResult(answer)) {
        return AGAIN;
      }
      return answer.action === 'confirm' ? NEXT
        : { kind: 'reopen', fields: SECTIONS[answer.section] };
    },
  },
  {
    id: 'consent',
    dialogId: IDS.yesNo,
    // Paris and its inner suburbs: a commissariat calls back, not a brigade (t97)
    ask: (draft, { content }) =>
      askYesNo(content, draft.declineWarned === true ? 'consent_after_decline' : 'consent',
        { policeZone: draft.commune !== undefined && inPoliceZone(draft.commune.postcode) }),
    apply: (draft, answer) => {
      if (typeof answer !== 'boolean') {
        return AGAIN;
      }
      // a "non" erases ten minutes of answers: said once, it is explained and asked again
      if (!answer && draft.declineWarned !== true) {
        draft.declineWarned = true;
        return AGAIN;
      }
      draft.consent = answer;
      return answer ? NEXT : { kind: 'orient', to: 'declined' };
    },
  },
];
