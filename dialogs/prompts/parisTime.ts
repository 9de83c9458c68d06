/**
 * Citizens speak French local time ("hier vers 18h" is 18:00 in Paris), while the server
 * may run on UTC. The date parsers compute on a "wall clock": a Date whose local fields
 * (getHours()...) hold the Paris time. These two functions go from a real instant to that
 * wall clock and back, with the offset Intl gives for Europe/Paris (summer time included).
 */
export const FRENCH_TIME_ZONE = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: FRENCH_TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function parisFields(instant: Date): Fields {
  const found = new Map<string, string>(
    parts.formatToParts(instant).map((part) => [part.type, part.value]));
  const field = (name: string): number => Number(found.get(name));
  return { year: field('year'), month: field('month') - 1, day: field('day'),
    hour: field('hour'), minute: field('minute'), second: field('second') };
}

/** Minutes to add to UTC to read the time in Paris at that instant (60 or 120). */
export function parisOffsetMinutes(instant: Date): number {
  const { year, month, day, hour, minute, second } = parisFields(instant);
  const asUtc = Date.UTC(year, month, day, hour, minute, second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The Paris time of an instant, in the local fields of a Date (milliseconds kept). */
export function toParisWallClock(instant: Date): Date {
  const { year, month, day, hour, minute, second } = parisFields(instant);
  return new Date(year, month, day, hour, minute, second, instant.getMilliseconds());
}

/**
 * The instant at which Paris reads the wall clock's local fields. A time that does not
 * exist (02:30 on the night clocks go forward) is read with the offset before the change.
 */
export function fromParisWallClock(wall: Date): Date {
  const asUtc = Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(),
    wall.getMinutes(), wall.getSeconds(), wall.getMilliseconds());
  const guess = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  return new Date(asUtc - parisOffsetMinutes(new Date(guess)) * 60_000);
}

/** A Paris date and time as a real instant; month is 1–12, as people write it. */
export function parisInstant(year: number, month: number, day: number, hours = 0,
  minutes = 0, seconds = 0, milliseconds = 0): Date {
  return fromParisWallClock(new Date(year, month - 1, day, hours, minutes, seconds,
    milliseconds));
}
