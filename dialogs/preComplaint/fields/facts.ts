import type { SaidDate } from '../../prompts/frenchDate';
import { Draft, involvesVehicle } from '../draft';
import type { EvidenceAnswer } from '../evidence';
import type { FieldNotice, FormField } from '../form';
import { inPoliceZone } from '../../../geo/policeZone';
import type { Commune } from '../../../geo/types';
import type { PlaceRef } from '../../../records/types';
import { communeLabel } from '../../prompts/commune';
import { IDS } from '../ids';
import { channelAcceptsFiles } from '../../common/attachments';
import { placeBeforePostcode } from '../../prompts/addressBeforePostcode';
import { looksLikeStreetAddress } from '../../prompts/offAnswers';
import { visibleText } from '../../prompts/visibleText';
import { rereadInZone, whenOf, zoneOfFacts } from '../localTime';
import { ask, askYesNo } from '../options';
import { AGAIN, NEXT, isCommune, placeOf, storeText } from './guards';

function isSaidDate(value: unknown): value is SaidDate {
  return typeof value === 'object' && value !== null && 'start' in value &&
    value.start instanceof Date && 'end' in value && value.end instanceof Date &&
    'precision' in value && typeof value.precision === 'string';
}

function isEvidence(value: unknown): value is EvidenceAnswer {
  return typeof value === 'object' && value !== null && 'text' in value &&
    typeof value.text === 'string' && 'attachments' in value && Array.isArray(value.attachments);
}

function isPlate(value: unknown): value is NonNullable<Draft['plate']> {
  return typeof value === 'object' && value !== null && 'value' in value &&
    typeof value.value === 'string' && 'format' in value &&
    (value.format === 'siv' || value.format === 'fni' || value.format === 'unknown');
}

/** The question that keeps the place when the commune is corrected. */
export const PLACE_KEPT = 'placeKept';

/**
 * "12 rue des Lilas 35000 Rennes" at « Dans quelle commune ? » also says where exactly: the
 * street, before the postcode, is kept as the place and not asked again (F5). A place
 * already given (a correction of the commune from the summary) is kept.
 */
function keepStreet(draft: Draft, said: string, commune: Commune): boolean {
  if (draft.placeDetails !== undefined) {
    return false;
  }
  // "Gare de la Part-Dieu 69003 Lyon" too: what comes before the postcode and the town
  const before = placeBeforePostcode(said, commune);
  if (before === undefined && !looksLikeStreetAddress(said)) {
    return false;
  }
  const street = before ?? said.replace(/[,\s]*\b\d{5}\b[\s\S]*$/, '').trim().slice(0, 300);
  draft.placeDetails = street.length >= 2 ? street : said.trim().slice(0, 300);
  return true;
}

/**
 * Facts in Paris or its inner suburbs: the form goes on (the pré-plainte en ligne is the
 * police's as much as the gendarmerie's) but the signing will be at a commissariat. Said
 * once: not again when a correction keeps the facts in that zone.
 */
function policeZoneNotice(before: PlaceRef | undefined, commune: Commune):
FieldNotice | undefined {
  const already = before !== undefined && inPoliceZone(before.postcode);
  return inPoliceZone(commune.postcode) && !already
    ? { key: 'preComplaint/police_zone', data: { commune: communeLabel(commune) } } : undefined;
}

/** What happened, when, where, what was taken or damaged, and any evidence. */
export const factFields: readonly FormField[] = [
  {
    id: 'date',
    dialogId: IDS.date,
    // once the commune is known (a correction), the answer is read in its time
    ask: (draft, { content }) => ({
      ...ask(content, draft.dateNotLocal === true ? 'date_not_local' : 'date'),
      timeZone: zoneOfFacts(draft),
    }),
    apply: (draft, answer, { activity, now }) => {
      if (!isSaidDate(answer)) {
        return AGAIN;
      }
      // a vague period and the day remembered next are two messages: both are kept
      const said = visibleText(answer.said ?? activity.text ?? '').trim().slice(0, 200);
      draft.when = whenOf(answer, said, now, zoneOfFacts(draft));
      delete draft.dateNotLocal;
      return NEXT;
    },
  },
  {
    id: 'commune',
    dialogId: IDS.commune,
    ask: (_draft, { content }) => ({ prompt: content.render('preComplaint/ask/commune') }),
    apply: (draft, answer, { activity, now }) => {
      if (!isCommune(answer)) {
        return AGAIN;
      }
      const notice = policeZoneNotice(draft.commune, answer);
      // the place given before may not be in the new commune: asked, never silently redone
      const confirm = draft.placeDetails !== undefined;
      draft.commune = placeOf(answer);
      const alsoAnswered = keepStreet(draft, activity.text ?? '', answer) ? ['placeDetails'] : [];
      if (confirm) {
        draft.placeToConfirm = true;
      }
      const ahead = confirm ? [PLACE_KEPT] : [];
      if (!draft.when) {
        return { kind: 'next', reopen: ahead, alsoAnswered, notice };
      }
      const local = rereadInZone(draft.when, zoneOfFacts(draft), now);
      if (local) {
        draft.when = local;
        return { kind: 'next', reopen: ahead, alsoAnswered, notice };
      }
      delete draft.when;
      draft.dateNotLocal = true;
      return { kind: 'next', reopen: ['date', ...ahead], alsoAnswered, notice };
    },
  },
  {
    // « Le lieu précis est-il toujours « devant la gare » ? » after a change of commune
    id: PLACE_KEPT,
    dialogId: IDS.yesNo,
    applies: (draft) => draft.placeToConfirm === true && draft.placeDetails !== undefined,
    ask: (draft, { content }) =>
      askYesNo(content, 'place_kept', { place: draft.placeDetails ?? '' }),
    apply: (draft, answer) => {
      if (typeof answer !== 'boolean') {
        return AGAIN;
      }
      delete draft.placeToConfirm;
      return answer ? { kind: 'next', alsoAnswered: ['placeDetails'] }
        : { kind: 'next', reopen: ['placeDetails'] };
    },
  },
  {
    id: 'placeDetails',
    dialogId: IDS.placeDetails,
    ask: (_draft, { content }) => ask(content, 'place_details'),
    apply: (draft, answer) => storeText(draft, 'placeDetails', answer),
  },
  {
    id: 'account',
    dialogId: IDS.longText,
    ask: (_draft, { content }) => ask(content, 'account'),
    apply: (draft, answer) => storeText(draft, 'account', answer),
  },
  {
    id: 'items',
    dialogId: IDS.items,
    // a new list each time: correcting the items means listing them again
    ask: (draft) => ({ items: [], damage: draft.kind === 'damage' }),
    apply: (draft, answer) => {
      if (!Array.isArray(answer)) {
        return AGAIN;
      }
      draft.items = answer;
      return NEXT;
    },
  },
  {
    id: 'plate',
    dialogId: IDS.plate,
    applies: involvesVehicle,
    ask: (_draft, { content }) => ask(content, 'plate'),
    apply: (draft, answer) => {
      if (!isPlate(answer)) {
        return AGAIN;
      }
      draft.plate = { value: answer.value, format: answer.format };
      return NEXT;
    },
  },
  {
    id: 'vehicleDescription',
    dialogId: IDS.vehicleText,
    applies: involvesVehicle,
    ask: (_draft, { content }) => ask(content, 'vehicle_description'),
    apply: (draft, answer) => storeText(draft, 'vehicleDescription', answer),
  },
  {
    id: 'evidence',
    dialogId: IDS.evidence,
    ask: (_draft, { content, activity }) => ask(content, 'evidence',
      { files: channelAcceptsFiles(activity.channelId) }),
    apply: (draft, answer) => {
      if (!isEvidence(answer)) {
        return AGAIN;
      }
      draft.evidence = answer.text;
      draft.attachments = answer.attachments;
      return NEXT;
    },
  },
];
