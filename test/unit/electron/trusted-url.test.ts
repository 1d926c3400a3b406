import { describe, expect, test } from 'vitest';
import { isAppUrl, isExternalWebUrl } from '../../../electron/main/trusted-url';

describe('isExternalWebUrl', () => {
  test.each([
    ['https://example.com', true],
    ['http://example.com/path?q=1#frag', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['https://en.wikipedia.org/wiki/Product_lifecycle', true],
    // A real host whose name merely starts with "localhost".
    ['http://localhost.evil.example:3001', true],
    ['https://example.com:8443/a', true],
    // A public address embedded in IPv6 is not loopback.
    ['http://[::ffff:93.184.216.34]/', true],
    ['https://example.com./', true],
  ])('opens %s', (url, expected) => {
    expect(isExternalWebUrl(url)).toBe(expected);
  });

  test.each([
    ['javascript:alert(1)', 'script'],
    ['JaVaScRiPt:alert(1)', 'script in mixed case'],
    ['file:///etc/passwd', 'local file'],
    ['data:text/html,<script>alert(1)</script>', 'data URL'],
    ['blob:https://example.com/0c6a5c1e-1111-2222-3333-444455556666', 'blob URL'],
    ['ftp://example.com/file', 'other scheme'],
    ['mailto:someone@example.com', 'mail link'],
    ['https://user@evil.example', 'credentials before the host'],
    ['https://bank.example:secret@evil.example/login', 'user and password before the host'],
    ['http://localhost:3001', 'loopback by name'],
    ['http://app.localhost/', 'loopback subdomain'],
    ['http://127.0.0.1:8080', 'loopback address'],
    ['http://127.1/', 'loopback shorthand'],
    ['http://2130706433/', 'loopback as one number'],
    ['http://[::1]', 'IPv6 loopback'],
    ['http://0.0.0.0:80', 'unspecified address'],
    ['http://[::ffff:127.0.0.1]/', 'loopback as an IPv4-mapped IPv6 address'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', 'IPv4-mapped loopback written out in hex'],
    ['http://[::ffff:127.8.9.10]:3000/', 'another 127/8 address, mapped'],
    ['http://[::127.0.0.1]/', 'loopback in the deprecated IPv4-compatible form'],
    ['http://[::ffff:0.0.0.0]/', 'unspecified address, mapped'],
    ['http://localhost./', 'loopback by name, fully qualified with a trailing dot'],
    ['http://LocalHost../', 'loopback by name with two trailing dots'],
    ['http://app.localhost./', 'loopback subdomain with a trailing dot'],
    ['http://127.0.0.1./', 'loopback address with a trailing dot'],
    [' https://x', 'leading space'],
    ['https://x ', 'trailing space'],
    ['\thttps://example.com', 'leading tab'],
    ['https://exa\nmple.com', 'line break inside'],
    ['https:/\\evil.example', 'backslash standing in for a slash'],
    ['https:\\\\evil.example', 'backslashes only'],
    ['https:evil.example', 'no slashes'],
    ['//evil.example', 'scheme-relative'],
    ['/relative/path', 'relative path'],
    ['', 'empty'],
    ['https://', 'no host'],
    ['not a url', 'not a URL'],
  ])('refuses %s (%s)', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  const app = 'file:///opt/Lifecycle%20Planner/resources/app.asar/dist/renderer/index.html';

  test.each([
    [app, 'the document itself'],
    [`${app}#/product/abc`, 'with an in-app route in the fragment'],
    ['FILE:///opt/Lifecycle%20Planner/resources/app.asar/dist/renderer/index.html', 'scheme case'],
    [
      'file:///opt/Lifecycle%20Planner/resources/app.asar/dist/renderer/../renderer/index.html',
      'dot segments that resolve to it',
    ],
  ])('accepts %s (%s)', (url) => {
    expect(isAppUrl(url, app)).toBe(true);
  });

  test.each([
    ['file:///etc/passwd', 'another local file'],
    [
      'file:///opt/Lifecycle%20Planner/resources/app.asar/dist/renderer/other.html',
      'a sibling file',
    ],
    [`${app}?debug=1`, 'a query string'],
    [`${app}/extra`, 'a longer path'],
    [
      'file://evil.example/opt/Lifecycle%20Planner/resources/app.asar/dist/renderer/index.html',
      'a remote host (UNC share)',
    ],
    ['https://example.com/dist/renderer/index.html', 'the web'],
    ['http://localhost:5173/', 'a dev server'],
    ['http://localhost.evil.example:3001', 'a host posing as localhost'],
    ['about:blank', 'a blank page'],
    ['data:text/html,hello', 'a data URL'],
    ['javascript:alert(1)', 'script'],
    ['', 'empty'],
    [`https://evil.example/?next=${app}`, 'our URL inside another'],
  ])('refuses %s (%s)', (url) => {
    expect(isAppUrl(url, app)).toBe(false);
  });

  test('refuses everything when the app URL itself cannot be parsed', () => {
    expect(isAppUrl('file:///x/index.html', 'not a url')).toBe(false);
  });
});
