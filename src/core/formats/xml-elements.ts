/**
 * A small, strict XML reader for navigation data messages: elements, attributes and text with the line each
 * starts on. The worker has no DOMParser, and an NDM/XML file needs no more than this: no DTDs, no namespaces
 * beyond prefixes kept as written. Declarations, comments and processing instructions are skipped; CDATA and the
 * five predefined and numeric entities are read. Malformed input is an XmlSyntaxError naming the line.
 */

export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text (character data directly inside it), entities decoded, untrimmed. */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(readonly lineNumber: number, readonly detail: string) {
    super(`line ${lineNumber}: ${detail}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const SPACE = /\s*/y;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The document's root element. */
export function readXml(text: string): XmlElement {
  return new XmlReader(text).document();
}

class XmlReader {
  private at = 0;
  private line = 1;
  /** Where `line` was last counted up to (lines are counted lazily, as the reader moves on). */
  private counted = 0;

  constructor(private readonly text: string) {}

  document(): XmlElement {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = this.counted = 1;
    this.skipMisc();
    if (this.text[this.at] !== '<') this.fail('expected the root element "<oem ...>"');
    const root = this.element();
    this.skipMisc();
    if (this.at < this.text.length) this.fail('text after the root element\'s end tag');
    return root;
  }

  /** Whitespace, comments, processing instructions and a DOCTYPE between elements at the top level. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<?')) this.skipPast('?>', 'an unterminated "<?" declaration');
      else if (this.startsWith('<!--')) this.skipPast('-->', 'an unterminated comment');
      else if (this.startsWith('<!DOCTYPE')) this.fail('DOCTYPE declarations are not supported');
      else return;
    }
  }

  private element(): XmlElement {
    const line = this.lineHere();
    this.at++; // '<'
    const name = this.name('an element name after "<"');
    const attributes = new Map<string, string>();
    for (;;) {
      const spaced = this.skipSpace();
      if (this.startsWith('/>')) {
        this.at += 2;
        return { name, attributes, children: [], text: '', line };
      }
      if (this.text[this.at] === '>') {
        this.at++;
        break;
      }
      if (!spaced) this.fail(`expected ">", "/>" or an attribute in <${name}>`);
      const attribute = this.name(`an attribute name in <${name}>`);
      this.skipSpace();
      if (this.text[this.at] !== '=') this.fail(`expected "=" after the attribute ${attribute} of <${name}>`);
      this.at++;
      this.skipSpace();
      const quote = this.text[this.at];
      if (quote !== '"' && quote !== "'") this.fail(`expected a quoted value for the attribute ${attribute} of <${name}>`);
      const end = this.text.indexOf(quote, this.at + 1);
      if (end < 0) this.fail(`the value of the attribute ${attribute} of <${name}> is not closed`);
      if (attributes.has(attribute)) this.fail(`the attribute ${attribute} is given twice in <${name}>`);
      attributes.set(attribute, this.decode(this.text.slice(this.at + 1, end)));
      this.at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = this.text.indexOf('<', this.at);
      if (next < 0) this.fail(`the file ends inside <${name}> (opened on line ${line}): expected </${name}>`);
      text += this.decode(this.text.slice(this.at, next));
      this.at = next;
      if (this.startsWith('</')) {
        this.at += 2;
        const closing = this.name(`an element name after "</"`);
        if (closing !== name) this.fail(`</${closing}> closes <${name}> (opened on line ${line}): expected </${name}>`);
        this.skipSpace();
        if (this.text[this.at] !== '>') this.fail(`expected ">" after </${closing}`);
        this.at++;
        return { name, attributes, children, text, line };
      }
      if (this.startsWith('<!--')) this.skipPast('-->', 'an unterminated comment');
      else if (this.startsWith('<![CDATA[')) {
        const end = this.text.indexOf(']]>', this.at);
        if (end < 0) this.fail('an unterminated CDATA section');
        text += this.text.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.startsWith('<?')) this.skipPast('?>', 'an unterminated "<?" instruction');
      else children.push(this.element());
    }
  }

  private decode(raw: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;\s&]*);?/g, (whole, entity: string) => {
      if (!whole.endsWith(';')) this.fail(`"&${entity}" is not a complete entity: expected ";" (write & as &amp;)`);
      const numeric = /^#(x[0-9A-Fa-f]+|\d+)$/.exec(entity);
      if (numeric) {
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        if (code > 0x10ffff) this.fail(`"&${entity};" is not a character`);
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[entity];
      if (named === undefined || !Object.hasOwn(ENTITIES, entity)) this.fail(`unknown entity "&${entity};"`);
      return named;
    });
  }

  private name(expected: string): string {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.text);
    if (!match) this.fail(`expected ${expected}`);
    this.at += match[0].length;
    return match[0];
  }

  /** Skips whitespace; true when there was some. */
  private skipSpace(): boolean {
    SPACE.lastIndex = this.at;
    const length = (SPACE.exec(this.text) as RegExpExecArray)[0].length;
    this.at += length;
    return length > 0;
  }

  private skipPast(end: string, unterminated: string): void {
    const found = this.text.indexOf(end, this.at);
    if (found < 0) this.fail(unterminated);
    this.at = found + end.length;
  }

  private startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.at);
  }

  private lineHere(): number {
    for (let i = this.counted; i < this.at; i++) if (this.text.charCodeAt(i) === 10) this.line++;
    this.counted = Math.max(this.counted, this.at);
    return this.line;
  }

  private fail(detail: string): never {
    throw new XmlSyntaxError(this.lineHere(), detail);
  }
}
