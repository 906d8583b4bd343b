/**
 * The algorithm suites against the table of spec/algorithms.md §2 (itself from WCF's
 * SecurityAlgorithmSuite.cs), and the receive-side checks.
 */
import { SecurityAlgorithms as A } from '../../src/crypto';
import {
  AlgorithmSuiteViolationError,
  SecurityAlgorithmSuite as S,
} from '../../src/security/SecurityAlgorithmSuite';

const xenc = 'http://www.w3.org/2001/04/xmlenc#';
const ds = 'http://www.w3.org/2000/09/xmldsig#';
const more = 'http://www.w3.org/2001/04/xmldsig-more#';

// name, encryption, sym. key wrap, asym. key wrap, sym. sig, asym. sig, digest, enc DK, sig DK, default key, accepted [min,max]
const TABLE = [
  ['Basic256', 'aes256-cbc', 'kw-aes256', 'rsa-oaep-mgf1p', 'sha1', 256, 192, 256, [256, 256]],
  ['Basic192', 'aes192-cbc', 'kw-aes192', 'rsa-oaep-mgf1p', 'sha1', 192, 192, 192, [192, 256]],
  ['Basic128', 'aes128-cbc', 'kw-aes128', 'rsa-oaep-mgf1p', 'sha1', 128, 128, 128, [128, 256]],
  ['TripleDes', 'tripledes-cbc', 'kw-tripledes', 'rsa-oaep-mgf1p', 'sha1', 192, 192, 192, [192, 256]],
  ['Basic256Rsa15', 'aes256-cbc', 'kw-aes256', 'rsa-1_5', 'sha1', 256, 192, 256, [256, 256]],
  ['Basic192Rsa15', 'aes192-cbc', 'kw-aes192', 'rsa-1_5', 'sha1', 192, 192, 192, [192, 256]],
  ['Basic128Rsa15', 'aes128-cbc', 'kw-aes128', 'rsa-1_5', 'sha1', 128, 128, 128, [128, 256]],
  ['TripleDesRsa15', 'tripledes-cbc', 'kw-tripledes', 'rsa-1_5', 'sha1', 192, 192, 192, [192, 256]],
  ['Basic256Sha256', 'aes256-cbc', 'kw-aes256', 'rsa-oaep-mgf1p', 'sha256', 256, 192, 256, [256, 256]],
  ['Basic192Sha256', 'aes192-cbc', 'kw-aes192', 'rsa-oaep-mgf1p', 'sha256', 192, 192, 192, [192, 256]],
  ['Basic128Sha256', 'aes128-cbc', 'kw-aes128', 'rsa-oaep-mgf1p', 'sha256', 128, 128, 128, [128, 256]],
  ['TripleDesSha256', 'tripledes-cbc', 'kw-tripledes', 'rsa-oaep-mgf1p', 'sha256', 192, 192, 192, [192, 256]],
  ['Basic256Sha256Rsa15', 'aes256-cbc', 'kw-aes256', 'rsa-1_5', 'sha256', 256, 192, 256, [256, 256]],
  ['Basic192Sha256Rsa15', 'aes192-cbc', 'kw-aes192', 'rsa-1_5', 'sha256', 192, 192, 192, [192, 256]],
  ['Basic128Sha256Rsa15', 'aes128-cbc', 'kw-aes128', 'rsa-1_5', 'sha256', 128, 128, 128, [128, 256]],
  ['TripleDesSha256Rsa15', 'tripledes-cbc', 'kw-tripledes', 'rsa-1_5', 'sha256', 192, 192, 192, [192, 256]],
] as const;

describe('SecurityAlgorithmSuite', () => {
  it.each(TABLE)(
    '%s has the algorithms and lengths of spec/algorithms.md §2',
    (name, encryption, symWrap, asymWrap, hash, encDk, sigDk, keyLength, [min, max]) => {
      const suite = S.fromName(name);
      expect(suite).toBeDefined();
      expect(suite?.definition()).toEqual({
        name,
        defaultCanonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
        defaultDigestAlgorithm: hash === 'sha1' ? `${ds}sha1` : `${xenc}sha256`,
        defaultEncryptionAlgorithm: `${xenc}${encryption}`,
        defaultSymmetricKeyWrapAlgorithm: `${xenc}${symWrap}`,
        defaultAsymmetricKeyWrapAlgorithm: `${xenc}${asymWrap}`,
        defaultSymmetricSignatureAlgorithm: hash === 'sha1' ? `${ds}hmac-sha1` : `${more}hmac-sha256`,
        defaultAsymmetricSignatureAlgorithm: hash === 'sha1' ? `${ds}rsa-sha1` : `${more}rsa-sha256`,
        defaultEncryptionKeyDerivationLength: encDk,
        defaultSignatureKeyDerivationLength: sigDk,
        defaultSymmetricKeyLength: keyLength,
        minSymmetricKeyLength: min,
        maxSymmetricKeyLength: max,
        minAsymmetricKeyLength: 1024,
        maxAsymmetricKeyLength: 4096,
      });
      expect(String(suite)).toBe(name);
    },
  );

  it('has Basic256 as Default and Basic128 as KerberosDefault; "Default" is a config name too', () => {
    expect(S.Default).toBe(S.Basic256);
    expect(S.KerberosDefault).toBe(S.Basic128);
    expect(S.fromName('Default')).toBe(S.Basic256);
    expect(S.fromName('Basic512')).toBeUndefined();
    expect(S.all).toHaveLength(16);
  });

  it('accepts on receive only the single default of each kind (WCF compares for equality)', () => {
    const suite = S.Basic256;
    expect(suite.isAsymmetricSignatureAlgorithmSupported(A.RsaSha1Signature)).toBe(true);
    expect(suite.isAsymmetricSignatureAlgorithmSupported(A.RsaSha256Signature)).toBe(false);
    expect(suite.isSymmetricSignatureAlgorithmSupported(A.HmacSha256Signature)).toBe(false);
    expect(suite.isDigestAlgorithmSupported(A.Sha256Digest)).toBe(false);
    expect(suite.isEncryptionAlgorithmSupported(A.Aes128Encryption)).toBe(false);
    expect(suite.isAsymmetricKeyWrapAlgorithmSupported(A.RsaV15KeyWrap)).toBe(false);
    expect(suite.isSymmetricKeyWrapAlgorithmSupported(A.Aes128KeyWrap)).toBe(false);
    expect(suite.isCanonicalizationAlgorithmSupported(A.ExclusiveC14nWithComments)).toBe(false);
    expect(S.Basic256Sha256.isDigestAlgorithmSupported(A.Sha1Digest)).toBe(false);
    // Both P_SHA1 URIs, whatever the SC version.
    for (const uri of [A.Psha1KeyDerivation, A.Psha1KeyDerivationDec2005]) {
      expect(suite.isSignatureKeyDerivationAlgorithmSupported(uri)).toBe(true);
      expect(suite.isEncryptionKeyDerivationAlgorithmSupported(uri)).toBe(true);
    }
  });

  it('throws AlgorithmSuiteViolationError naming the suite, the use and the algorithm', () => {
    expect(() => S.Basic256.ensureAcceptableAlgorithm('AsymmetricSignature', A.RsaSha256Signature)).toThrow(
      new AlgorithmSuiteViolationError('Basic256', 'AsymmetricSignature', A.RsaSha256Signature),
    );
    expect(() => S.Basic256.ensureAcceptableAlgorithm('Digest', A.Sha1Digest)).not.toThrow();
    try {
      S.Basic128.ensureAcceptableAlgorithm('Encryption', A.Aes256Encryption);
    } catch (err) {
      expect(err).toBeInstanceOf(AlgorithmSuiteViolationError);
      expect(err).toMatchObject({ suite: 'Basic128', usage: 'Encryption', value: A.Aes256Encryption });
    }
  });

  it('checks key sizes as WCF does: a Basic256 service rejects a 128-bit SCT and a 16-byte signature DK', () => {
    const suite = S.Basic256;
    expect(() => suite.ensureAcceptableSymmetricKeySize('signature', 192, 256)).not.toThrow();
    expect(() => suite.ensureAcceptableSymmetricKeySize('signature', 256, 256)).not.toThrow(); // Mono's 32-byte DK
    expect(() => suite.ensureAcceptableSymmetricKeySize('signature', 128, 256)).toThrow(
      AlgorithmSuiteViolationError,
    );
    expect(() => suite.ensureAcceptableSymmetricKeySize('encryption', 192, 256)).toThrow(
      AlgorithmSuiteViolationError,
    );
    expect(() => suite.ensureAcceptableSymmetricKeySize('signature', 192, 128)).toThrow(
      AlgorithmSuiteViolationError,
    );
    expect(() => suite.ensureAcceptableSymmetricKeySize('encryption', 256)).not.toThrow();
    expect(() => suite.ensureAcceptableSymmetricKeySize('encryption', 128)).toThrow(
      AlgorithmSuiteViolationError,
    );
    expect(() => S.Basic128.ensureAcceptableSymmetricKeySize('encryption', 128, 256)).not.toThrow();
    expect(() => suite.ensureAcceptableAsymmetricKeySize(2048)).not.toThrow();
    expect(() => suite.ensureAcceptableAsymmetricKeySize(512)).toThrow(AlgorithmSuiteViolationError);
    expect(() => suite.ensureAcceptableAsymmetricKeySize(8192)).toThrow(AlgorithmSuiteViolationError);
  });

  it("builds user-defined suites from the same fields, e.g. Basic256 with Mono's RSA-SHA256 endorsing signature", () => {
    const mono = S.Basic256.with({
      name: 'Basic256MonoEndorsing',
      defaultAsymmetricSignatureAlgorithm: A.RsaSha256Signature,
    });
    expect(mono.isAsymmetricSignatureAlgorithmSupported(A.RsaSha256Signature)).toBe(true);
    expect(mono.isSymmetricSignatureAlgorithmSupported(A.HmacSha1Signature)).toBe(true);
    expect(S.Basic256.isAsymmetricSignatureAlgorithmSupported(A.RsaSha256Signature)).toBe(false); // unchanged
    const custom = new S({ ...S.Basic128.definition(), name: 'Custom', minSymmetricKeyLength: 256 });
    expect(custom.isSymmetricKeyLengthSupported(128)).toBe(false);
    expect(
      () => new S({ ...S.Basic128.definition(), name: 'Odd', defaultSignatureKeyDerivationLength: 100 }),
    ).toThrow(RangeError);
  });

  it('lets a subclass override a check, as WCF suites are subclassed', () => {
    class LenientDigest extends S {
      override isDigestAlgorithmSupported(algorithm: string): boolean {
        return algorithm === A.Sha1Digest || algorithm === A.Sha256Digest;
      }
    }
    const suite = new LenientDigest(S.Basic256.definition());
    expect(suite.isAlgorithmSupported('Digest', A.Sha256Digest)).toBe(true);
    expect(() => suite.ensureAcceptableAlgorithm('Digest', A.Sha256Digest)).not.toThrow();
  });
});
