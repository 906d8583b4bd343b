import { createSecretKey, generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  computeDigest,
  CryptoKeyError,
  getDigestAlgorithm,
  getSignatureAlgorithm,
  SecurityAlgorithms as A,
  UnsupportedAlgorithmError,
} from '../../src/crypto';
import { serviceParty } from './testKeys';

describe('digests by URI', () => {
  // FIPS 180 "abc" examples.
  it.each([
    [A.Sha1Digest, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [A.Sha256Digest, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      A.Sha384Digest,
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    ],
    [
      A.Sha512Digest,
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ],
  ])('%s digests "abc" as FIPS 180 says', (uri, hex) => {
    expect(computeDigest(uri, 'abc').toString('hex')).toBe(hex);
    expect(getDigestAlgorithm(uri).length).toBe(hex.length / 2);
  });

  it('refuses other digest URIs (MD5, RIPEMD-160) with UnsupportedAlgorithmError', () => {
    expect(() => getDigestAlgorithm('http://www.w3.org/2001/04/xmldsig-more#md5')).toThrow(
      UnsupportedAlgorithmError,
    );
    expect(() => computeDigest('http://www.w3.org/2001/04/xmlenc#ripemd160', 'abc')).toThrow(
      UnsupportedAlgorithmError,
    );
  });
});

describe('HMAC signature methods', () => {
  // RFC 2202 §3 test case 2 and RFC 4231 §4.3 test case 2 ("Jefe").
  it('HMAC-SHA1 matches RFC 2202 test case 2', () => {
    const mac = getSignatureAlgorithm(A.HmacSha1Signature).sign(
      Buffer.from('Jefe'),
      Buffer.from('what do ya want for nothing?'),
    );
    expect(mac.toString('hex')).toBe('effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  });

  it('HMAC-SHA256 matches RFC 4231 test case 2', () => {
    const alg = getSignatureAlgorithm(A.HmacSha256Signature);
    const mac = alg.sign(Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?'));
    expect(mac.toString('hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(alg.macBits).toBe(256);
  });

  it('verifies with the same key as raw bytes or as a secret KeyObject, and rejects any other MAC', () => {
    const alg = getSignatureAlgorithm(A.HmacSha1Signature);
    const key = Buffer.from('0123456789abcdef0123');
    const data = Buffer.from('<SignedInfo/>');
    const mac = alg.sign(key, data);
    expect(alg.verify(key, data, mac)).toBe(true);
    expect(alg.verify(createSecretKey(key), data, mac)).toBe(true);
    const tampered = Buffer.from(mac);
    tampered[19] ^= 1;
    expect(alg.verify(key, data, tampered)).toBe(false);
    expect(alg.verify(key, data, mac.subarray(0, 10))).toBe(false);
  });

  it('refuses an RSA key for HMAC (key confusion) and an empty key', () => {
    const alg = getSignatureAlgorithm(A.HmacSha1Signature);
    const { publicKey } = serviceParty();
    expect(() => alg.verify(publicKey, Buffer.from('x'), Buffer.alloc(20))).toThrow(CryptoKeyError);
    expect(() => alg.sign(Buffer.alloc(0), Buffer.from('x'))).toThrow(CryptoKeyError);
  });
});

describe('RSA signature methods (PKCS#1 v1.5)', () => {
  const data = Buffer.from('<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#"></SignedInfo>');

  it.each([
    [A.RsaSha1Signature, 'sha1'],
    [A.RsaSha256Signature, 'sha256'],
  ])('%s signatures verify with OpenSSL (independent check)', (uri, digest) => {
    const { privateKey, keyPath, certPath } = serviceParty();
    const signature = getSignatureAlgorithm(uri).sign(privateKey, data);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indigo-rsa-'));
    try {
      fs.writeFileSync(path.join(dir, 'data'), data);
      fs.writeFileSync(path.join(dir, 'sig'), signature);
      const pub = spawnSync('openssl', ['x509', '-in', certPath, '-pubkey', '-noout'], { encoding: 'utf8' });
      fs.writeFileSync(path.join(dir, 'pub.pem'), pub.stdout);
      const verify = spawnSync(
        'openssl',
        [
          'dgst',
          `-${digest}`,
          '-verify',
          path.join(dir, 'pub.pem'),
          '-signature',
          path.join(dir, 'sig'),
          path.join(dir, 'data'),
        ],
        { encoding: 'utf8' },
      );
      expect(verify.stdout.trim()).toBe('Verified OK');
      // And the other way: OpenSSL signs, Indigo verifies.
      const theirs = spawnSync('openssl', ['dgst', `-${digest}`, '-sign', keyPath, path.join(dir, 'data')]);
      expect(getSignatureAlgorithm(uri).verify(serviceParty().publicKey, data, theirs.stdout)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a signature by another key, over other data, or of the other hash', () => {
    const { privateKey, publicKey } = serviceParty();
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sha1 = getSignatureAlgorithm(A.RsaSha1Signature);
    const signature = sha1.sign(privateKey, data);
    expect(sha1.verify(publicKey, data, signature)).toBe(true);
    expect(sha1.verify(other.publicKey, data, signature)).toBe(false);
    expect(sha1.verify(publicKey, Buffer.concat([data, Buffer.from(' ')]), signature)).toBe(false);
    expect(getSignatureAlgorithm(A.RsaSha256Signature).verify(publicKey, data, signature)).toBe(false);
  });

  it('needs an RSA key: raw bytes or a public key for signing are refused', () => {
    const sha1 = getSignatureAlgorithm(A.RsaSha1Signature);
    expect(() => sha1.verify(Buffer.from('secret'), data, Buffer.alloc(256))).toThrow(CryptoKeyError);
    expect(() => sha1.sign(serviceParty().publicKey, data)).toThrow(CryptoKeyError);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => sha1.sign(ec.privateKey, data)).toThrow(CryptoKeyError);
  });

  it('refuses other SignatureMethod URIs (DSA, RSA-SHA512, HMAC-MD5)', () => {
    for (const uri of [
      'http://www.w3.org/2000/09/xmldsig#dsa-sha1',
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
      'http://www.w3.org/2001/04/xmldsig-more#hmac-md5',
    ]) {
      expect(() => getSignatureAlgorithm(uri)).toThrow(UnsupportedAlgorithmError);
    }
  });
});
