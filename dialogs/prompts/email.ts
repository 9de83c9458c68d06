import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

const MAX_LENGTH = 254;

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const ADDRESS = new RegExp(`^([^\\s@,;<>()[\\]"]+)@(${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,24})$`, 'i');

/**
 * A plausible e-mail address: one @, a local part without spaces, a domain with a dot and
 * a letters-only top-level domain. Deliverability is not checkable here; typos such as a
 * missing @ or a comma instead of a dot are what citizens actually make.
 */
/** "mon mail c'est ...", "adresse : ...": what people write before the address. */
const INTRODUCTION = new RegExp('^(?:(?:mon |mon adresse |l adresse |adresse )?' +
  '(?:e-?mail|mail|courriel|adresse(?: e-?mail| mail)?)\\s*(?:c\'est|c est|est|:)?|' +
  'c\'est|c est)\\s+(?:le |la )?', 'i');

export function parseEmail(text: string): Parsed<string> {
  const address = text.trim().replace(INTRODUCTION, '').replace(/^mailto:/i, '')
    .replace(/[.,;!]+$/, '');
  if (address.length > MAX_LENGTH) {
    return failed('prompts/errors.email_format');
  }
  if (!address.includes('@')) {
    return failed('prompts/errors.email_no_at');
  }
  const match = ADDRESS.exec(address);
  if (!match || match[1].startsWith('.') || match[1].endsWith('.') || match[1].includes('..')) {
    return failed('prompts/errors.email_format');
  }
  return parsed(`${match[1]}@${match[2].toLowerCase()}`);
}

/** "aucune", "pas de mail", "j'en ai pas": the citizen has no address, which is allowed. */
const NO_ADDRESS = new RegExp('^(?:non,? )?(?:aucune?|non|nan|rien|sans|pas d e ?mail|' +
  'pas de mail|pas d adresse(?: mail| e ?mail)?|je n en ai pas|j en ai pas|jen ai pas|' +
  'je n ai pas d (?:e ?mail|adresse(?: mail| e ?mail)?)|j ai pas d (?:e ?mail|adresse)|' +
  'je n ai pas de mail|j ai pas de mail|pas d internet|je n utilise pas les mails)$');

/** An e-mail address, or null when the citizen says they have none. */
export function parseOptionalEmail(text: string): Parsed<string | null> {
  return NO_ADDRESS.test(foldWords(text)) ? parsed(null) : parseEmail(text);
}
