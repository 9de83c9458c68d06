import type { CallbackSlot, FilerRole } from '../../../records/types';
import type { Draft } from '../draft';
import type { FieldOutcome, FormField } from '../form';
import { IDS } from '../ids';
import { ask, askChoice } from '../options';
import { AGAIN, NEXT, isCommune, isHomeAddress, isOneOf, placeOf, storeText } from './guards';
import { withoutFirstName } from './names';

export const FILER_ROLES: readonly FilerRole[] = ['victim', 'parent', 'company'];
export const CALLBACK_SLOTS: readonly CallbackSlot[] = ['morning', 'afternoon', 'evening', 'any'];

type NameKey = 'lastName' | 'firstName' | 'minorLastName' | 'minorFirstName';

/**
 * A name, then the first name taken off the last name when typed there too (see names.ts),
 * whichever of the two comes last: the first name asked next, or a correction from the recap.
 */
function storeName(draft: Draft, key: NameKey, answer: unknown): FieldOutcome {
  const outcome = storeText(draft, key, answer);
  const [last, first] = key.startsWith('minor')
    ? ['minorLastName', 'minorFirstName'] as const : ['lastName', 'firstName'] as const;
  const lastName = draft[last];
  const firstName = draft[first];
  if (lastName !== undefined && firstName !== undefined) {
    draft[last] = withoutFirstName(lastName, firstName);
  }
  return outcome;
}

const forMinor = (draft: Draft): boolean => draft.role === 'parent';
const forCompany = (draft: Draft): boolean => draft.role === 'company';

/** Who files, who they are, and how the unit calls them back. */
export const identityFields: readonly FormField[] = [
  {
    id: 'role',
    dialogId: IDS.choice,
    ask: (_draft, { content }) => askChoice(content, 'role', 'role', FILER_ROLES),
    apply: (draft, answer) => {
      if (!isOneOf(FILER_ROLES, answer)) {
        return AGAIN;
      }
      draft.role = answer;
      return NEXT;
    },
  },
  {
    id: 'companyName',
    dialogId: IDS.shortText,
    applies: forCompany,
    ask: (_draft, { content }) => ask(content, 'company_name'),
    apply: (draft, answer) => storeText(draft, 'companyName', answer),
  },
  {
    id: 'minorLastName',
    dialogId: IDS.name,
    applies: forMinor,
    ask: (_draft, { content }) => ask(content, 'minor_last_name'),
    apply: (draft, answer) => storeName(draft, 'minorLastName', answer),
  },
  {
    id: 'minorFirstName',
    dialogId: IDS.name,
    applies: forMinor,
    ask: (_draft, { content }) => ask(content, 'minor_first_name'),
    apply: (draft, answer) => storeName(draft, 'minorFirstName', answer),
  },
  {
    id: 'minorBirthDate',
    dialogId: IDS.minorBirthDate,
    applies: forMinor,
    ask: (_draft, { content }) => ask(content, 'minor_birth_date'),
    apply: (draft, answer) => storeText(draft, 'minorBirthDate', answer),
  },
  {
    id: 'lastName',
    dialogId: IDS.name,
    ask: (_draft, { content }) => ask(content, 'last_name'),
    apply: (draft, answer) => storeName(draft, 'lastName', answer),
  },
  {
    id: 'firstName',
    dialogId: IDS.name,
    ask: (_draft, { content }) => ask(content, 'first_name'),
    apply: (draft, answer) => storeName(draft, 'firstName', answer),
  },
  {
    id: 'birthDate',
    dialogId: IDS.adultBirthDate,
    ask: (_draft, { content }) => ask(content, 'birth_date'),
    apply: (draft, answer) => storeText(draft, 'birthDate', answer),
  },
  {
    id: 'birthPlace',
    dialogId: IDS.birthPlace,
    ask: (_draft, { content }) => ask(content, 'birth_place'),
    apply: (draft, answer) => storeText(draft, 'birthPlace', answer),
  },
  {
    id: 'street',
    dialogId: IDS.street,
    ask: (_draft, { content }) => ask(content, 'street'),
    apply: (draft, answer) => {
      if (!isHomeAddress(answer)) {
        draft.homeCommuneInStreet = false;
        return storeText(draft, 'street', answer);
      }
      draft.street = answer.street;
      draft.homeCommuneInStreet = answer.commune !== undefined;
      if (answer.commune !== undefined) {
        draft.homeCommune = placeOf(answer.commune);
      }
      return NEXT;
    },
  },
  {
    id: 'homeCommune',
    dialogId: IDS.commune,
    applies: (draft) => draft.homeCommuneInStreet !== true,
    ask: (_draft, { content }) => ({ prompt: content.render('preComplaint/ask/home_commune') }),
    apply: (draft, answer) => {
      if (!isCommune(answer)) {
        return AGAIN;
      }
      draft.homeCommune = placeOf(answer);
      return NEXT;
    },
  },
  {
    id: 'phone',
    dialogId: IDS.phone,
    ask: (_draft, { content }) => ask(content, 'phone'),
    apply: (draft, answer) => storeText(draft, 'phone', answer),
  },
  {
    id: 'email',
    dialogId: IDS.email,
    ask: (_draft, { content }) => ask(content, 'email'),
    apply: (draft, answer) => {
      if (answer !== null && typeof answer !== 'string') {
        return AGAIN;
      }
      draft.email = answer;
      return NEXT;
    },
  },
  {
    id: 'callback',
    dialogId: IDS.choice,
    ask: (_draft, { content }) => askChoice(content, 'callback', 'callback', CALLBACK_SLOTS),
    apply: (draft, answer) => {
      if (!isOneOf(CALLBACK_SLOTS, answer)) {
        return AGAIN;
      }
      draft.callback = answer;
      return NEXT;
    },
  },
];
