/**
 * WCF's SecurityAlgorithmSuite: which algorithms a security binding writes and — on receive — the only ones
 * it accepts (spec/algorithms.md §2; RS SecurityAlgorithmSuite.cs). Each `is…Supported` compares with the
 * suite's single default, as WCF does, so a message using an algorithm outside the suite is rejected.
 *
 * The suites are data: a user-defined suite is `new SecurityAlgorithmSuite({...})` with the same fields (or
 * a subclass overriding an `is…Supported` method, as in WCF).
 */
import { SecurityAlgorithms as A } from '../crypto/SecurityAlgorithms';

/** What an algorithm is used for, in WCF's words ("SuiteDoesNotAcceptAlgorithm … 'Digest'"). */
export type AlgorithmUsage =
  | 'Canonicalization'
  | 'Digest'
  | 'Encryption'
  | 'SymmetricKeyWrap'
  | 'AsymmetricKeyWrap'
  | 'SymmetricSignature'
  | 'AsymmetricSignature'
  | 'SignatureKeyDerivation'
  | 'EncryptionKeyDerivation';

export interface SecurityAlgorithmSuiteDefinition {
  /** The config name (`algorithmSuite="Basic256"`), also what toString() returns. */
  readonly name: string;
  readonly defaultCanonicalizationAlgorithm: string;
  readonly defaultDigestAlgorithm: string;
  readonly defaultEncryptionAlgorithm: string;
  readonly defaultSymmetricKeyWrapAlgorithm: string;
  readonly defaultAsymmetricKeyWrapAlgorithm: string;
  readonly defaultSymmetricSignatureAlgorithm: string;
  readonly defaultAsymmetricSignatureAlgorithm: string;
  /** Bits; the length of an encryption derived key (and the least accepted on receive). */
  readonly defaultEncryptionKeyDerivationLength: number;
  /** Bits; the length of a signature derived key (and the least accepted on receive). */
  readonly defaultSignatureKeyDerivationLength: number;
  /** Bits; the length of the symmetric keys this side makes (SCT, ephemeral EncryptedKey). */
  readonly defaultSymmetricKeyLength: number;
  /** Bits, inclusive: the symmetric (source) key lengths accepted. */
  readonly minSymmetricKeyLength: number;
  readonly maxSymmetricKeyLength: number;
  /** Bits, inclusive: the asymmetric key sizes accepted; 1024…4096 for every WCF suite. */
  readonly minAsymmetricKeyLength?: number;
  readonly maxAsymmetricKeyLength?: number;
}

/** An algorithm or key size outside the suite (WCF: MessageSecurityException "SuiteDoesNotAcceptAlgorithm"). */
export class AlgorithmSuiteViolationError extends Error {
  override readonly name: string = 'AlgorithmSuiteViolationError';

  constructor(
    readonly suite: string,
    readonly usage: AlgorithmUsage | 'SymmetricKeyLength' | 'AsymmetricKeyLength',
    /** The algorithm URI, or the key length in bits. */
    readonly value: string | number,
  ) {
    super(
      typeof value === 'number'
        ? `The algorithm suite ${suite} does not accept a ${usage === 'AsymmetricKeyLength' ? 'asymmetric' : 'symmetric'} key of ${value} bits.`
        : `The algorithm suite ${suite} does not accept the algorithm '${value}' for ${usage}.`,
    );
  }
}

const KEY_DERIVATION = new Set<string>([A.Psha1KeyDerivation, A.Psha1KeyDerivationDec2005]);

export class SecurityAlgorithmSuite implements SecurityAlgorithmSuiteDefinition {
  readonly name: string;
  readonly defaultCanonicalizationAlgorithm: string;
  readonly defaultDigestAlgorithm: string;
  readonly defaultEncryptionAlgorithm: string;
  readonly defaultSymmetricKeyWrapAlgorithm: string;
  readonly defaultAsymmetricKeyWrapAlgorithm: string;
  readonly defaultSymmetricSignatureAlgorithm: string;
  readonly defaultAsymmetricSignatureAlgorithm: string;
  readonly defaultEncryptionKeyDerivationLength: number;
  readonly defaultSignatureKeyDerivationLength: number;
  readonly defaultSymmetricKeyLength: number;
  readonly minSymmetricKeyLength: number;
  readonly maxSymmetricKeyLength: number;
  readonly minAsymmetricKeyLength: number;
  readonly maxAsymmetricKeyLength: number;

  constructor(definition: SecurityAlgorithmSuiteDefinition) {
    for (const bits of [
      definition.defaultEncryptionKeyDerivationLength,
      definition.defaultSignatureKeyDerivationLength,
      definition.defaultSymmetricKeyLength,
    ]) {
      // WCF: "Psha1KeyLengthInvalid" — derived and generated keys are whole octets.
      if (!Number.isInteger(bits) || bits <= 0 || bits % 8 !== 0) {
        throw new RangeError(
          `Algorithm suite ${definition.name}: ${bits} is not a key length in whole octets.`,
        );
      }
    }
    if (definition.minSymmetricKeyLength > definition.maxSymmetricKeyLength) {
      throw new RangeError(
        `Algorithm suite ${definition.name}: minSymmetricKeyLength exceeds maxSymmetricKeyLength.`,
      );
    }
    this.name = definition.name;
    this.defaultCanonicalizationAlgorithm = definition.defaultCanonicalizationAlgorithm;
    this.defaultDigestAlgorithm = definition.defaultDigestAlgorithm;
    this.defaultEncryptionAlgorithm = definition.defaultEncryptionAlgorithm;
    this.defaultSymmetricKeyWrapAlgorithm = definition.defaultSymmetricKeyWrapAlgorithm;
    this.defaultAsymmetricKeyWrapAlgorithm = definition.defaultAsymmetricKeyWrapAlgorithm;
    this.defaultSymmetricSignatureAlgorithm = definition.defaultSymmetricSignatureAlgorithm;
    this.defaultAsymmetricSignatureAlgorithm = definition.defaultAsymmetricSignatureAlgorithm;
    this.defaultEncryptionKeyDerivationLength = definition.defaultEncryptionKeyDerivationLength;
    this.defaultSignatureKeyDerivationLength = definition.defaultSignatureKeyDerivationLength;
    this.defaultSymmetricKeyLength = definition.defaultSymmetricKeyLength;
    this.minSymmetricKeyLength = definition.minSymmetricKeyLength;
    this.maxSymmetricKeyLength = definition.maxSymmetricKeyLength;
    this.minAsymmetricKeyLength = definition.minAsymmetricKeyLength ?? 1024;
    this.maxAsymmetricKeyLength = definition.maxAsymmetricKeyLength ?? 4096;
  }

  /** A copy with some fields changed, e.g. Basic256 with `defaultAsymmetricSignatureAlgorithm` RSA-SHA256. */
  with(changes: Partial<SecurityAlgorithmSuiteDefinition>): SecurityAlgorithmSuite {
    return new SecurityAlgorithmSuite({ ...this.definition(), ...changes });
  }

  definition(): SecurityAlgorithmSuiteDefinition {
    return {
      name: this.name,
      defaultCanonicalizationAlgorithm: this.defaultCanonicalizationAlgorithm,
      defaultDigestAlgorithm: this.defaultDigestAlgorithm,
      defaultEncryptionAlgorithm: this.defaultEncryptionAlgorithm,
      defaultSymmetricKeyWrapAlgorithm: this.defaultSymmetricKeyWrapAlgorithm,
      defaultAsymmetricKeyWrapAlgorithm: this.defaultAsymmetricKeyWrapAlgorithm,
      defaultSymmetricSignatureAlgorithm: this.defaultSymmetricSignatureAlgorithm,
      defaultAsymmetricSignatureAlgorithm: this.defaultAsymmetricSignatureAlgorithm,
      defaultEncryptionKeyDerivationLength: this.defaultEncryptionKeyDerivationLength,
      defaultSignatureKeyDerivationLength: this.defaultSignatureKeyDerivationLength,
      defaultSymmetricKeyLength: this.defaultSymmetricKeyLength,
      minSymmetricKeyLength: this.minSymmetricKeyLength,
      maxSymmetricKeyLength: this.maxSymmetricKeyLength,
      minAsymmetricKeyLength: this.minAsymmetricKeyLength,
      maxAsymmetricKeyLength: this.maxAsymmetricKeyLength,
    };
  }

  isCanonicalizationAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultCanonicalizationAlgorithm;
  }
  isDigestAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultDigestAlgorithm;
  }
  isEncryptionAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultEncryptionAlgorithm;
  }
  isSymmetricKeyWrapAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultSymmetricKeyWrapAlgorithm;
  }
  isAsymmetricKeyWrapAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultAsymmetricKeyWrapAlgorithm;
  }
  isSymmetricSignatureAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultSymmetricSignatureAlgorithm;
  }
  isAsymmetricSignatureAlgorithmSupported(algorithm: string): boolean {
    return algorithm === this.defaultAsymmetricSignatureAlgorithm;
  }
  /** Both P_SHA1 URIs (WS-SC February 2005 and 1.3) are accepted whatever the SC version (algorithms.md §1). */
  isSignatureKeyDerivationAlgorithmSupported(algorithm: string): boolean {
    return KEY_DERIVATION.has(algorithm);
  }
  isEncryptionKeyDerivationAlgorithmSupported(algorithm: string): boolean {
    return KEY_DERIVATION.has(algorithm);
  }
  isSymmetricKeyLengthSupported(bits: number): boolean {
    return bits >= this.minSymmetricKeyLength && bits <= this.maxSymmetricKeyLength;
  }
  isAsymmetricKeyLengthSupported(bits: number): boolean {
    return bits >= this.minAsymmetricKeyLength && bits <= this.maxAsymmetricKeyLength;
  }

  /** Whether `algorithm` is accepted for `usage`. */
  isAlgorithmSupported(usage: AlgorithmUsage, algorithm: string): boolean {
    switch (usage) {
      case 'Canonicalization':
        return this.isCanonicalizationAlgorithmSupported(algorithm);
      case 'Digest':
        return this.isDigestAlgorithmSupported(algorithm);
      case 'Encryption':
        return this.isEncryptionAlgorithmSupported(algorithm);
      case 'SymmetricKeyWrap':
        return this.isSymmetricKeyWrapAlgorithmSupported(algorithm);
      case 'AsymmetricKeyWrap':
        return this.isAsymmetricKeyWrapAlgorithmSupported(algorithm);
      case 'SymmetricSignature':
        return this.isSymmetricSignatureAlgorithmSupported(algorithm);
      case 'AsymmetricSignature':
        return this.isAsymmetricSignatureAlgorithmSupported(algorithm);
      case 'SignatureKeyDerivation':
        return this.isSignatureKeyDerivationAlgorithmSupported(algorithm);
      case 'EncryptionKeyDerivation':
        return this.isEncryptionKeyDerivationAlgorithmSupported(algorithm);
    }
  }

  /** Throws AlgorithmSuiteViolationError unless `algorithm` is accepted for `usage` (WCF's EnsureAcceptable…). */
  ensureAcceptableAlgorithm(usage: AlgorithmUsage, algorithm: string): void {
    if (!this.isAlgorithmSupported(usage, algorithm))
      throw new AlgorithmSuiteViolationError(this.name, usage, algorithm);
  }

  ensureAcceptableAsymmetricKeySize(bits: number): void {
    if (!this.isAsymmetricKeyLengthSupported(bits)) {
      throw new AlgorithmSuiteViolationError(this.name, 'AsymmetricKeyLength', bits);
    }
  }

  /**
   * WCF's EnsureAcceptableSignatureKeySize / EnsureAcceptableDecryptionSymmetricKeySize for a symmetric key:
   * a derived key must be at least the suite's derivation length for its use, and the key it was derived from
   * (or the key itself when not derived) must have an accepted symmetric length.
   */
  ensureAcceptableSymmetricKeySize(
    use: 'signature' | 'encryption',
    keyBits: number,
    derivedFromKeyBits?: number,
  ): void {
    if (derivedFromKeyBits !== undefined) {
      const least =
        use === 'signature'
          ? this.defaultSignatureKeyDerivationLength
          : this.defaultEncryptionKeyDerivationLength;
      if (keyBits < least) throw new AlgorithmSuiteViolationError(this.name, 'SymmetricKeyLength', keyBits);
    }
    const sourceBits = derivedFromKeyBits ?? keyBits;
    if (!this.isSymmetricKeyLengthSupported(sourceBits)) {
      throw new AlgorithmSuiteViolationError(this.name, 'SymmetricKeyLength', sourceBits);
    }
  }

  toString(): string {
    return this.name;
  }

  // The suites of spec/algorithms.md §2, by their WCF names.
  static readonly Basic256 = new SecurityAlgorithmSuite(basic('Basic256', 'aes256', 256, 192, [256, 256]));
  static readonly Basic192 = new SecurityAlgorithmSuite(basic('Basic192', 'aes192', 192, 192, [192, 256]));
  static readonly Basic128 = new SecurityAlgorithmSuite(basic('Basic128', 'aes128', 128, 128, [128, 256]));
  static readonly TripleDes = new SecurityAlgorithmSuite(
    basic('TripleDes', 'tripledes', 192, 192, [192, 256]),
  );
  static readonly Basic256Rsa15 = rsa15(SecurityAlgorithmSuite.Basic256);
  static readonly Basic192Rsa15 = rsa15(SecurityAlgorithmSuite.Basic192);
  static readonly Basic128Rsa15 = rsa15(SecurityAlgorithmSuite.Basic128);
  static readonly TripleDesRsa15 = rsa15(SecurityAlgorithmSuite.TripleDes);
  static readonly Basic256Sha256 = sha256(SecurityAlgorithmSuite.Basic256);
  static readonly Basic192Sha256 = sha256(SecurityAlgorithmSuite.Basic192);
  static readonly Basic128Sha256 = sha256(SecurityAlgorithmSuite.Basic128);
  static readonly TripleDesSha256 = sha256(SecurityAlgorithmSuite.TripleDes);
  static readonly Basic256Sha256Rsa15 = rsa15(SecurityAlgorithmSuite.Basic256Sha256);
  static readonly Basic192Sha256Rsa15 = rsa15(SecurityAlgorithmSuite.Basic192Sha256);
  static readonly Basic128Sha256Rsa15 = rsa15(SecurityAlgorithmSuite.Basic128Sha256);
  static readonly TripleDesSha256Rsa15 = rsa15(SecurityAlgorithmSuite.TripleDesSha256);

  /** WCF's default: Basic256. */
  static readonly Default = SecurityAlgorithmSuite.Basic256;
  /** What WCF's Kerberos bindings use: Basic128. */
  static readonly KerberosDefault = SecurityAlgorithmSuite.Basic128;

  static readonly all: readonly SecurityAlgorithmSuite[] = [
    SecurityAlgorithmSuite.Basic256,
    SecurityAlgorithmSuite.Basic192,
    SecurityAlgorithmSuite.Basic128,
    SecurityAlgorithmSuite.TripleDes,
    SecurityAlgorithmSuite.Basic256Rsa15,
    SecurityAlgorithmSuite.Basic192Rsa15,
    SecurityAlgorithmSuite.Basic128Rsa15,
    SecurityAlgorithmSuite.TripleDesRsa15,
    SecurityAlgorithmSuite.Basic256Sha256,
    SecurityAlgorithmSuite.Basic192Sha256,
    SecurityAlgorithmSuite.Basic128Sha256,
    SecurityAlgorithmSuite.TripleDesSha256,
    SecurityAlgorithmSuite.Basic256Sha256Rsa15,
    SecurityAlgorithmSuite.Basic192Sha256Rsa15,
    SecurityAlgorithmSuite.Basic128Sha256Rsa15,
    SecurityAlgorithmSuite.TripleDesSha256Rsa15,
  ];

  /** The suite for a config value (`Default`, `Basic256`, …, as WCF's SecurityAlgorithmSuiteConverter reads it). */
  static fromName(name: string): SecurityAlgorithmSuite | undefined {
    if (name === 'Default') return SecurityAlgorithmSuite.Default;
    return SecurityAlgorithmSuite.all.find((s) => s.name === name);
  }
}

/** The definition of a base suite (the Sha256 and Rsa15 variants derive from these). */
function basic(
  name: string,
  cipher: 'aes128' | 'aes192' | 'aes256' | 'tripledes',
  encryptionDerivationBits: number,
  signatureDerivationBits: number,
  [minSymmetric, maxSymmetric]: [number, number],
): SecurityAlgorithmSuiteDefinition {
  const encryption = {
    aes128: [A.Aes128Encryption, A.Aes128KeyWrap],
    aes192: [A.Aes192Encryption, A.Aes192KeyWrap],
    aes256: [A.Aes256Encryption, A.Aes256KeyWrap],
    tripledes: [A.TripleDesEncryption, A.TripleDesKeyWrap],
  }[cipher];
  return {
    name,
    defaultCanonicalizationAlgorithm: A.ExclusiveC14n,
    defaultDigestAlgorithm: A.Sha1Digest,
    defaultEncryptionAlgorithm: encryption[0],
    defaultSymmetricKeyWrapAlgorithm: encryption[1],
    defaultAsymmetricKeyWrapAlgorithm: A.RsaOaepKeyWrap,
    defaultSymmetricSignatureAlgorithm: A.HmacSha1Signature,
    defaultAsymmetricSignatureAlgorithm: A.RsaSha1Signature,
    defaultEncryptionKeyDerivationLength: encryptionDerivationBits,
    defaultSignatureKeyDerivationLength: signatureDerivationBits,
    defaultSymmetricKeyLength: encryptionDerivationBits,
    minSymmetricKeyLength: minSymmetric,
    maxSymmetricKeyLength: maxSymmetric,
  };
}

/** The *Rsa15 suites override only the asymmetric key wrap. */
function rsa15(base: SecurityAlgorithmSuite): SecurityAlgorithmSuite {
  return base.with({ name: `${base.name}Rsa15`, defaultAsymmetricKeyWrapAlgorithm: A.RsaV15KeyWrap });
}

/** The *Sha256 suites override only the digest and the two signature algorithms. */
function sha256(base: SecurityAlgorithmSuite): SecurityAlgorithmSuite {
  return base.with({
    name: `${base.name}Sha256`,
    defaultDigestAlgorithm: A.Sha256Digest,
    defaultSymmetricSignatureAlgorithm: A.HmacSha256Signature,
    defaultAsymmetricSignatureAlgorithm: A.RsaSha256Signature,
  });
}
