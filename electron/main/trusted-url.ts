/**
 * URL decisions for navigation, new windows and IPC senders. Every check parses with
 * `new URL` and compares parsed parts: substring tests are fooled by hosts such as
 * `localhost.evil.example` or by credentials in front of the real host.
 */

// A URL we hand to the system browser must look like what it is. The WHATWG parser forgives
// leading spaces, control characters, backslashes and a missing `//` ("https:/\evil",
// "https:evil"); a string that relies on that forgiveness is a disguise, so it is refused.
const CANONICAL_WEB_PREFIX = /^https?:\/\/[^/\\]/i;
// \s covers spaces, tabs and line breaks; the rest are C0 controls and DEL.
// eslint-disable-next-line no-control-regex
const DISGUISE_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** An IPv6 literal's last 32 bits as an IPv4 address when it embeds one, as `::ffff:7f00:1` does. */
function embeddedIpv4(host: string): string | null {
  // The parser has already compressed and lower-cased the address: `[::ffff:127.0.0.1]` and
  // `[0:0:0:0:0:ffff:7f00:1]` both arrive as `[::ffff:7f00:1]`. Mapped (::ffff:) and the
  // deprecated compatible form (::) both reach the IPv4 host.
  const match = /^\[::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host);
  if (!match) return null;
  const high = Number.parseInt(match[1] ?? '', 16);
  const low = Number.parseInt(match[2] ?? '', 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** Loopback hosts reach services on the user's own machine, which a plan never links to. */
function isLoopbackHost(hostname: string): boolean {
  // `localhost.` is the same host written as a fully qualified name; so is `localhost..`.
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '[::]' || host === '0.0.0.0') return true;
  const ipv4 = embeddedIpv4(host) ?? host;
  if (ipv4 === '0.0.0.0') return true;
  // The parser has already normalised shorthand such as 127.1 or 2130706433 to dotted form.
  return /^127\.\d+\.\d+\.\d+$/.test(ipv4);
}

/**
 * True when `raw` is an http(s) address on the public web that may be opened in the system
 * browser: no credentials (`https://bank.example@evil.example`), no loopback host, and written
 * plainly.
 */
export function isExternalWebUrl(raw: string): boolean {
  if (!CANONICAL_WEB_PREFIX.test(raw) || DISGUISE_CHARACTERS.test(raw)) return false;
  const url = parse(raw);
  if (url === null) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.hostname === '' || isLoopbackHost(url.hostname)) return false;
  return true;
}

/**
 * True when `raw` is our own renderer document, `appIndexUrl` (a file: URL). The fragment is
 * ignored because in-app routing may use it; a different host (a UNC share on Windows), path
 * or query string is a different document.
 */
export function isAppUrl(raw: string, appIndexUrl: string): boolean {
  const url = parse(raw);
  const app = parse(appIndexUrl);
  if (url === null || app === null) return false;
  return (
    url.protocol === 'file:' &&
    url.protocol === app.protocol &&
    url.host === app.host &&
    url.pathname === app.pathname &&
    url.search === app.search
  );
}
