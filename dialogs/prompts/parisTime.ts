/**
 * Citizens speak French local time ("hier vers 18h" is 18:00 in Paris, until the commune
 * says otherwise: see communeTimeZone.ts), while the server may run on UTC. The Paris
 * wall clock of the date parsers, as zonedTime.ts computes it for any zone.
 */
import { fromWallClock, toWallClock, zoneOffsetMinutes } from './zonedTime';

export const FRENCH_TIME_ZONE = 'Europe/Paris';

/** Minutes to add to UTC to read the time in Paris at that instant (60 or 120). */
export function parisOffsetMinutes(instant: Date): number {
  return zoneOffsetMinutes(instant, FRENCH_TIME_ZONE);
}

/** The Paris time of an instant, in the local fields of a Date (milliseconds kept). */
export function toParisWallClock(instant: Date): Date {
  return toWallClock(instant, FRENCH_TIME_ZONE);
}

/**
 * The instant at which Paris reads the wall clock's local fields. A time that does not
 * exist (02:30 on the night clocks go forward) is read with the offset before the change.
 */
export function fromParisWallClock(wall: Date): Date {
  return fromWallClock(wall, FRENCH_TIME_ZONE);
}

/** A Paris date and time as a real instant; month is 1–12, as people write it. */
export function parisInstant(year: number, month: number, day: number, hours = 0,
  minutes = 0, seconds = 0, milliseconds = 0): Date {
  return fromParisWallClock(new Date(year, month - 1, day, hours, minutes, seconds,
    milliseconds));
}
