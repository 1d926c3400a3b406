/**
 * Dates and times in a Trello export, read strictly. `new Date("2026-02-30")` is 2 March:
 * JavaScript rolls an impossible day over into the next month, so a due date typed or stored
 * wrong would land on a day nobody chose. Here a date and time counts only when every part of
 * it is real (the day exists in its month, hours below 24, and so on); anything else is left
 * out by the caller and reported.
 */
import { parseCalendarDate } from '../domain/calendar';

// ISO 8601 as Trello writes it: a day, optionally a time (to the minute, second or fraction)
// and a zone, Z or an offset. A time without a zone is read as UTC, as Trello means it.
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

const number = (part: string | undefined) => Number(part ?? 0);

/** The instant in milliseconds, or null when the text is not a real date and time. */
export function readTrelloInstant(text: string): number | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  const day = match ? parseCalendarDate(match[1] as string) : null;
  if (!match || !day) return null;
  const hours = number(match[2]);
  const minutes = number(match[3]);
  const seconds = number(match[4]);
  const offsetHours = number(match[8]);
  const offsetMinutes = number(match[9]);
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return null;
  }
  const milliseconds = Math.floor(number(match[5]) * 1000);
  const offset = (match[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  utc.setUTCFullYear(day.year, day.month - 1, day.day);
  utc.setUTCHours(hours, minutes - offset, seconds, milliseconds);
  return utc.getTime();
}

/** The instant as an ISO timestamp in UTC, or null (see readTrelloInstant). */
export function trelloIsoTime(text: string | null | undefined): string | null {
  if (!text) return null;
  const ms = readTrelloInstant(text);
  return ms === null ? null : new Date(ms).toISOString();
}
