/**
 * Text to a JSON value, with a message a person can act on when the text is not JSON:
 * what is wrong and at which line and column ("unexpected end of data at line 120, column 4").
 *
 * Engines word JSON.parse errors differently and newer ones drop the position, so when
 * JSON.parse fails the text is scanned again here, without recursion (a file of a million
 * nested brackets must not blow the stack), to find the first place it breaks.
 */
import type { PlanFileProblem } from './types';

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; problem: PlanFileProblem };

interface SyntaxFault {
  index: number;
  reason: string;
}

export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const fault = findJsonSyntaxFault(text);
    if (fault) {
      return {
        ok: false,
        problem: {
          message: `The file is not valid JSON: ${fault.reason} at ${lineAndColumn(text, fault.index)}.`,
        },
      };
    }
    // The scanner found nothing wrong, so the engine gave up for its own reasons (memory).
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { message: `The file could not be read as JSON: ${detail}` } };
  }
}

/** "line 3, column 14", both counted from 1. */
export function lineAndColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function shown(char: string): string {
  return char === '"' ? "'\"'" : JSON.stringify(char);
}

/** The first syntax error in `text`, or null when it is valid JSON (RFC 8259). */
export function findJsonSyntaxFault(text: string): SyntaxFault | null {
  const n = text.length;
  const open: string[] = [];
  let i = 0;
  const skipWhitespace = () => {
    while (i < n && WHITESPACE.has(text[i] as string)) i += 1;
  };
  const endOfData = (): SyntaxFault => ({ index: n, reason: 'unexpected end of data' });
  const unexpected = (expected: string): SyntaxFault =>
    i >= n
      ? endOfData()
      : { index: i, reason: `unexpected ${shown(text[i] as string)} where ${expected} should be` };

  /** Reads a string starting at its opening quote; returns a fault or null. */
  const readString = (): SyntaxFault | null => {
    const start = i;
    i += 1;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i += 1;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) {
            return { index: i, reason: 'a \\u escape without four hex digits' };
          }
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return { index: i, reason: `an unknown escape "\\${e}" in text` };
      } else if (c < ' ') {
        return { index: i, reason: 'a line break or control character inside text in quotes' };
      } else i += 1;
    }
    return { index: start, reason: 'text in quotes that never ends (unexpected end of data)' };
  };

  /** Reads one value; containers only open here and are closed by the loop below. */
  const readValue = (): SyntaxFault | 'opened' | null => {
    skipWhitespace();
    if (i >= n) return endOfData();
    const c = text[i] as string;
    if (c === '{' || c === '[') {
      open.push(c);
      i += 1;
      return 'opened';
    }
    if (c === '"') return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
      // A file cut off inside `true` is truncated, not wrong.
      if (word.startsWith(text.slice(i, i + word.length)) && i + word.length > n)
        return endOfData();
    }
    NUMBER.lastIndex = i;
    if (c === '-' || (c >= '0' && c <= '9')) {
      if (NUMBER.exec(text) && NUMBER.lastIndex > i) {
        i = NUMBER.lastIndex;
        return null;
      }
      return { index: i, reason: 'a malformed number' };
    }
    return unexpected('a value');
  };

  /** After `{` or `,` in an object: a key in double quotes and a colon. */
  const readKey = (): SyntaxFault | null => {
    skipWhitespace();
    if (text[i] !== '"') return unexpected('a property name in double quotes');
    const fault = readString();
    if (fault) return fault;
    skipWhitespace();
    if (text[i] !== ':') return unexpected('":"');
    i += 1;
    return null;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      const read = readValue();
      if (read !== null && read !== 'opened') return read;
      if (read === 'opened') {
        skipWhitespace();
        const closer = open[open.length - 1] === '{' ? '}' : ']';
        if (text[i] === closer) {
          open.pop();
          i += 1;
        } else if (closer === '}') {
          const fault = readKey();
          if (fault) return fault;
          continue;
        } else continue;
      }
      expectValue = false;
    }
    skipWhitespace();
    const top = open[open.length - 1];
    if (top === undefined) {
      return i < n ? { index: i, reason: 'more text after the end of the data' } : null;
    }
    const closer = top === '{' ? '}' : ']';
    if (text[i] === ',') {
      i += 1;
      if (top === '{') {
        const fault = readKey();
        if (fault) return fault;
      }
      expectValue = true;
    } else if (text[i] === closer) {
      open.pop();
      i += 1;
    } else return unexpected(`"," or "${closer}"`);
  }
}
