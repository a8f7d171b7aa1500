/**
 * Where JSON text stops being JSON: line, column, the character at fault, the text around it and
 * a hint for the usual mistakes of people typing JSON by hand (full-width `，` `：` `“”`, a comma
 * before `}` or `]`). A small scanner of RFC 8259, run only once `JSON.parse` has refused the text.
 */

/** What went wrong, for a message. `hint` names the likely mistake. */
export interface JsonErrorPlace {
  readonly line: number;
  readonly column: number;
  /** The character at fault, `''` at the end of the text. */
  readonly char: string;
  /** Up to 30 characters before and 20 after, on one line. */
  readonly context: string;
  readonly hint: 'fullWidth' | 'trailingComma' | 'end' | 'quote' | '';
}

const FULL_WIDTH = '，：“”‘’｛｝［］';

class Stop {
  constructor(readonly at: number) {}
}

/** The offset of the first character that breaks the JSON grammar. */
function firstBadOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) throw new Stop(i);
      i++;
    }
    expect('"');
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++, ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws(), string(), ws(), expect(':'), value(), ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (ch === '[') {
      i++, ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(), ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (ch === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) throw new Stop(i);
    i += literal[0].length;
  };
  try {
    value(), ws();
    return i < text.length ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

/** Locates the error of text that `JSON.parse` refused; undefined when the scanner finds none. */
export function locateJsonError(text: string): JsonErrorPlace | undefined {
  const at = firstBadOffset(text);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const char = text[at] ?? '';
  const context = (text.slice(Math.max(0, at - 30), at) + char + text.slice(at + 1, at + 21)).replace(/\s+/g, ' ').trim();
  const previous = before.trimEnd().at(-1);
  const hint =
    (char !== '' && FULL_WIDTH.includes(char)) || /[“”]/.test(text.slice(Math.max(0, at - 1), at + 1)) ? 'fullWidth'
    : (char === '}' || char === ']') && previous === ',' ? 'trailingComma'
    : char === '' ? 'end'
    : char === "'" ? 'quote'
    : '';
  return { line, column, char, context, hint };
}
