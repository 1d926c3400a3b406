/**
 * Native menus write commands in title case, as macOS and Windows do ("Export Products as
 * CSV…"); inside the window the app writes sentence case, as the rest of its text. One label
 * in the registry, the other derived: every word after the first in lower case, except
 * acronyms (CSV, HTML) and names (Markdown), which keep their capitals.
 */
/** Names that keep their capital wherever they stand. */
const PROPER = new Set(['Markdown', 'Trello']);

export function sentenceCase(label: string): string {
  let first = true;
  return label.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    if (first) {
      first = false;
      return word;
    }
    if (PROPER.has(word)) return word;
    return word === word.toUpperCase() && word.length > 1 ? word : word.toLowerCase();
  });
}
