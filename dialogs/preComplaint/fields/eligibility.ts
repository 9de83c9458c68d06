import { OFFENCE_KINDS } from '../../../records/types';
import type { EligibilityKind, Orientation, OrientationKind } from '../draft';
import type { FormField } from '../form';
import { IDS } from '../ids';
import { askChoice, askYesNo } from '../options';
import { AGAIN, NEXT, isOneOf } from './guards';

const ORIENTATION_KINDS: readonly OrientationKind[] = [
  'person', 'online_fraud', 'card_fraud', 'illegal_content',
];

// the order matters: the online scam's synonyms hold "arnaque" too, so that "arnaque sur
// vinted" names it wholly; a bare "une arnaque" names both alike and the first, the offline
// scam, is taken (labels.json, tester28)
export const ELIGIBILITY_KINDS: readonly EligibilityKind[] = [
  ...OFFENCE_KINDS, ...ORIENTATION_KINDS,
];

const ORIENT_TO: Readonly<Record<OrientationKind, Orientation>> = {
  person: 'person',
  online_fraud: 'thesee',
  card_fraud: 'perceval',
  illegal_content: 'pharos',
};

/**
 * Eligibility first: the pré-plainte is for offences against property by an unknown
 * author. Every other answer ends on where to go instead, never on a bare refusal.
 */
export const eligibilityFields: readonly FormField[] = [
  {
    id: 'danger',
    dialogId: IDS.dangerYesNo,
    ask: (_draft, { content }) => askYesNo(content, 'danger'),
    apply: (draft, answer) => {
      if (typeof answer !== 'boolean') {
        return AGAIN;
      }
      draft.danger = answer;
      return answer ? { kind: 'orient', to: 'emergency' } : NEXT;
    },
  },
  {
    id: 'kind',
    dialogId: IDS.choice,
    ask: (_draft, { content }) => askChoice(content, 'kind', 'kind', ELIGIBILITY_KINDS),
    apply: (draft, answer) => {
      if (!isOneOf(ELIGIBILITY_KINDS, answer)) {
        return AGAIN;
      }
      draft.kind = answer;
      return isOneOf(ORIENTATION_KINDS, answer) ? { kind: 'orient', to: ORIENT_TO[answer] }
        : NEXT;
    },
  },
  {
    id: 'authorKnown',
    dialogId: IDS.yesNoUnknown,
    ask: (_draft, { content }) => askYesNo(content, 'author_known'),
    apply: (draft, answer) => {
      if (typeof answer !== 'boolean' && answer !== 'unknown') {
        return AGAIN;
      }
      // "je sais pas qui c'est": an unknown author, what the pré-plainte is for; the doubt
      // is kept, the gendarme may ask about it
      draft.authorKnown = answer === 'unknown' ? 'unsure' : answer;
      return answer === true ? { kind: 'orient', to: 'author_known' } : NEXT;
    },
  },
];
