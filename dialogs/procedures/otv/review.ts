import type { PromptOptions } from '../../framework';
import type { Content } from '../../../content/renderer';
import { foldWords } from '../../prompts/normalize';
import { Parsed, failed, parsed } from '../../prompts/parsed';
import { parseYesNo } from '../../prompts/yesNo';
import { askChoice } from '../shared/choices';

const T = 'procedures/otv';

/**
 * Parts of the request the citizen can correct from the summary, as the pré-plainte's
 * review offers: the questions each one asks again, the first and the last.
 */
export const OTV_SECTIONS = {
  dates: { first: 'from', last: 'to' },
  address: { first: 'commune', last: 'street' },
  home: { first: 'home', last: 'home' },
  access: { first: 'access', last: 'access' },
  alarm: { first: 'alarm', last: 'alarm' },
  applicant: { first: 'name', last: 'phone' },
  contact: { first: 'contact', last: 'contact' },
  keys: { first: 'keys', last: 'keys' },
  vehicles: { first: 'vehicles', last: 'vehicles' },
} as const satisfies Record<string, { first: string; last: string }>;

export type OtvSection = keyof typeof OTV_SECTIONS;

export const OTV_SECTION_IDS = Object.keys(OTV_SECTIONS)
  .filter((key): key is OtvSection => key in OTV_SECTIONS);

export type ConsentAnswer = 'yes' | 'no' | 'modify';

const MODIFY = new RegExp('^(?:modifier(?: une reponse)?|corriger|changer|je veux (?:modifier|' +
  'corriger|changer)|il y a une erreur|erreur|non (?:je veux |il faut )?(?:modifier|corriger|' +
  'changer)(?: .*)?)$');

/**
 * The answer to the consent question: yes and no as any yes/no question reads them,
 * or a wish to correct an answer first.
 */
export function parseConsent(text: string): Parsed<ConsentAnswer> {
  if (MODIFY.test(foldWords(text))) {
    return parsed('modify');
  }
  const answer = parseYesNo(text);
  return answer.ok ? parsed(answer.value ? 'yes' : 'no') : failed('procedures/otv/errors.consent');
}

/** The consent question, with the way to correct an answer before giving it. */
export function askConsent(content: Content): PromptOptions {
  const labels = ['yes', 'modify', 'no']
    .map((value) => content.render(`${T}/labels.consent_${value}`));
  return { prompt: content.render(`${T}/ask_consent`), choices: labels };
}

export function askSection(content: Content): PromptOptions {
  return askChoice(content, `${T}/ask_section`, `${T}/labels`,
    OTV_SECTION_IDS.map((section) => `section_${section}`));
}

/** The section a chosen label names ("section_address" → address). */
export function sectionOf(value: unknown): OtvSection | undefined {
  return OTV_SECTION_IDS.find((section) => value === `section_${section}`);
}
