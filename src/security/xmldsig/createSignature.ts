/**
 * Makes a detached ds:Signature over same-document elements, as WCF writes it in a WS-Security header:
 * exclusive C14N as CanonicalizationMethod and as each Reference's one transform, `URI="#id"` references,
 * SHA-1 digests by default, an RSA or HMAC SignatureMethod. The SignedInfo is built once as a tree, and its
 * canonical form is written once from the same values as the tree (for what WCF writes: names, algorithm URIs,
 * `#id`s and base64 digests, whose exclusive C14N is fixed text) or, for anything else, canonicalized from the
 * tree; those canonical bytes are what is signed (no second serialization to sign).
 */
import { getDigestAlgorithm, hashOctets } from '../../crypto/DigestAlgorithm';
import { SecurityAlgorithms } from '../../crypto/SecurityAlgorithms';
import { getSignatureAlgorithm, type SignatureKey } from '../../crypto/SignatureAlgorithm';
import { canonicalizePieces, canonicalizeToBuffer, type XmlElement } from '../../xml';
import { EXC_C14N_NAMESPACE, WSU_NAMESPACE, XMLDSIG_NAMESPACE } from './XmlDsigNamespaces';
import { createElement } from './xmlElements';

export interface SignatureReferenceOptions {
  /** The element to sign; it must be in its final place in the document (C14N reads its context). */
  readonly element: XmlElement;
  /** The id the Reference names; by default the element's wsu:Id, else its Id. It must be the element's. */
  readonly id?: string;
  /** Overrides SignatureOptions.digestAlgorithm for this reference. */
  readonly digestAlgorithm?: string;
  /** An InclusiveNamespaces PrefixList for this reference's transform. */
  readonly inclusivePrefixes?: readonly string[];
}

export interface SignatureOptions {
  /** An RSA or HMAC SignatureMethod URI (SecurityAlgorithms.*Signature). */
  readonly signatureAlgorithm: string;
  /** An RSA private KeyObject, or the HMAC key. */
  readonly key: SignatureKey;
  readonly references: readonly SignatureReferenceOptions[];
  /** Default SHA-1 (every WCF suite but the *Sha256 ones). */
  readonly digestAlgorithm?: string;
  /** The Signature's Id attribute (WCF sets one on the primary signature, for endorsing signatures). */
  readonly id?: string;
  /** The content of ds:KeyInfo (e.g. a wsse:SecurityTokenReference); no KeyInfo when absent. */
  readonly keyInfo?: readonly XmlElement[];
  /** The prefix for the ds namespace; '' (WCF's choice: `<Signature xmlns="…xmldsig#">`) by default. */
  readonly prefix?: string;
}

export interface CreatedSignature {
  /** The ds:Signature element, not yet inserted anywhere. */
  readonly element: XmlElement;
  /** The SignatureValue octets (what a SignatureConfirmation echoes). */
  readonly signatureValue: Buffer;
}

function referenceId(r: SignatureReferenceOptions): string {
  const wsuId = r.element.getAttribute('Id', WSU_NAMESPACE);
  const plainId = r.element.getAttribute('Id');
  const id = r.id ?? wsuId ?? plainId;
  if (id === undefined || id === '') {
    throw new RangeError(`The element ${r.element.qualifiedName} to sign has no wsu:Id or Id.`);
  }
  if (id !== wsuId && id !== plainId) {
    throw new RangeError(`The element ${r.element.qualifiedName} does not carry the id '${id}'.`);
  }
  return id;
}

/** Printable ASCII that exclusive C14N writes unchanged in an attribute value and in text. */
const PLAIN = /^[\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;

/**
 * Exclusive C14N of the SignedInfo the tree holds, written from its values: the apex declares the ds
 * namespace it uses (no other element does), attributes are one per element, every element has an end tag.
 * Undefined when a value needs escaping or a transform has InclusiveNamespaces: the tree is canonicalized then.
 */
function canonicalSignedInfo(
  p: string,
  signatureMethod: string,
  references: readonly { uri: string; digestMethod: string; digestValue: string; plain: boolean }[],
): string | undefined {
  if (!PLAIN.test(signatureMethod) || (p !== '' && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(p))) return undefined;
  const q = p === '' ? '' : `${p}:`;
  const c14n = SecurityAlgorithms.ExclusiveC14n;
  let text =
    `<${q}SignedInfo xmlns${p === '' ? '' : `:${p}`}="${XMLDSIG_NAMESPACE}">` +
    `<${q}CanonicalizationMethod Algorithm="${c14n}"></${q}CanonicalizationMethod>` +
    `<${q}SignatureMethod Algorithm="${signatureMethod}"></${q}SignatureMethod>`;
  for (const r of references) {
    if (!r.plain || !PLAIN.test(r.uri)) return undefined;
    text +=
      `<${q}Reference URI="${r.uri}"><${q}Transforms><${q}Transform Algorithm="${c14n}"></${q}Transform>` +
      `</${q}Transforms><${q}DigestMethod Algorithm="${r.digestMethod}"></${q}DigestMethod>` +
      `<${q}DigestValue>${r.digestValue}</${q}DigestValue></${q}Reference>`;
  }
  return `${text}</${q}SignedInfo>`;
}

/** Signs the references; returns the detached ds:Signature and its value. */
export function createSignature(options: SignatureOptions): CreatedSignature {
  const algorithm = getSignatureAlgorithm(options.signatureAlgorithm);
  const p = options.prefix ?? '';
  const ds = (localName: string, attributes?: Record<string, string>, content?: (XmlElement | string)[]) =>
    createElement(p, localName, XMLDSIG_NAMESPACE, attributes, content);
  if (options.references.length === 0) throw new RangeError('A signature needs at least one reference.');

  const signedInfo = ds('SignedInfo', {}, [
    ds('CanonicalizationMethod', { Algorithm: SecurityAlgorithms.ExclusiveC14n }),
    ds('SignatureMethod', { Algorithm: algorithm.uri }),
  ]);
  const written: { uri: string; digestMethod: string; digestValue: string; plain: boolean }[] = [];
  for (const r of options.references) {
    const digestUri = r.digestAlgorithm ?? options.digestAlgorithm ?? SecurityAlgorithms.Sha1Digest;
    const digest = getDigestAlgorithm(digestUri);
    const transform = ds('Transform', { Algorithm: SecurityAlgorithms.ExclusiveC14n });
    if (r.inclusivePrefixes && r.inclusivePrefixes.length > 0) {
      transform.appendChild(
        createElement('ec', 'InclusiveNamespaces', EXC_C14N_NAMESPACE, {
          PrefixList: r.inclusivePrefixes.join(' '),
        }).declareNamespace('ec', EXC_C14N_NAMESPACE),
      );
    }
    const canonical = canonicalizePieces(r.element, { inclusivePrefixes: r.inclusivePrefixes });
    const digestValue = hashOctets(digest.hash, canonical).toString('base64');
    const uri = `#${referenceId(r)}`;
    written.push({
      uri,
      digestMethod: digest.uri,
      digestValue,
      plain: !(r.inclusivePrefixes && r.inclusivePrefixes.length > 0),
    });
    signedInfo.appendChild(
      ds('Reference', { URI: uri }, [
        ds('Transforms', {}, [transform]),
        ds('DigestMethod', { Algorithm: digest.uri }),
        ds('DigestValue', {}, [digestValue]),
      ]),
    );
  }

  const signature = ds('Signature', options.id !== undefined ? { Id: options.id } : {}).declareNamespace(
    p,
    XMLDSIG_NAMESPACE,
  );
  signature.appendChild(signedInfo);
  const canonical = canonicalSignedInfo(p, algorithm.uri, written);
  const signatureValue = algorithm.sign(
    options.key,
    canonical !== undefined ? Buffer.from(canonical, 'latin1') : canonicalizeToBuffer(signedInfo),
  );
  signature.appendChild(ds('SignatureValue', {}, [signatureValue.toString('base64')]));
  if (options.keyInfo && options.keyInfo.length > 0)
    signature.appendChild(ds('KeyInfo', {}, [...options.keyInfo]));
  return { element: signature, signatureValue };
}
