import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  CryptoKeyError,
  decryptBlock,
  DecryptionError,
  encryptBlock,
  getBlockEncryptionAlgorithm,
  SecurityAlgorithms as A,
  UnsupportedAlgorithmError,
} from '../../src/crypto';

const CIPHERS = [
  [A.Aes128Encryption, 16, 16],
  [A.Aes192Encryption, 24, 16],
  [A.Aes256Encryption, 32, 16],
  [A.TripleDesEncryption, 24, 8],
] as const;

function decryptionFailure(f: () => unknown): DecryptionError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(DecryptionError);
    expect((err as Error).message).toBe(DecryptionError.MESSAGE);
    expect((err as Error).cause).toBeUndefined();
    return err as DecryptionError;
  }
  throw new Error('expected a DecryptionError');
}

describe('block encryption (XML Encryption §5.2, CBC)', () => {
  it('decrypts the NIST SP 800-38A F.2.1 CBC-AES128 vector, whose last block reads as a full padding block', () => {
    // The fourth plaintext block ends in 0x10: as XML Encryption padding it is one whole block of padding.
    const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
    const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
    const ciphertext = Buffer.from(
      '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
        '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7',
      'hex',
    );
    const plaintext = decryptBlock(A.Aes128Encryption, key, Buffer.concat([iv, ciphertext]));
    expect(plaintext.toString('hex')).toBe(
      '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52ef',
    );
  });

  it.each(CIPHERS)('%s round-trips every length around the block size', (uri, keyLength, blockSize) => {
    const key = randomBytes(keyLength);
    for (const length of [0, 1, blockSize - 1, blockSize, blockSize + 1, 3 * blockSize, 2000]) {
      const plaintext = randomBytes(length);
      const data = encryptBlock(uri, key, plaintext);
      // IV ‖ cipher text, padded with 1…blockSize octets.
      expect(data.length).toBe(blockSize + (Math.floor(length / blockSize) + 1) * blockSize);
      expect(decryptBlock(uri, key, data).equals(plaintext)).toBe(true);
    }
  });

  it.each(CIPHERS)(
    '%s draws a fresh random IV (and padding) for every encryption',
    (uri, keyLength, blockSize) => {
      const key = randomBytes(keyLength);
      const plaintext = Buffer.from('<Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add>');
      const ivs = new Set<string>();
      for (let i = 0; i < 20; i++)
        ivs.add(encryptBlock(uri, key, plaintext).subarray(0, blockSize).toString('hex'));
      expect(ivs.size).toBe(20);
    },
  );

  it('writes ISO 10126-style padding: random octets, the last one the padding length', () => {
    const key = randomBytes(32);
    const data = encryptBlock(A.Aes256Encryption, key, Buffer.alloc(5, 0x41));
    const decipher = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16)).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
    expect(padded).toHaveLength(16);
    expect(padded[15]).toBe(11);
    expect(padded.subarray(0, 5).equals(Buffer.alloc(5, 0x41))).toBe(true);
    // The other padding octets are random, not PKCS#7's copies of the length.
    expect(padded.subarray(5, 15).equals(Buffer.alloc(10, 11))).toBe(false);
  });

  it('accepts any padding octets but the last (PKCS#7-style zeros or junk alike)', () => {
    const key = randomBytes(16);
    const iv = randomBytes(16);
    for (const pad of [Buffer.from([0, 0, 0, 4]), Buffer.from([9, 200, 17, 4]), Buffer.from([4, 4, 4, 4])]) {
      const block = Buffer.concat([Buffer.from('hello world!'), pad]);
      const cipher = createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
      const data = Buffer.concat([iv, cipher.update(block), cipher.final()]);
      expect(decryptBlock(A.Aes128Encryption, key, data).toString()).toBe('hello world!');
    }
  });

  it('answers every failure with the one DecryptionError: bad padding, wrong key, truncation, misalignment', () => {
    const key = randomBytes(32);
    const data = encryptBlock(A.Aes256Encryption, key, Buffer.from('<Body>secret</Body>'));
    const iv = randomBytes(16);
    for (const last of [0, 17, 255]) {
      const block = Buffer.alloc(16, 1);
      block[15] = last;
      const cipher = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
      decryptionFailure(() =>
        decryptBlock(A.Aes256Encryption, key, Buffer.concat([iv, cipher.update(block), cipher.final()])),
      );
    }
    decryptionFailure(() => decryptBlock(A.Aes256Encryption, key, data.subarray(0, 16))); // IV only
    decryptionFailure(() => decryptBlock(A.Aes256Encryption, key, data.subarray(0, data.length - 1)));
    decryptionFailure(() => decryptBlock(A.Aes256Encryption, key.subarray(0, 16), data)); // wrong key size
    // A wrong key gives garbage whose last octet is a valid length 1/16 of the time: then the caller's parse
    // fails, with the same error (EncryptedData.ts). Here: count that both outcomes occur and nothing else.
    let failures = 0;
    for (let i = 0; i < 64; i++) {
      try {
        decryptBlock(A.Aes256Encryption, randomBytes(32), data);
      } catch (err) {
        expect(err).toBeInstanceOf(DecryptionError);
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(32);
  });

  it('refuses a key of the wrong length when encrypting, and unknown algorithms', () => {
    expect(() => encryptBlock(A.Aes256Encryption, randomBytes(16), Buffer.from('x'))).toThrow(CryptoKeyError);
    expect(() => getBlockEncryptionAlgorithm('http://www.w3.org/2001/04/xmlenc#des-cbc')).toThrow(
      UnsupportedAlgorithmError,
    );
    expect(() => getBlockEncryptionAlgorithm('http://www.w3.org/2009/xmlenc11#aes256-gcm')).toThrow(
      UnsupportedAlgorithmError,
    );
  });
});
