import { Attachment, CardFactory } from 'botbuilder';
import Handlebars from 'handlebars';
import type { Content } from '../../content/renderer';
import { foldWords } from '../prompts/normalize';
import { FRENCH_TIME_ZONE } from '../prompts/parisTime';
import { formatFrenchPhone } from '../prompts/phone';
import { Draft, involvesVehicle } from './draft';
import { label } from './options';

/** Label and value, both safe to show: the citizen's own words are escaped once, here. */
export interface SummaryRow {
  label: string;
  value: string;
}

const escape = (text: string): string => Handlebars.Utils.escapeExpression(text);

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x60;': '`',
  '&#x3D;': '=',
};

/** Adaptive Cards show text, never HTML: entities would appear as typed, so undo them. */
export function plain(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => ENTITIES[entity]);
}

/** Channels that render Adaptive Cards; the others get the same rows as text. */
export const CARD_CHANNELS: readonly string[] = ['webchat', 'directline', 'emulator'];

/** The facts' times as the citizen said them: in their commune's zone, whatever the server's. */
function clockOf(timeZone: string): { day: (at: Date) => string; time: (at: Date) => string } {
  return {
    day: (at) => at.toLocaleDateString('fr-FR',
      { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
    time: (at) => at.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }),
  };
}

function isoDay(iso: string): string {
  const [year, month, date] = iso.split('-');
  return `${date}/${month}/${year}`;
}

/** The date of the facts as the summary shows it: "le 09/03/2026 à 22:00 (« hier soir »)". */
export function whenLine(content: Content, draft: Draft): string {
  const said = draft.when;
  if (!said) {
    return '';
  }
  const from = new Date(said.from);
  const to = new Date(said.to);
  const { day, time } = clockOf(said.timeZone ?? FRENCH_TIME_ZONE);
  if (said.precision === 'time') {
    return label(content, 'when_time', { day: day(from), time: time(from), said: said.said });
  }
  if (said.precision === 'day') {
    return label(content, 'when_day', { day: day(from), said: said.said });
  }
  return label(content, 'when_span', {
    fromDay: day(from), fromTime: time(from), toDay: day(to), toTime: time(to), said: said.said,
  });
}

function items(content: Content, draft: Draft): string {
  const list = draft.items ?? [];
  if (list.length === 0) {
    return label(content, 'no_items');
  }
  return list.map((item) => label(content, 'item', {
    description: item.description,
    value: item.valueEuros === null ? '' : item.valueEuros.toLocaleString('fr-FR'),
  })).join(' ; ');
}

function evidence(content: Content, draft: Draft): string {
  const files = draft.attachments ?? [];
  const parts = [escape(draft.evidence ?? '')].filter((text) => text !== '');
  if (files.length > 0) {
    parts.push(label(content, 'attachments', {
      count: files.length, names: files.map((file) => file.name).join(', '),
    }));
  }
  return parts.length > 0 ? parts.join(' ; ') : label(content, 'no_evidence');
}

/** A "no" is an answer to show like any other, not a missing one. */
function author(content: Content, draft: Draft): string {
  switch (draft.authorKnown) {
    case undefined:
      return '';
    case 'unsure':
      return label(content, 'author_unsure');
    default:
      return label(content, draft.authorKnown ? 'author_yes' : 'author_no');
  }
}

function filer(content: Content, draft: Draft): string {
  if (draft.role === 'parent') {
    return label(content, 'filer_parent', {
      firstName: draft.minorFirstName ?? '', lastName: draft.minorLastName ?? '',
      birthDate: isoDay(draft.minorBirthDate ?? '--'),
    });
  }
  if (draft.role === 'company') {
    return label(content, 'filer_company', { companyName: draft.companyName ?? '' });
  }
  return label(content, 'filer_victim');
}

/** "12 rue de Brest 35000 Rennes" already holds the postcode and town: not written twice. */
function address(content: Content, draft: Draft): string {
  const street = draft.street ?? '';
  const home = draft.homeCommune;
  const said = foldWords(street);
  const holdsTown = home !== undefined && said.includes(home.postcode)
    && said.includes(foldWords(home.name));
  return holdsTown ? escape(street) : label(content, 'address', { street,
    postcode: home?.postcode ?? '', commune: home?.name ?? '' });
}

/** The draft as label/value rows, in the order of the form. */
export function summaryRows(content: Content, draft: Draft): SummaryRow[] {
  const row = (name: string, value: string): SummaryRow =>
    ({ label: label(content, `field_${name}`), value });
  const rows = [
    row('offence', draft.kind ? label(content, `kind_${draft.kind}`) : ''),
    row('author', author(content, draft)),
    row('date', whenLine(content, draft)),
    row('place', label(content, 'place', { commune: draft.commune?.name ?? '',
      postcode: draft.commune?.postcode ?? '', details: draft.placeDetails ?? '' })),
    row('account', escape(draft.account ?? '')),
    row('items', items(content, draft)),
  ];
  if (involvesVehicle(draft)) {
    rows.push(row('vehicle', label(content, 'vehicle', {
      plate: draft.plate?.value || label(content, 'plate_unknown'),
      description: draft.vehicleDescription ?? '',
    })));
  }
  rows.push(
    row('evidence', evidence(content, draft)),
    row('filer', filer(content, draft)),
    row('identity', label(content, 'identity', { firstName: draft.firstName ?? '',
      lastName: draft.lastName ?? '', birthDate: isoDay(draft.birthDate ?? '--'),
      birthPlace: draft.birthPlace ?? '' })),
    row('address', address(content, draft)),
    row('phone', draft.phone ? formatFrenchPhone(draft.phone) : ''),
    row('email', draft.email ? escape(draft.email) : label(content, 'no_email')),
    row('callback', draft.callback ? label(content, `callback_${draft.callback}`) : ''),
  );
  return rows;
}

export function summaryText(content: Content, draft: Draft): string {
  return content.render('preComplaint/summary', {
    title: label(content, 'card_title'), rows: summaryRows(content, draft),
  });
}

/** The same rows as an Adaptive Card FactSet, for channels that render cards. */
export function summaryCard(content: Content, draft: Draft): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: label(content, 'card_title'), weight: 'Bolder',
        size: 'Medium', wrap: true },
      { type: 'FactSet', facts: summaryRows(content, draft)
        .map((row) => ({ title: plain(row.label), value: plain(row.value) })) },
    ],
  });
}
