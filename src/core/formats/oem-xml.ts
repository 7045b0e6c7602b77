/**
 * CCSDS OEM in its XML form (the NDM/XML layout of CCSDS 505.0-B-1, section 4 and its OEM schema, which
 * CCSDS 502.0-B-3 section 5.2 points to for OEM XML): `<oem id="CCSDS_OEM_VERS" version="2.0">`, a `<header>`, then
 * `<body>` with one `<segment>` per arc, each a `<metadata>` of the KVN keywords as elements and a `<data>` of
 * `<stateVector>`s (`EPOCH X Y Z X_DOT Y_DOT Z_DOT`, optionally `X_DDOT Y_DDOT Z_DDOT`; units km, km/s, km/s**2).
 *
 * Read by turning the elements into the KVN lines they stand for and giving those to the KVN reader, so both forms
 * are held to the same rules (keywords, centres, frames, time systems, epoch order); its errors come back with the
 * XML line they stand for. Written the same way round, from the KVN writer's lines.
 */
import type { OemMessage } from './oem-message.ts';
import { OemParseError, parseOem, type OemParseOptions, type ParsedOem } from './oem-parser.ts';
import { writeOem, type OemWriteOptions } from './oem-writer.ts';
import { readXml, XmlSyntaxError, type XmlElement } from './xml-elements.ts';

/** The head of a file in OEM XML (a declaration, or the root element of an OEM or an NDM combined message). */
export function looksLikeOemXml(head: string): boolean {
  return /^\uFEFF?\s*(<\?xml|<!--|<oem[\s>]|<ndm[\s>])/i.test(head);
}

const VECTOR = ['EPOCH', 'X', 'Y', 'Z', 'X_DOT', 'Y_DOT', 'Z_DOT'] as const;
const ACCELERATION = ['X_DDOT', 'Y_DDOT', 'Z_DDOT'] as const;
const UNITS: Readonly<Record<string, string>> = {
  X: 'km', Y: 'km', Z: 'km', X_DOT: 'km/s', Y_DOT: 'km/s', Z_DOT: 'km/s', X_DDOT: 'km/s**2', Y_DDOT: 'km/s**2', Z_DDOT: 'km/s**2',
};

/** KVN lines and, for each, the XML line it came from. */
class KvnLines {
  readonly lines: string[] = [];
  readonly from: number[] = [];
  add(line: string, xmlLine: number): void {
    this.lines.push(line);
    this.from.push(xmlLine);
  }
}

export function parseOemXml(text: string, options: OemParseOptions = {}): ParsedOem {
  const source = options.sourceName ?? 'OEM';
  const fail = (line: number, keyword: string | undefined, detail: string): never => {
    throw new OemParseError(source, line, keyword, detail);
  };
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return fail(error.lineNumber, undefined, `not well-formed XML: ${error.detail}`);
    throw error;
  }
  const kvn = toKvn(oemElement(root, fail), fail);
  try {
    return parseOem(kvn.lines.join('\n'), options);
  } catch (error) {
    if (!(error instanceof OemParseError)) throw error;
    const line = kvn.from[error.lineNumber - 1] ?? root.line;
    return fail(line, error.keyword, error.detail);
  }
}

type Fail = (line: number, keyword: string | undefined, detail: string) => never;

/** The `<oem>` element: the root, or the only one inside an NDM combined message. */
function oemElement(root: XmlElement, fail: Fail): XmlElement {
  if (root.name === 'oem') return root;
  if (root.name === 'ndm') {
    const oems = root.children.filter((child) => child.name === 'oem');
    if (oems.length === 1) return oems[0] as XmlElement;
    return fail(root.line, undefined, `this NDM holds ${oems.length} <oem> messages: expected exactly one`);
  }
  return fail(root.line, undefined, `the root element is <${root.name}>: expected <oem id="CCSDS_OEM_VERS" version="2.0">`);
}

function toKvn(oem: XmlElement, fail: Fail): KvnLines {
  const kvn = new KvnLines();
  const id = oem.attributes.get('id');
  if (id !== undefined && id !== 'CCSDS_OEM_VERS') fail(oem.line, 'id', `<oem id="${id}">: expected id="CCSDS_OEM_VERS"`);
  const version = oem.attributes.get('version');
  if (version === undefined) fail(oem.line, 'version', '<oem> has no version attribute: expected version="2.0"');
  kvn.add(`CCSDS_OEM_VERS = ${oneLine(version as string, oem.line, 'version', fail)}`, oem.line);
  const [header, body, ...rest] = oem.children;
  if (header?.name !== 'header') return fail(header?.line ?? oem.line, undefined, `expected <header> first in <oem>${header ? `, found <${header.name}>` : ''}`);
  if (body?.name !== 'body') return fail(body?.line ?? header.line, undefined, `expected <body> after <header>${body ? `, found <${body.name}>` : ''}`);
  if (rest[0]) fail(rest[0].line, undefined, `unexpected <${rest[0].name}> after <body>`);
  for (const child of header.children) keywordLine(kvn, child, fail);
  if (body.children.length === 0) fail(body.line, undefined, '<body> has no <segment>');
  for (const segment of body.children) {
    if (segment.name !== 'segment') fail(segment.line, undefined, `unexpected <${segment.name}> in <body>: expected <segment>`);
    const [metadata, data, ...more] = segment.children;
    if (metadata?.name !== 'metadata') return fail(metadata?.line ?? segment.line, undefined, 'expected <metadata> first in <segment>');
    if (data?.name !== 'data') return fail(data?.line ?? metadata.line, undefined, 'expected <data> after <metadata>');
    if (more[0]) fail(more[0].line, undefined, `unexpected <${more[0].name}> after <data>`);
    kvn.add('META_START', metadata.line);
    for (const child of metadata.children) keywordLine(kvn, child, fail);
    kvn.add('META_STOP', metadata.line);
    for (const child of data.children) {
      if (child.name === 'COMMENT') kvn.add(commentLine(child, fail), child.line);
      else if (child.name === 'stateVector') kvn.add(stateLine(child, fail), child.line);
      // The KVN reader refuses covariance, naming it; the XML form says the same at this element's line.
      else if (child.name === 'covarianceMatrix') kvn.add('COVARIANCE_START', child.line);
      else fail(child.line, child.name, `unexpected <${child.name}> in <data>: expected <COMMENT> or <stateVector>`);
    }
  }
  return kvn;
}

function keywordLine(kvn: KvnLines, element: XmlElement, fail: Fail): void {
  if (element.children.length > 0) fail(element.line, element.name, `<${element.name}> holds elements: expected a value`);
  if (element.name === 'COMMENT') return kvn.add(commentLine(element, fail), element.line);
  if (!/^[A-Z][A-Z0-9_]*$/.test(element.name)) fail(element.line, element.name, `unexpected <${element.name}>: expected a keyword element such as <OBJECT_NAME>`);
  kvn.add(`${element.name} = ${oneLine(element.text.trim(), element.line, element.name, fail)}`, element.line);
}

function commentLine(element: XmlElement, fail: Fail): string {
  const text = oneLine(element.text.trim(), element.line, 'COMMENT', fail);
  return text === '' ? 'COMMENT' : `COMMENT ${text}`;
}

function stateLine(vector: XmlElement, fail: Fail): string {
  const names = vector.children.map((child) => child.name);
  const withAcceleration = names.length === VECTOR.length + ACCELERATION.length;
  const expected = withAcceleration ? [...VECTOR, ...ACCELERATION] : VECTOR;
  if (names.length !== expected.length || names.some((name, k) => name !== expected[k])) {
    fail(vector.line, 'stateVector', `holds <${names.join('>, <')}>: expected <${VECTOR.join('>, <')}> (then optionally <${ACCELERATION.join('>, <')}>), in that order`);
  }
  return vector.children.map((child) => {
    const value = child.text.trim();
    const units = child.attributes.get('units');
    const wanted = UNITS[child.name];
    if (units !== undefined && wanted !== undefined && units.toLowerCase() !== wanted) {
      fail(child.line, child.name, `units="${units}": expected "${wanted}"`);
    }
    if (value === '' || /\s/.test(value)) fail(child.line, child.name, `"${value}" is not one value`);
    return value;
  }).join(' ');
}

function oneLine(value: string, line: number, keyword: string, fail: Fail): string {
  if (/[\r\n]/.test(value)) fail(line, keyword, 'a value on more than one line: expected one line');
  return value;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The message as OEM XML: what `writeOem` writes (the same checks, numbers and epochs), in the NDM/XML layout, so
 * `parseOemXml(writeOemXml(m))` reads the same samples as `parseOem(writeOem(m))`.
 */
export function writeOemXml(message: OemMessage, options: OemWriteOptions = {}): string {
  const lines = writeOem(message, options).split('\n');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const version = /^CCSDS_OEM_VERS = (.*)$/.exec(lines[0] as string)?.[1] ?? '2.0';
  out.push(`<oem id="CCSDS_OEM_VERS" version="${escapeXml(version)}">`, '  <header>');
  let state: 'header' | 'meta' | 'data' = 'header';
  const close = () => {
    if (state === 'data') out.push('      </data>', '    </segment>');
  };
  const element = (indent: string, line: string) => {
    const comment = /^COMMENT(?: (.*))?$/.exec(line);
    if (comment) return out.push(`${indent}<COMMENT>${escapeXml(comment[1] ?? '')}</COMMENT>`);
    const [, key = '', value = ''] = /^([A-Z_0-9]+) = (.*)$/.exec(line) ?? [];
    return out.push(`${indent}<${key}>${escapeXml(value)}</${key}>`);
  };
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if (line === 'META_START') {
      if (state === 'header') out.push('  </header>', '  <body>');
      close();
      out.push('    <segment>', '      <metadata>');
      state = 'meta';
    } else if (line === 'META_STOP') {
      out.push('      </metadata>', '      <data>');
      state = 'data';
    } else if (state === 'data' && !line.startsWith('COMMENT')) {
      const values = line.trim().split(/\s+/);
      out.push('        <stateVector>');
      values.forEach((value, k) => {
        const name = [...VECTOR, ...ACCELERATION][k] as string;
        const units = UNITS[name];
        out.push(`          <${name}${units ? ` units="${units}"` : ''}>${value}</${name}>`);
      });
      out.push('        </stateVector>');
    } else element(state === 'header' ? '    ' : '        ', line);
  }
  close();
  out.push('  </body>', '</oem>');
  return `${out.join('\n')}\n`;
}
