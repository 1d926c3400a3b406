// Reading and checking a freedesktop .desktop file the way desktop-file-validate would for the
// keys a launcher and a file manager rely on.

/** The keys of the [Desktop Entry] group; throws on a malformed or repeated line. */
export function parseDesktopEntry(text) {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  if (lines[0] !== '[Desktop Entry]') throw new Error('does not start with [Desktop Entry]');
  const keys = new Map();
  for (const line of lines.slice(1)) {
    if (line.startsWith('[')) break;
    const match = /^([A-Za-z0-9-]+(?:\[[^\]]+\])?)=(.*)$/.exec(line);
    if (!match) throw new Error(`malformed line: ${line}`);
    if (keys.has(match[1])) throw new Error(`${match[1]} appears twice`);
    keys.set(match[1], match[2]);
  }
  return keys;
}

/** Problems with the keys every application entry of this app must have; empty when none. */
export function desktopEntryProblems(keys, expected) {
  const problems = [];
  const want = (key, value) => {
    if (keys.get(key) !== value)
      problems.push(`${key} is ${JSON.stringify(keys.get(key))}, not ${JSON.stringify(value)}`);
  };
  want('Type', 'Application');
  want('Name', expected.name);
  want('Icon', expected.icon);
  want('StartupWMClass', expected.wmClass);
  want('Terminal', 'false');
  want('Categories', 'Office;');
  // A file handed over by the file manager reaches the app only through %U, %u, %F or %f.
  if (!/ %[UuFf]$/.test(keys.get('Exec') ?? ''))
    problems.push('Exec does not end with a file code');
  const mime = (keys.get('MimeType') ?? '').split(';');
  if (!mime.includes(expected.mimeType)) problems.push(`MimeType lacks ${expected.mimeType}`);
  for (const key of ['MimeType', 'Categories', 'Keywords']) {
    if (keys.has(key) && !keys.get(key)?.endsWith(';')) problems.push(`${key} does not end with ;`);
  }
  if (!keys.get('Comment')) problems.push('no Comment');
  return problems;
}
