import { parseContentType } from '../../src/encoders/text/ContentType';

describe('parseContentType', () => {
  it('lower-cases the media type and parameter names, not the values', () => {
    const parsed = parseContentType('Application/SOAP+XML; Charset=UTF-8; Action="urn:Calc/Add"');
    expect(parsed.mediaType).toBe('application/soap+xml');
    expect(parsed.parameters.get('charset')).toBe('UTF-8');
    expect(parsed.parameters.get('action')).toBe('urn:Calc/Add');
  });

  it('reads a media type without parameters', () => {
    const parsed = parseContentType(' text/xml ');
    expect(parsed.mediaType).toBe('text/xml');
    expect(parsed.parameters.size).toBe(0);
  });

  it('keeps a semicolon inside a quoted value as part of it', () => {
    const parsed = parseContentType('application/soap+xml;action="urn:a;b=c";charset=utf-8');
    expect(parsed.parameters.get('action')).toBe('urn:a;b=c');
    expect(parsed.parameters.get('charset')).toBe('utf-8');
  });

  it('undoes the backslash escapes of a quoted value', () => {
    expect(parseContentType('text/xml; a="x\\"y\\\\z"').parameters.get('a')).toBe('x"y\\z');
  });

  it('skips a parameter without "=" and lets the last of a repeated parameter count', () => {
    const parsed = parseContentType('text/xml; junk; charset=utf-16; charset=utf-8');
    expect([...parsed.parameters]).toEqual([['charset', 'utf-8']]);
  });

  it('gives the same answer for a header seen again', () => {
    const header = 'application/soap+xml; charset=utf-8; action="urn:again"';
    expect(parseContentType(header)).toEqual(parseContentType(header));
    expect(parseContentType(header).parameters.get('action')).toBe('urn:again');
  });

  it('parses a long header it does not keep, and many distinct headers, alike', () => {
    const long = `text/xml; action="${'u'.repeat(2000)}"`;
    expect(parseContentType(long).parameters.get('action')).toBe('u'.repeat(2000));
    for (let i = 0; i < 200; i++)
      expect(parseContentType(`text/xml; action="urn:${i}"`).parameters.get('action')).toBe(`urn:${i}`);
  });
});
