/**
 * OEM XML (the NDM/XML layout, CCSDS 505.0-B-1 section 4, which CCSDS 502.0-B-3 points to for the OEM's XML form):
 * the blue book's Mars Global Surveyor example, written out by hand in that layout
 * (tests/fixtures/import/ccsds-oem-mgs-example.xml), reads as the same segments as its KVN form; errors name the
 * XML line, the element and what was expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOem } from '../../src/core/formats/oem-parser.ts';
import { looksLikeOemXml, parseOemXml, writeOemXml } from '../../src/core/formats/oem-xml.ts';
import { readTrajectoryFile } from '../../src/core/formats/trajectory-file.ts';
import { readXml, XmlSyntaxError } from '../../src/core/formats/xml-elements.ts';

const KVN = readFileSync(new URL('../fixtures/import/ccsds-502-mgs-example.oem', import.meta.url), 'utf8');
const XML = readFileSync(new URL('../fixtures/import/ccsds-oem-mgs-example.xml', import.meta.url), 'utf8');

const errorOf = (text: string): string => {
  const result = readTrajectoryFile(text, 'mgs.xml');
  return result.ok ? 'read' : result.error.message;
};

describe('OEM XML', () => {
  it('reads the MGS example as the same two segments as the KVN form', () => {
    const fromXml = parseOemXml(XML, { sourceName: 'mgs.xml' });
    const fromKvn = parseOem(KVN, { sourceName: 'mgs.oem' });
    expect(fromXml.version).toBe('2.0');
    expect(fromXml.header).toEqual(fromKvn.header);
    expect(fromXml.segments.length).toBe(2);
    expect(fromXml.segments).toEqual(fromKvn.segments);
    expect(fromXml.segments[1]!.comments).toEqual(['This block begins after trajectory correction maneuver TCM-3.']);
    const file = readTrajectoryFile(XML, 'mgs.xml');
    expect(file.ok && file.file.objects.map((o) => [o.name, o.segments.length])).toEqual([['MARS GLOBAL SURVEYOR', 2]]);
  });

  it('is told from the KVN form by its first characters', () => {
    expect(looksLikeOemXml(XML)).toBe(true);
    expect(looksLikeOemXml('\uFEFF<oem version="2.0">')).toBe(true);
    expect(looksLikeOemXml(KVN)).toBe(false);
  });

  it('names the XML line, the element and what was expected', () => {
    // The third state vector: its <stateVector> starts on line 47 of the fixture, its <Y> on line 50.
    expect(errorOf(XML.replace('<Y units="km">-336.859</Y>', '<Y units="km">-33b.859</Y>'))).toBe('mgs.xml line 47 (data line): value 2 "-33b.859" is not a number');
    expect(errorOf(XML.replace('<Y units="km">-336.859</Y>', '<Y units="m">-336.859</Y>'))).toBe('mgs.xml line 50 (Y): units="m": expected "km"');
    expect(errorOf(XML.replace('<CENTER_NAME>MARS BARYCENTER</CENTER_NAME>', '<CENTER_NAME>PHOBOS</CENTER_NAME>')))
      .toMatch(/^mgs\.xml line 16 \(CENTER_NAME\): unknown centre "PHOBOS": expected one of SUN, /);
    expect(errorOf(XML.replace('<X_DOT units="km/s">4.73372</X_DOT>', ''))).toMatch(/^mgs\.xml line 29 \(stateVector\): holds <EPOCH>, <X>, <Y>, <Z>, <Y_DOT>, <Z_DOT>: expected <EPOCH>, <X>/);
    expect(errorOf(XML.replace('</metadata>', '</meta>'))).toBe('mgs.xml line 25: not well-formed XML: </meta> closes <metadata> (opened on line 13): expected </metadata>');
    expect(errorOf(XML.replace('<OBJECT_ID>1996-062A</OBJECT_ID>', '<OBJECT_ID>A &amp B</OBJECT_ID>'))).toMatch(/^mgs\.xml line 15: not well-formed XML: "&amp" is not a complete entity/);
    expect(errorOf(XML.replace('<OBJECT_ID>1996-062A</OBJECT_ID>', '<SPIN>1</SPIN>'))).toMatch(/^mgs\.xml line 15 \(SPIN\): unknown keyword in the META block/);
    expect(errorOf(XML.replace(/<\/stateVector>\n {6}<\/data>/, '</stateVector>\n        <covarianceMatrix/>\n      </data>')))
      .toMatch(/^mgs\.xml line \d+ \(COVARIANCE_START\): covariance blocks are not supported/);
    expect(errorOf(XML.slice(0, 2000))).toMatch(/^mgs\.xml line \d+: not well-formed XML: /);
    expect(errorOf('<?xml version="1.0"?>\n<opm id="CCSDS_OPM_VERS" version="2.0"/>')).toBe('mgs.xml line 2: the root element is <opm>: expected <oem id="CCSDS_OEM_VERS" version="2.0">');
  });

  it('reads entities, CDATA and comments, and refuses a DOCTYPE', () => {
    const root = readXml('<a x="&lt;1&gt;">t&amp;<!-- c --><![CDATA[<raw>]]>&#x41;&#66;<b/></a>');
    expect(root.attributes.get('x')).toBe('<1>');
    expect(root.text).toBe('t&<raw>AB');
    expect(root.children.map((c) => c.name)).toEqual(['b']);
    expect(() => readXml('<!DOCTYPE oem [<!ENTITY x "y">]><oem/>')).toThrow(XmlSyntaxError);
    expect(() => readXml('<a>&unknown;</a>')).toThrow('unknown entity "&unknown;"');
  });

  it('writes what it reads: the MGS example through the XML writer reads back the same segments', () => {
    const kvn = parseOem(KVN);
    const again = parseOemXml(writeOemXml({ header: kvn.header, segments: kvn.segments }));
    again.segments.forEach((segment, k) => {
      const written = kvn.segments[k]!.samples;
      expect(segment.samples.posKm).toEqual(written.posKm);
      expect(segment.samples.velKmS).toEqual(written.velKmS);
      // Epochs are written in TDB to the microsecond.
      segment.samples.tdbSec.forEach((t, i) => expect(Math.abs(t - written.tdbSec[i]!)).toBeLessThanOrEqual(5e-7));
    });
    expect(again.segments.map((s) => s.objectName)).toEqual(['MARS GLOBAL SURVEYOR', 'MARS GLOBAL SURVEYOR']);
  });
});
