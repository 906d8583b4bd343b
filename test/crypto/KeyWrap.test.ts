import { spawnSync } from 'node:child_process';
import { constants, createSecretKey, generateKeyPairSync, publicEncrypt, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CryptoKeyError,
  DecryptionError,
  getKeyWrapAlgorithm,
  SecurityAlgorithms as A,
  unwrapKey,
  UnsupportedAlgorithmError,
  wrapKey,
} from '../../src/crypto';
import { serviceParty } from './testKeys';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('AES key wrap (RFC 3394)', () => {
  // RFC 3394 §4.1, §4.4, §4.6.
  it.each([
    [
      A.Aes128KeyWrap,
      '000102030405060708090A0B0C0D0E0F',
      '00112233445566778899AABBCCDDEEFF',
      '1FA68B0A8112B447 AEF34BD8FB5A7B82 9D3E862371D2CFE5',
    ],
    [
      A.Aes192KeyWrap,
      '000102030405060708090A0B0C0D0E0F1011121314151617',
      '00112233445566778899AABBCCDDEEFF0001020304050607',
      '031D33264E15D332 68F24EC260743EDC E1C6C7DDEE725A93 6BA814915C6762D2',
    ],
    [
      A.Aes256KeyWrap,
      '000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F',
      '00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F',
      '28C9F404C4B810F4 CBCCB35CFB87F826 3F5786E2D80ED326 CBC7F0E71A99F43B FB988B9B7A02DD21',
    ],
  ])('%s matches the RFC 3394 vector both ways', (uri, kek, key, wrapped) => {
    expect(wrapKey(uri, hex(key), hex(kek)).toString('hex')).toBe(hex(wrapped).toString('hex'));
    expect(unwrapKey(uri, hex(wrapped), hex(kek)).toString('hex')).toBe(hex(key).toString('hex'));
    expect(unwrapKey(uri, hex(wrapped), createSecretKey(hex(kek))).toString('hex')).toBe(
      hex(key).toString('hex'),
    );
  });

  it('fails the integrity check with the one DecryptionError: wrong KEK, flipped bit, truncation', () => {
    const kek = randomBytes(32);
    const wrapped = wrapKey(A.Aes256KeyWrap, randomBytes(32), kek);
    expect(() => unwrapKey(A.Aes256KeyWrap, wrapped, randomBytes(32))).toThrow(DecryptionError);
    const flipped = Buffer.from(wrapped);
    flipped[10] ^= 0x80;
    expect(() => unwrapKey(A.Aes256KeyWrap, flipped, kek)).toThrow(DecryptionError);
    expect(() => unwrapKey(A.Aes256KeyWrap, wrapped.subarray(0, 32), kek)).toThrow(DecryptionError);
    expect(() => unwrapKey(A.Aes256KeyWrap, wrapped, kek.subarray(0, 16))).toThrow(DecryptionError);
    expect(() => unwrapKey(A.Aes256KeyWrap, wrapped, kek, { expectedKeyLength: 16 })).toThrow(
      DecryptionError,
    );
  });
});

describe('Triple-DES key wrap (RFC 3217)', () => {
  it('round-trips a 24-byte key, with a fresh random IV each time', () => {
    const kek = randomBytes(24);
    const key = randomBytes(24);
    const a = wrapKey(A.TripleDesKeyWrap, key, kek);
    const b = wrapKey(A.TripleDesKeyWrap, key, kek);
    expect(a).toHaveLength(40);
    expect(a.equals(b)).toBe(false);
    expect(unwrapKey(A.TripleDesKeyWrap, a, kek).equals(key)).toBe(true);
    expect(unwrapKey(A.TripleDesKeyWrap, b, kek).equals(key)).toBe(true);
    expect(() => unwrapKey(A.TripleDesKeyWrap, a, randomBytes(24))).toThrow(DecryptionError);
  });
});

describe('RSA-OAEP-MGF1P key transport', () => {
  it('wraps to the public key and unwraps with the private key; OpenSSL unwraps it too', () => {
    const { publicKey, privateKey, keyPath } = serviceParty();
    const key = randomBytes(32);
    const wrapped = wrapKey(A.RsaOaepKeyWrap, key, publicKey);
    expect(wrapped).toHaveLength(256);
    expect(unwrapKey(A.RsaOaepKeyWrap, wrapped, privateKey, { expectedKeyLength: 32 }).equals(key)).toBe(
      true,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indigo-oaep-'));
    try {
      fs.writeFileSync(path.join(dir, 'ek'), wrapped);
      const openssl = spawnSync('openssl', [
        'pkeyutl',
        '-decrypt',
        '-inkey',
        keyPath,
        '-in',
        path.join(dir, 'ek'),
        '-pkeyopt',
        'rsa_padding_mode:oaep',
      ]);
      expect(openssl.status).toBe(0);
      expect(openssl.stdout.equals(key)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries OAEPparams as the OAEP label', () => {
    const { publicKey, privateKey } = serviceParty();
    const key = randomBytes(16);
    const oaepParams = Buffer.from('label');
    const wrapped = wrapKey(A.RsaOaepKeyWrap, key, publicKey, { oaepParams });
    expect(unwrapKey(A.RsaOaepKeyWrap, wrapped, privateKey, { oaepParams }).equals(key)).toBe(true);
    expect(() => unwrapKey(A.RsaOaepKeyWrap, wrapped, privateKey)).toThrow(DecryptionError);
  });

  it('answers a wrong key, corruption or a wrong length with the one DecryptionError', () => {
    const { publicKey, privateKey } = serviceParty();
    const wrapped = wrapKey(A.RsaOaepKeyWrap, randomBytes(32), publicKey);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => unwrapKey(A.RsaOaepKeyWrap, wrapped, other.privateKey)).toThrow(DecryptionError);
    const corrupted = Buffer.from(wrapped);
    corrupted[100] ^= 1;
    expect(() => unwrapKey(A.RsaOaepKeyWrap, corrupted, privateKey)).toThrow(DecryptionError);
    expect(() => unwrapKey(A.RsaOaepKeyWrap, wrapped.subarray(1), privateKey)).toThrow(DecryptionError);
    expect(() => unwrapKey(A.RsaOaepKeyWrap, wrapped, privateKey, { expectedKeyLength: 16 })).toThrow(
      DecryptionError,
    );
  });

  it('refuses a ciphertext shorter than the modulus even when it is the same integer (leading zero dropped)', () => {
    const { publicKey, privateKey } = serviceParty();
    let wrapped: Buffer;
    do wrapped = wrapKey(A.RsaOaepKeyWrap, randomBytes(32), publicKey);
    while (wrapped[0] !== 0);
    expect(() => unwrapKey(A.RsaOaepKeyWrap, wrapped.subarray(1), privateKey)).toThrow(DecryptionError);
    let v15: Buffer;
    const key = randomBytes(32);
    do v15 = wrapKey(A.RsaV15KeyWrap, key, publicKey);
    while (v15[0] !== 0);
    const unwrapped = unwrapKey(A.RsaV15KeyWrap, v15.subarray(1), privateKey, { expectedKeyLength: 32 });
    expect(unwrapped.equals(key)).toBe(false);
  });

  it('needs RSA keys: a symmetric key or a public key to unwrap with are refused', () => {
    const { publicKey } = serviceParty();
    expect(() => wrapKey(A.RsaOaepKeyWrap, randomBytes(32), randomBytes(32))).toThrow(CryptoKeyError);
    expect(() => unwrapKey(A.RsaOaepKeyWrap, randomBytes(256), publicKey)).toThrow(CryptoKeyError);
  });
});

describe('RSA-1_5 key transport with implicit rejection', () => {
  it('unwraps a key OpenSSL wrapped with PKCS#1 v1.5 (independent check)', () => {
    const { privateKey, certPath } = serviceParty();
    const key = randomBytes(32);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indigo-rsa15-'));
    try {
      fs.writeFileSync(path.join(dir, 'key'), key);
      const openssl = spawnSync('openssl', [
        'pkeyutl',
        '-encrypt',
        '-certin',
        '-inkey',
        certPath,
        '-in',
        path.join(dir, 'key'),
        '-pkeyopt',
        'rsa_padding_mode:pkcs1',
      ]);
      expect(openssl.status).toBe(0);
      expect(
        unwrapKey(A.RsaV15KeyWrap, openssl.stdout, privateKey, { expectedKeyLength: 32 }).equals(key),
      ).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('round-trips its own wrap', () => {
    const { publicKey, privateKey } = serviceParty();
    const key = randomBytes(24);
    const wrapped = wrapKey(A.RsaV15KeyWrap, key, publicKey);
    expect(unwrapKey(A.RsaV15KeyWrap, wrapped, privateKey, { expectedKeyLength: 24 }).equals(key)).toBe(true);
  });

  it('returns a random key of the expected length instead of failing: wrong key, bad padding, wrong length', () => {
    const { publicKey, privateKey } = serviceParty();
    const key = randomBytes(32);
    const wrapped = wrapKey(A.RsaV15KeyWrap, key, publicKey);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // A block that is not 00 02 PS 00 M: raw RSA of an arbitrary value below the modulus.
    const garbage = publicEncrypt(
      { key: publicKey, padding: constants.RSA_NO_PADDING },
      Buffer.concat([Buffer.from([0, 1]), randomBytes(254)]),
    );
    const noSeparator = publicEncrypt(
      { key: publicKey, padding: constants.RSA_NO_PADDING },
      Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(254, 0x55)]),
    );
    const shortPadding = publicEncrypt(
      { key: publicKey, padding: constants.RSA_NO_PADDING },
      Buffer.concat([Buffer.from([0, 2]), Buffer.alloc(5, 0x55), Buffer.from([0]), randomBytes(248)]),
    );
    for (const [input, unwrapping, expectedKeyLength] of [
      [wrapped, other.privateKey, 32],
      [garbage, privateKey, 32],
      [noSeparator, privateKey, 32],
      [shortPadding, privateKey, 248],
      [wrapped, privateKey, 16],
      [wrapped.subarray(3), privateKey, 32],
    ] as const) {
      const first = unwrapKey(A.RsaV15KeyWrap, input, unwrapping, { expectedKeyLength });
      const second = unwrapKey(A.RsaV15KeyWrap, input, unwrapping, { expectedKeyLength });
      expect(first).toHaveLength(expectedKeyLength);
      expect(first.equals(second)).toBe(false); // random each time, so nothing about the block leaks
      expect(first.equals(key)).toBe(false);
    }
    // The shortest valid padding (8 octets of PS) is accepted.
    const minimal = Buffer.concat([
      Buffer.from([0, 2]),
      Buffer.alloc(8, 0x55),
      Buffer.from([0]),
      randomBytes(245),
    ]);
    const minimalWrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, minimal);
    expect(
      unwrapKey(A.RsaV15KeyWrap, minimalWrapped, privateKey, { expectedKeyLength: 245 }).equals(
        minimal.subarray(11),
      ),
    ).toBe(true);
  });

  it('insists on the expected key length', () => {
    expect(() => unwrapKey(A.RsaV15KeyWrap, randomBytes(256), serviceParty().privateKey)).toThrow(
      CryptoKeyError,
    );
  });
});

describe('key wrap URIs', () => {
  it('classifies RSA as asymmetric and the key wraps as symmetric; refuses unknown URIs', () => {
    expect(getKeyWrapAlgorithm(A.RsaOaepKeyWrap).kind).toBe('asymmetric');
    expect(getKeyWrapAlgorithm(A.RsaV15KeyWrap).kind).toBe('asymmetric');
    expect(getKeyWrapAlgorithm(A.Aes128KeyWrap).kind).toBe('symmetric');
    expect(getKeyWrapAlgorithm(A.TripleDesKeyWrap).kind).toBe('symmetric');
    expect(() => getKeyWrapAlgorithm('http://www.w3.org/2009/xmlenc11#rsa-oaep')).toThrow(
      UnsupportedAlgorithmError,
    );
    expect(() => wrapKey('urn:unknown', randomBytes(16), randomBytes(16))).toThrow(UnsupportedAlgorithmError);
  });
});
