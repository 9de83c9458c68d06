import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from '../framework';
import type { Content } from '../../content/renderer';
import { DAY_MS, addDays, startOfDay } from './calendar';
import {
  DAY_PATTERN, MONTH_NAMES, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, readDayOfMonth,
} from './dateWords';
import { SaidDate, parseFrenchDate } from './frenchDate';
import { fold, foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { FRENCH_TIME_ZONE } from './parisTime';
import { ParsedTextPrompt } from './parsedTextPrompt';
import { visibleText } from './visibleText';
import {
  QuestionWithFollowUp, isQuestionOptions, type QuestionOptions,
} from './questionWithFollowUp';
import { toWallClock } from './zonedTime';

/** The zone the answer is read in, when the commune is already known (a correction). */
export type DateDialogOptions = QuestionOptions & { timeZone?: string };

/** The vague period, kept in the prompt's state as text: state is stored as JSON. */
export interface Period {
  start: string;
  end: string;
  said: string;
  /** Absent: Paris. */
  timeZone?: string;
}

/** Where the ask prompt keeps the zone of the question (its validations). */
interface ZoneHolder {
  timeZone: string;
}


function isPeriod(value: unknown): value is Period {
  return typeof value === 'object' && value !== null && 'start' in value &&
    typeof value.start === 'string' && 'end' in value && typeof value.end === 'string' &&
    'said' in value && typeof value.said === 'string';
}

function zoneIn(value: unknown): string {
  return typeof value === 'object' && value !== null && 'timeZone' in value &&
    typeof value.timeZone === 'string' ? value.timeZone : FRENCH_TIME_ZONE;
}

function isSaidDate(value: unknown): value is SaidDate {
  return typeof value === 'object' && value !== null && 'start' in value &&
    value.start instanceof Date && 'end' in value && value.end instanceof Date;
}

/** "non", "je ne sais plus", "aucune idée": the period stays as it was said. */
const FORGOTTEN = new RegExp('^(?:non|nan|no|je (?:ne )?(?:sais|me souviens) (?:pas|plus)' +
  '|(?:non )?je (?:ne )?sais (?:pas|plus)|jsp|aucune idee|pas sur|pas sure|je ne sais plus' +
  '|non je (?:ne )?(?:sais|me souviens) (?:pas|plus)|je ne me rappelle plus|aucun souvenir' +
  '|j ai oublie|oublie|non je ne sais plus)$');

/** A day of the month without its month: "le 3", "3 vers 22h", "le vingt trois au soir". */
const DAY_ALONE = new RegExp(`^(?:le )?(${DAY_PATTERN})\\b(?!.*\\b(?:${MONTH_PATTERN})\\b)` +
  '(?![/.-]\\d)(.*)$');

function shortDay(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('fr-FR',
    { day: '2-digit', month: '2-digit', year: 'numeric', timeZone });
}

function dayAndMonth(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', timeZone });
}

/** A weekday without its date: "mardi", "le mardi soir vers 20h". */
const WEEKDAY_ALONE = new RegExp(`^(?:le )?(${WEEKDAY_PATTERN})\\b(?! ?(?:dernier|\\d))(.*)$`);

/** The days of the period, on the wall clock of its zone. */
function daysOf(period: Period): Date[] {
  const zone = period.timeZone ?? FRENCH_TIME_ZONE;
  const start = toWallClock(new Date(period.start), zone);
  const end = toWallClock(new Date(period.end), zone);
  const days: Date[] = [];
  for (let day = startOfDay(start); day <= end && days.length < 62; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

function spelled(day: Date, rest: string): string {
  return `${day.getDate()} ${MONTH_NAMES[day.getMonth()]} ${day.getFullYear()}${rest}`;
}

/**
 * "le 3" after "début novembre" is the 3rd of that month and year, not of this month;
 * "mardi" after "la semaine dernière" is that week's Tuesday. A day the period holds twice
 * or not at all is read as said.
 */
function withinPeriod(text: string, period: Period): string {
  const said = fold(text).replace(/[.!]+$/, '').trim();
  const days = daysOf(period);
  const day = DAY_ALONE.exec(said);
  const number = day ? readDayOfMonth(day[1]) : undefined;
  const weekday = WEEKDAY_ALONE.exec(said);
  const matching = days.filter((candidate) => (number !== undefined
    ? candidate.getDate() === number
    : weekday !== null && candidate.getDay() === WEEKDAYS[weekday[1]]));
  if (matching.length !== 1) {
    return text;
  }
  return spelled(matching[0], (day ?? weekday)?.[2] ?? '');
}

/** The day the citizen remembers after a vague period, or the period itself. */
export function parsePreciseDay(text: string, period: Period, now: Date): Parsed<SaidDate> {
  if (FORGOTTEN.test(foldWords(text))) {
    return parsed({ start: new Date(period.start), end: new Date(period.end),
      precision: 'range', said: period.said });
  }
  const read = parseFrenchDate(withinPeriod(text, period), now,
    period.timeZone ?? FRENCH_TIME_ZONE);
  if (!read.ok) {
    return read.error === 'prompts/errors.date_unknown'
      ? failed('prompts/errors.date_vague_unknown') : read;
  }
  return parsed({ ...withoutFlag(read.value), said: `${period.said} → ${text.trim()}` });
}

/**
 * Asks when the facts happened. A precise answer ends it; a vague period ("début
 * novembre", "il y a trois semaines") is never turned into a made-up day: the citizen is
 * asked once whether they remember the day ("le 3" is then read within that period), and
 * "non" keeps the period. "retour" at that second question asks the date again.
 */
export class DateDialog extends QuestionWithFollowUp {
  constructor(dialogId: string, content: Content, clock: () => Date) {
    super(dialogId, 'precise', content);
    this.addDialog(new ParsedTextPrompt(this.askId, (text, _activity, prompt) =>
      parseFrenchDate(text, clock(), zoneIn(prompt.validations)), content));
    this.addDialog(new ParsedTextPrompt(this.followUpId, (text, _activity, prompt) => {
      const period: unknown = prompt.validations;
      return isPeriod(period) ? parsePreciseDay(text, period, clock())
        : failed<SaidDate>('prompts/errors.date_unknown');
    }, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.ask(step),
      (step) => this.askDay(step),
      (step) => step.endDialog(isSaidDate(step.result) ? withoutFlag(step.result) : undefined),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }

  protected override async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const prompt = isQuestionOptions(step.options) ? step.options.prompt : '';
    const validations: ZoneHolder = { timeZone: zoneIn(step.options) };
    return step.prompt(this.askId, { prompt, validations });
  }

  private async askDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said: unknown = step.result;
    if (!isSaidDate(said) || said.vague !== true) {
      return step.next(said);
    }
    const text = visibleText(step.context.activity.text ?? '').trim().slice(0, 200);
    const timeZone = zoneIn(step.options);
    const period: Period = { start: said.start.toISOString(), end: said.end.toISOString(),
      said: text, timeZone };
    const example = dayAndMonth(new Date(said.start.getTime() + 2 * DAY_MS), timeZone);
    return step.prompt(this.followUpId, {
      prompt: this.content.render('prompts/date_precise', { example,
        from: shortDay(said.start, timeZone), to: shortDay(said.end, timeZone),
      }),
      choices: [this.content.render('prompts/labels.date_forgotten')],
      validations: period,
    });
  }
}

/** The answer as the form stores it: whether it was vague is the dialog's own business. */
function withoutFlag(said: SaidDate): SaidDate {
  const { vague: _vague, ...rest } = said;
  return rest;
}
