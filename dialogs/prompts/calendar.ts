/** Calendar arithmetic on the Paris wall clock of the date parsers (see parisTime.ts). */

export const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days,
    date.getHours(), date.getMinutes());
}

export function atTime(day: Date, hours: number, minutes = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

export function endOfDay(day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
}

/** A calendar date, or undefined when it does not exist (31 février). */
export function calendarDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month, day);
  const exists = date.getFullYear() === year && date.getMonth() === month &&
    date.getDate() === day;
  return exists ? date : undefined;
}

export function yearsBefore(date: Date, years: number): Date {
  return new Date(date.getFullYear() - years, date.getMonth(), date.getDate());
}
