import { ActivityTypes, type Activity, type Entity } from 'botbuilder';
import { ApiError } from '../server/apiError';

/**
 * Validation of what a client posts to a conversation. Only the fields a chat client
 * legitimately sets are kept; identity fields (from, recipient, conversation, ids) are
 * always written by the server, so a client cannot speak for someone else.
 */
export const MAX_TEXT_LENGTH = 5000;

/** Said of any body that is not a JSON object: an XML post is no wrong "type" (a tester). */
export const JSON_BODY_ONLY =
  'the body must be a JSON activity object (Content-Type: application/json)';

const ACCEPTED_TYPES: readonly string[] = [
  ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
];

const TEXT_FORMATS: readonly string[] = ['plain', 'markdown', 'xml'];

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(message: string): ApiError {
  return new ApiError(400, 'BadArgument', message);
}

function optionalString(body: Body, field: string, max: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw bad(`${field} must be a string`);
  }
  if (value.length > max) {
    throw bad(`${field} is longer than ${max} characters`);
  }
  return value;
}

/**
 * A citizen's message over the limit: the web chat may show the API's message, so it is the
 * French notice when one is given (content/fr/security/textTooLong.hbs, tester28).
 */
function checkText(body: Body, textTooLong: string | undefined): string | undefined {
  const text = body.text;
  if (textTooLong !== undefined && typeof text === 'string' && text.length > MAX_TEXT_LENGTH) {
    throw bad(textTooLong);
  }
  return optionalString(body, 'text', MAX_TEXT_LENGTH);
}

function checkType(body: Body): string {
  const type = body.type;
  if (typeof type !== 'string' || !ACCEPTED_TYPES.includes(type)) {
    throw bad(`type must be one of ${ACCEPTED_TYPES.join(', ')}`);
  }
  return type;
}

function checkAttachments(body: Body): void {
  const attachments = body.attachments;
  if (attachments !== undefined && attachments !== null
    && !(Array.isArray(attachments) && attachments.length === 0)) {
    throw bad('attachments are not accepted on this channel');
  }
}

function checkChannelData(body: Body): Body | undefined {
  const channelData = body.channelData;
  if (channelData === undefined || channelData === null) {
    return undefined;
  }
  if (!isObject(channelData)) {
    throw bad('channelData must be an object');
  }
  return channelData;
}

function isEntity(value: unknown): value is Entity {
  return isObject(value) && typeof value.type === 'string';
}

function checkEntities(body: Body): Entity[] | undefined {
  const entities = body.entities;
  if (entities === undefined || entities === null) {
    return undefined;
  }
  if (!Array.isArray(entities) || !entities.every(isEntity)) {
    throw bad('entities must be an array of objects with a type');
  }
  return entities;
}

function checkTextFormat(body: Body): string | undefined {
  const format = optionalString(body, 'textFormat', 20);
  if (format !== undefined && !TEXT_FORMATS.includes(format)) {
    throw bad(`textFormat must be one of ${TEXT_FORMATS.join(', ')}`);
  }
  return format;
}

/**
 * The JSON body parser leaves other media types unread, and what reaches the handler then
 * looks like an object without a type: refused for what it is.
 */
export function checkJsonBody(contentType: string): void {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw bad(JSON_BODY_ONLY);
  }
}

/** The client-settable part of a posted activity, or an ApiError (400) saying what is wrong. */
export function readIncomingActivity(body: unknown, textTooLong?: string): Partial<Activity> {
  if (!isObject(body)) {
    throw bad(JSON_BODY_ONLY);
  }
  checkAttachments(body);

  const activity: Partial<Activity> = {
    type: checkType(body),
    text: checkText(body, textTooLong),
    textFormat: checkTextFormat(body),
    locale: optionalString(body, 'locale', 35),
    name: optionalString(body, 'name', 200),
    value: body.value,
    channelData: checkChannelData(body),
    entities: checkEntities(body),
    localTimezone: optionalString(body, 'localTimezone', 100),
  };

  // undefined fields would survive a structured copy as keys: drop them
  return Object.fromEntries(
    Object.entries(activity).filter(([, value]) => value !== undefined),
  );
}
