import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';
import {
  CONTROL_SCAN_IS_SIMD,
  CONTROL_SCAN_MODULE,
  hasAsciiControlCharacter,
} from '../../src/xml/controlCharacterScan';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const base64 = Buffer.alloc(3 * 1024 * 1024, 'indigo').toString('base64');

describe('the control character scan', () => {
  it('is the compilation of wasm/controlCharacterScan.wat', async () => {
    const path = join(__dirname, '../../src/xml/wasm/controlCharacterScan.wat');
    const module = (await wabt()).parseWat(path, readFileSync(path, 'utf8'), { simd: true });
    expect(Buffer.from(module.toBinary({}).buffer).toString('base64')).toBe(CONTROL_SCAN_MODULE);
  });

  it('runs the WebAssembly module on Node 20, not the regular expression it falls back to', () => {
    expect(CONTROL_SCAN_IS_SIMD).toBe(true);
  });

  it('tells each of the 128 ASCII characters as XML 1.0 does, at every offset of a 64-octet round', () => {
    const plain = base64.slice(0, 4096);
    for (let code = 0; code < 128; code++) {
      for (const at of [0, 1, 15, 16, 63, 64, 100, 4032, 4095]) {
        const text = plain.slice(0, at) + String.fromCharCode(code) + plain.slice(at + 1);
        expect([code, at, hasAsciiControlCharacter(text)]).toEqual([code, at, CONTROL.test(text)]);
      }
    }
  });

  it('finds a control character in the rest after the last 64-octet round', () => {
    const text = `${base64.slice(0, 1000)}\u0001${base64.slice(0, 30)}`;
    expect(text.length % 64).not.toBe(0);
    expect(hasAsciiControlCharacter(text)).toBe(true);
  });

  it('reads a text longer than its one-megabyte window to the end', () => {
    expect(base64.length).toBeGreaterThan(3 * (1 << 20));
    expect(hasAsciiControlCharacter(base64)).toBe(false);
    for (const at of [(1 << 20) - 1, 1 << 20, 2 * (1 << 20) + 5, base64.length - 1]) {
      expect(hasAsciiControlCharacter(`${base64.slice(0, at)}\u001f${base64.slice(at + 1)}`)).toBe(true);
    }
  });

  it('allows TAB, LF and CR, which XML 1.0 allows', () => {
    expect(hasAsciiControlCharacter(`${base64.slice(0, 2000)}\t\n\r${base64.slice(0, 2000)}`)).toBe(false);
  });

  it('tells short texts too', () => {
    expect(hasAsciiControlCharacter('ab\u0008c')).toBe(true);
    expect(hasAsciiControlCharacter('ab\tc')).toBe(false);
  });
});
