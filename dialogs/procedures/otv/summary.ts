import type { Content, TemplateData } from '../../../content/renderer';
import type { Commune } from '../../../geo/types';
import { formatFrenchPhone } from '../../prompts/phone';
import { isOneOf } from '../shared/choices';
import { frenchDay } from './dates';
import { HOME_KINDS, OtvContent, PersonContact } from './types';

type Recall = (key: string) => unknown;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isCommune(value: unknown): value is Commune {
  return typeof value === 'object' && value !== null && 'inseeCode' in value &&
    'name' in value && 'postcode' in value && typeof value.inseeCode === 'string' &&
    typeof value.name === 'string' && typeof value.postcode === 'string';
}

function isContact(value: unknown): value is PersonContact | null {
  return value === null || (typeof value === 'object' && 'name' in value &&
    'phone' in value && typeof value.name === 'string' && typeof value.phone === 'string');
}

/**
 * The request, from the answers kept in the dialog state; undefined if one is missing or
 * malformed (the state was tampered with or the form changed between two versions).
 */
export function buildContent(get: Recall): OtvContent | undefined {
  const [from, to, street, access, name, phone, vehicles] =
    ['from', 'to', 'street', 'access', 'name', 'phone', 'vehicles'].map((key) => text(get(key)));
  const commune = get('commune');
  const home = get('home');
  const alarm = get('alarm');
  const keysLeft = get('keys');
  const contact = get('contact');

  if (from === undefined || to === undefined || street === undefined || access === undefined ||
    name === undefined || phone === undefined || vehicles === undefined ||
    !isCommune(commune) || !isOneOf(HOME_KINDS, home) || typeof alarm !== 'boolean' ||
    (typeof keysLeft !== 'boolean' && typeof keysLeft !== 'string') || !isContact(contact)) {
    return undefined;
  }
  return {
    absence: { from, to },
    address: {
      street,
      commune: { inseeCode: commune.inseeCode, name: commune.name, postcode: commune.postcode },
    },
    home, access, alarm, keysLeft: keysLeft !== false, vehicles, contact,
    ...(typeof keysLeft === 'string' ? { keysHolder: keysLeft } : {}),
    applicant: { name, phone },
  };
}

/** What the citizen reads back before consenting: every answer, in plain French. */
export function summaryData(content: Content, request: OtvContent): TemplateData {
  const yesNo = (value: boolean): string =>
    content.render(`procedures/common/labels.${value ? 'yes' : 'no'}`);
  return {
    from: frenchDay(request.absence.from),
    to: frenchDay(request.absence.to),
    street: request.address.street,
    commune: `${request.address.commune.name} (${request.address.commune.postcode})`,
    home: content.render(`procedures/otv/labels.${request.home}`),
    access: request.access,
    alarm: yesNo(request.alarm),
    name: request.applicant.name,
    phone: formatFrenchPhone(request.applicant.phone),
    contact: request.contact
      ? `${request.contact.name}, ${formatFrenchPhone(request.contact.phone)}`
      : '',
    keys: request.keysHolder === undefined ? yesNo(request.keysLeft)
      : `${yesNo(true)} (${request.keysHolder})`,
    vehicles: request.vehicles,
  };
}
