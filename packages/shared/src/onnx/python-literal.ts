/** A value parsed from a Python literal; dicts keep their key order and non-string keys. */
export type PyValue = number | string | boolean | null | PyValue[] | PyDict;

export interface PyDict {
  kind: 'dict';
  entries: [PyValue, PyValue][];
}

class LiteralParser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): PyValue {
    const value = this.value();
    this.space();
    if (this.at !== this.text.length) this.fail('unexpected trailing text');
    return value;
  }

  private fail(message: string): never {
    throw new Error(`invalid Python literal at ${this.at}: ${message} in ${JSON.stringify(this.text.slice(0, 80))}`);
  }

  private space(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private value(): PyValue {
    this.space();
    const ch = this.text[this.at];
    if (ch === '{') return this.dict();
    if (ch === '[') return this.sequence(']');
    if (ch === '(') return this.sequence(')');
    if (ch === "'" || ch === '"') return this.string(ch);
    const word = /^(True|False|None)\b/.exec(this.text.slice(this.at));
    if (word) {
      this.at += word[0].length;
      return word[0] === 'None' ? null : word[0] === 'True';
    }
    const num = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(this.at));
    if (num) {
      this.at += num[0].length;
      return Number(num[0]);
    }
    return this.fail('expected a value');
  }

  private items(close: string, item: () => void): void {
    this.at++;
    for (;;) {
      this.space();
      if (this.text[this.at] === close) break;
      item();
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== close) this.fail(`expected "," or "${close}"`);
    }
    this.at++;
  }

  private sequence(close: string): PyValue[] {
    const out: PyValue[] = [];
    this.items(close, () => out.push(this.value()));
    return out;
  }

  private dict(): PyDict {
    const entries: [PyValue, PyValue][] = [];
    this.items('}', () => {
      const key = this.value();
      this.space();
      if (this.text[this.at] !== ':') this.fail('expected ":"');
      this.at++;
      entries.push([key, this.value()]);
    });
    return { kind: 'dict', entries };
  }

  private string(quote: string): string {
    let out = '';
    this.at++;
    for (;;) {
      const ch = this.text[this.at++];
      if (ch === undefined) this.fail('unterminated string');
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const esc = this.text[this.at++] ?? '';
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
      if (esc in simple) out += simple[esc];
      else if (esc === 'x' || esc === 'u') {
        const len = esc === 'x' ? 2 : 4;
        const hex = this.text.slice(this.at, this.at + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail('bad escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.at += len;
      } else this.fail(`unsupported escape \\${esc}`);
    }
  }
}

/**
 * Parses the Python literals Ultralytics writes into ONNX metadata (`str(dict)`, `str(list)`):
 * dicts, lists, tuples, strings, numbers, True/False/None.
 * @example parsePythonLiteral("{0: 'acne', 1: 'papule'}") // { kind: 'dict', entries: [[0,'acne'],[1,'papule']] }
 * @throws Error naming the position when the text is not such a literal.
 */
export function parsePythonLiteral(text: string): PyValue {
  return new LiteralParser(text).parse();
}
