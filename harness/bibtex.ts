/** A minimal BibTeX reader for the tests: entries, keys and fields, with braces that must balance. */

export interface BibEntry {
  type: string;
  key: string;
  /** Field values as written (braces of a braced value removed; macros such as `nov` as their name). */
  fields: Record<string, string>;
}

/** Parses `@type{key, name = {value}, name = macro, …}` entries; throws on anything malformed. */
export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: …${text.slice(i, i + 30)}…`);
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const word = (pattern: RegExp) => {
    const start = i;
    while (i < text.length && pattern.test(text[i]!)) i++;
    if (i === start) fail('expected a name');
    return text.slice(start, i);
  };
  const expect = (character: string) => {
    space();
    if (text[i] !== character) fail(`expected "${character}"`);
    i++;
  };
  /** A braced value: depth counted over unescaped braces (`\{` and `\}` are text). */
  const braced = () => {
    expect('{');
    const start = i;
    let depth = 1;
    while (depth > 0) {
      if (i >= text.length) fail('unbalanced braces');
      const c = text[i]!;
      if (c === '\\') i += 2;
      else {
        if (c === '{') depth++;
        if (c === '}') depth--;
        i++;
      }
    }
    return text.slice(start, i - 1);
  };
  for (space(); i < text.length; space()) {
    expect('@');
    const type = word(/[A-Za-z]/).toLowerCase();
    expect('{');
    space();
    const key = word(/[^,\s{}()"#%'=\\]/);
    const fields: Record<string, string> = {};
    for (;;) {
      space();
      if (text[i] === '}') break;
      expect(',');
      space();
      if (text[i] === '}') break;
      const name = word(/[A-Za-z_-]/).toLowerCase();
      expect('=');
      space();
      if (name in fields) fail(`field "${name}" given twice`);
      fields[name] = text[i] === '{' ? braced() : word(/[A-Za-z0-9]/);
    }
    i++;
    entries.push({ type, key, fields });
  }
  return entries;
}

const SPECIAL = /(?<!\\)[%&#_$]/;

/** Whether a value holds a TeX special character that is not escaped. */
export function hasUnescapedSpecial(value: string): boolean {
  return SPECIAL.test(value);
}

/** The text a value stands for: escapes undone and protective braces removed. */
export function bibtexText(value: string): string {
  const words: Record<string, string> = { textbackslash: '\\', textasciitilde: '~', textasciicircum: '^' };
  let text = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '{' || c === '}') continue;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const command = /^([a-z]+)\{\}/.exec(value.slice(i + 1));
    if (command && command[1]! in words) {
      text += words[command[1]!];
      i += command[0].length;
    } else {
      text += value[i + 1] ?? '';
      i++;
    }
  }
  return text;
}
