/**
 * The algorithm URIs of XML Signature, XML Encryption and WS-SecureConversation that WCF writes and reads,
 * named as System.IdentityModel.Tokens.SecurityAlgorithms names them (spec/algorithms.md §3).
 */
export const SecurityAlgorithms = {
  // Canonicalization (the only one WCF uses, as CanonicalizationMethod and as Reference transform).
  ExclusiveC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  ExclusiveC14nWithComments: 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments',

  // Digests.
  Sha1Digest: 'http://www.w3.org/2000/09/xmldsig#sha1',
  Sha256Digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
  Sha384Digest: 'http://www.w3.org/2001/04/xmldsig-more#sha384',
  Sha512Digest: 'http://www.w3.org/2001/04/xmlenc#sha512',

  // Signatures.
  HmacSha1Signature: 'http://www.w3.org/2000/09/xmldsig#hmac-sha1',
  HmacSha256Signature: 'http://www.w3.org/2001/04/xmldsig-more#hmac-sha256',
  RsaSha1Signature: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  RsaSha256Signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',

  // Block encryption (CBC, IV prepended to the cipher text: XML Encryption §5.2).
  Aes128Encryption: 'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
  Aes192Encryption: 'http://www.w3.org/2001/04/xmlenc#aes192-cbc',
  Aes256Encryption: 'http://www.w3.org/2001/04/xmlenc#aes256-cbc',
  TripleDesEncryption: 'http://www.w3.org/2001/04/xmlenc#tripledes-cbc',

  // Symmetric key wrap.
  Aes128KeyWrap: 'http://www.w3.org/2001/04/xmlenc#kw-aes128',
  Aes192KeyWrap: 'http://www.w3.org/2001/04/xmlenc#kw-aes192',
  Aes256KeyWrap: 'http://www.w3.org/2001/04/xmlenc#kw-aes256',
  TripleDesKeyWrap: 'http://www.w3.org/2001/04/xmlenc#kw-tripledes',

  // Asymmetric key transport.
  RsaOaepKeyWrap: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  RsaV15KeyWrap: 'http://www.w3.org/2001/04/xmlenc#rsa-1_5',

  // Key derivation (WS-SecureConversation February 2005 and 1.3), and WS-Trust's computed key.
  Psha1KeyDerivation: 'http://schemas.xmlsoap.org/ws/2005/02/sc/dk/p_sha1',
  Psha1KeyDerivationDec2005: 'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512/dk/p_sha1',
  Psha1ComputedKey: 'http://schemas.xmlsoap.org/ws/2005/02/trust/CK/PSHA1',
  Psha1ComputedKeyDec2005: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/CK/PSHA1',
} as const;

export type SecurityAlgorithmUri = (typeof SecurityAlgorithms)[keyof typeof SecurityAlgorithms];
