/**
 * The fields of a Bot Framework activity that the adapter and the bot read without
 * checking: a channel (or anyone on loopback) sending them with the wrong type would
 * otherwise reach the bot's turn. Returns what is wrong, or undefined when the shape holds.
 */
type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value !== '' && value.length <= 1024;
}

function accountProblem(body: Body, field: string, required: boolean): string | undefined {
  const account = body[field];
  if (account === undefined && !required) {
    return undefined;
  }
  return isObject(account) && isId(account.id) ? undefined
    : `${field} must be an object with a string id`;
}

export function activityShapeProblem(body: Body): string | undefined {
  if (typeof body.type !== 'string' || !/^[A-Za-z]{1,64}$/.test(body.type)) {
    return 'type must be an activity type such as "message"';
  }
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') {
    return 'text must be a string';
  }
  if (!isId(body.channelId)) {
    return 'channelId must be a string';
  }
  if (!isObject(body.conversation) || !isId(body.conversation.id)) {
    return 'conversation must be an object with a string id';
  }
  return attachmentsProblem(body.attachments) ?? accountProblem(body, 'from', true)
    ?? accountProblem(body, 'recipient', false);
}

/** A channel sends a few files per message, each described by its type and a URL. */
const MAX_ATTACHMENTS = 20;

function optionalText(value: unknown, max: number): boolean {
  return value === undefined || value === null
    || (typeof value === 'string' && value.length <= max);
}

function attachmentsProblem(attachments: unknown): string | undefined {
  if (attachments === undefined || attachments === null) {
    return undefined;
  }
  if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS) {
    return `attachments must be an array of at most ${MAX_ATTACHMENTS}`;
  }
  const wellFormed = attachments.every((attachment) => isObject(attachment)
    && typeof attachment.contentType === 'string' && attachment.contentType.length <= 255
    && optionalText(attachment.contentUrl, 2048) && optionalText(attachment.name, 1024));
  return wellFormed ? undefined
    : 'each attachment needs a string contentType, and string contentUrl and name if any';
}
