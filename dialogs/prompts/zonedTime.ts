/**
 * The date parsers compute on a "wall clock": a Date whose local fields (getHours()...)
 * hold the time read in a given IANA zone, whatever the server's own zone. These functions
 * go from a real instant to that wall clock and back, with the offset Intl gives for the
 * zone at that instant (summer time included).
 */
interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// one formatter per zone: building them is the costly part
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const known = formatters.get(timeZone);
  if (known) {
    return known;
  }
  const made = new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  formatters.set(timeZone, made);
  return made;
}

function zoneFields(instant: Date, timeZone: string): Fields {
  const found = new Map<string, string>(
    formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  const field = (name: string): number => Number(found.get(name));
  return { year: field('year'), month: field('month') - 1, day: field('day'),
    hour: field('hour'), minute: field('minute'), second: field('second') };
}

/** Minutes to add to UTC to read the time in the zone at that instant (-600 to 840). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const { year, month, day, hour, minute, second } = zoneFields(instant, timeZone);
  const asUtc = Date.UTC(year, month, day, hour, minute, second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The zone's time of an instant, in the local fields of a Date (milliseconds kept). */
export function toWallClock(instant: Date, timeZone: string): Date {
  const { year, month, day, hour, minute, second } = zoneFields(instant, timeZone);
  return new Date(year, month, day, hour, minute, second, instant.getMilliseconds());
}

/**
 * The instant at which the zone reads the wall clock's local fields. A time that does not
 * exist (02:30 on the night clocks go forward) is read with the offset before the change.
 */
export function fromWallClock(wall: Date, timeZone: string): Date {
  const asUtc = Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(),
    wall.getMinutes(), wall.getSeconds(), wall.getMilliseconds());
  const guess = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  return new Date(asUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** A date and time of the zone as a real instant; month is 1–12, as people write it. */
export function zonedInstant(timeZone: string, year: number, month: number, day: number,
  hours = 0, minutes = 0): Date {
  return fromWallClock(new Date(year, month - 1, day, hours, minutes), timeZone);
}
