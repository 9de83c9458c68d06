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
    ask: (_draft, { content }) => askYesNo(content, 'consent'),
    apply: (draft, answer) => {
      if (typeof answer !== 'boolean') {
        return AGAIN;
      }
      draft.consent = answer;
      return answer ? NEXT : { kind: 'orient', to: 'declined' };
    },
  },
];
