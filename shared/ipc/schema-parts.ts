/** Small valibot building blocks the IPC contract repeats on many channels. */
import * as v from 'valibot';

/** Text of `min` to `max` characters (a minimum of 0 checks only the cap). */
export function text(min: number, max: number) {
  return v.pipe(v.string(), v.minLength(min), v.maxLength(max));
}

/** A whole count: 0, 1, 2, … */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
