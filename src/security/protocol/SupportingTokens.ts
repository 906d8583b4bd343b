/**
 * Supporting tokens on both sides (RS SendSecurityHeader.AddEndorsingSupportingToken …, and
 * SupportingTokenAuthenticatorSpecification on receive):
 *
 * - send: a client certificate as an endorsing (or signed-endorsing) token — its BinarySecurityToken, and an
 *   RSA signature over the primary signature made with its key; a user name as a signed(-and-encrypted)
 *   UsernameToken;
 * - receive: exactly the tokens the binding asks for, each validated (certificate validator, user name
 *   validator); the caller's identity comes from them.
 */
import type { Certificate } from '../../crypto/Certificate';
import type { XmlElement } from '../../xml';
import type { X509CertificateValidator } from '../credentials/X509CertificateValidator';
import type { UserNamePasswordValidator } from '../credentials/UserNamePasswordValidator';
import { MessageSecurityError, SecurityTokenValidationError } from '../MessageSecurityError';
import type { SecurityAlgorithmSuite } from '../SecurityAlgorithmSuite';
import { SecurityMessageProperty } from '../SecurityMessageProperty';
import { SecurityTokenInclusionMode, X509KeyIdentifierClauseType } from '../SecurityEnumerations';
import { X509SecurityTokenParameters, type SecurityTokenParameters } from '../tokens/SecurityTokenParameters';
import type { SupportingTokenParameters } from '../tokens/SupportingTokenParameters';
import { createX509BinarySecurityToken } from '../wss/BinarySecurityToken';
import { generateUniqueId } from '../wss/IdGenerator';
import { createSecurityTokenReference } from '../wss/SecurityTokenReference';
import { createUsernameTokenElement } from '../wss/UsernameToken';
import { WssValueTypes } from '../wss/WssConstants';
import { createX509KeyIdentifierClause } from '../x509/X509KeyIdentifier';
import type { ProcessedSecurityHeader } from './ReceiveSecurityHeader';
import type { SigningKey } from './SendSecurityHeader';

export interface InitiatorSupportingCredentials {
  readonly clientCertificate?: Certificate;
  readonly userName?: { readonly userName: string; readonly password: string };
}

export interface OutgoingSupportingTokens {
  readonly signedTokens: XmlElement[];
  readonly signedEncryptedTokens: XmlElement[];
  readonly endorsingTokens: XmlElement[];
  readonly signedEndorsingTokens: XmlElement[];
  readonly endorsingSigners: SigningKey[];
}

function x509Endorsement(
  p: X509SecurityTokenParameters,
  certificate: Certificate | undefined,
  suite: SecurityAlgorithmSuite,
): { token: XmlElement | undefined; signer: SigningKey } {
  if (!certificate?.privateKey) {
    throw new MessageSecurityError(
      'The client certificate is not provided (with its private key). Specify a client certificate in ClientCredentials.',
    );
  }
  const include =
    p.inclusionMode !== SecurityTokenInclusionMode.Never &&
    p.inclusionMode !== SecurityTokenInclusionMode.AlwaysToInitiator;
  const id = generateUniqueId();
  const token = include ? createX509BinarySecurityToken(certificate.x509, id) : undefined;
  const keyInfo = include
    ? createSecurityTokenReference({ kind: 'localId', id, valueType: WssValueTypes.X509v3 })
    : createSecurityTokenReference(
        createX509KeyIdentifierClause(
          certificate.x509,
          p.x509ReferenceStyle === X509KeyIdentifierClauseType.Any
            ? X509KeyIdentifierClauseType.Thumbprint
            : p.x509ReferenceStyle,
        ),
      );
  return {
    token,
    signer: { algorithm: suite.defaultAsymmetricSignatureAlgorithm, key: certificate.privateKey, keyInfo },
  };
}

function userNameToken(credentials: InitiatorSupportingCredentials): XmlElement {
  if (!credentials.userName?.userName) {
    throw new MessageSecurityError(
      'The user name is not provided. Specify a user name in ClientCredentials.userName.',
    );
  }
  return createUsernameTokenElement({ id: generateUniqueId(), ...credentials.userName });
}

/** The supporting tokens an initiator sends, per the binding's SupportingTokenParameters. */
export function createOutgoingSupportingTokens(
  parameters: SupportingTokenParameters,
  credentials: InitiatorSupportingCredentials,
  suite: SecurityAlgorithmSuite,
): OutgoingSupportingTokens {
  const out: OutgoingSupportingTokens = {
    signedTokens: [],
    signedEncryptedTokens: [],
    endorsingTokens: [],
    signedEndorsingTokens: [],
    endorsingSigners: [],
  };
  const unsupported = (p: SecurityTokenParameters, role: string): never => {
    throw new MessageSecurityError(`A ${p.tokenKind} token as a ${role} supporting token is not supported.`);
  };
  for (const p of parameters.signed) {
    if (p.tokenKind !== 'UserName') unsupported(p, 'signed');
    out.signedTokens.push(userNameToken(credentials));
  }
  for (const p of parameters.signedEncrypted) {
    if (p.tokenKind !== 'UserName') unsupported(p, 'signed and encrypted');
    out.signedEncryptedTokens.push(userNameToken(credentials));
  }
  for (const [list, role] of [
    [parameters.endorsing, 'endorsing'],
    [parameters.signedEndorsing, 'signed endorsing'],
  ] as const) {
    for (const p of list) {
      if (!(p instanceof X509SecurityTokenParameters)) unsupported(p, role);
      const { token, signer } = x509Endorsement(
        p as X509SecurityTokenParameters,
        credentials.clientCertificate,
        suite,
      );
      if (token) (role === 'endorsing' ? out.endorsingTokens : out.signedEndorsingTokens).push(token);
      out.endorsingSigners.push(signer);
    }
  }
  return out;
}

export interface RecipientSupportingValidators {
  readonly clientCertificate: () => X509CertificateValidator;
  readonly userName: () => UserNamePasswordValidator;
}

/**
 * Checks the received supporting tokens against the binding and validates them; returns the caller's identity
 * (the endorsing certificate's, else the user name's, else anonymous).
 */
export async function validateIncomingSupportingTokens(
  processed: ProcessedSecurityHeader,
  parameters: SupportingTokenParameters,
  validators: RecipientSupportingValidators,
  now: number,
): Promise<SecurityMessageProperty | undefined> {
  const expectedEndorsing = parameters.endorsing.length + parameters.signedEndorsing.length;
  if (processed.endorsing.length !== expectedEndorsing) {
    throw new MessageSecurityError(
      `The message has ${processed.endorsing.length} endorsing signatures; the binding requires ${expectedEndorsing}.`,
    );
  }
  let identity: SecurityMessageProperty | undefined;
  for (const e of processed.endorsing) {
    const certificate = e.key.certificate;
    if (!certificate)
      throw new MessageSecurityError('An endorsing signature is not made with a certificate.');
    if (
      parameters.signedEndorsing.length > 0 &&
      e.key.certificateToken &&
      !processed.primary?.verified.has(e.key.certificateToken)
    ) {
      throw new MessageSecurityError('A signed endorsing token is not signed.');
    }
    validators.clientCertificate().validate(certificate, 'signature', now);
    identity ??= SecurityMessageProperty.forCertificate(certificate);
  }
  const expectedUserNames = parameters.signed.length + parameters.signedEncrypted.length;
  if (processed.usernameTokens.length !== expectedUserNames) {
    throw new MessageSecurityError(
      `The message has ${processed.usernameTokens.length} UsernameTokens; the binding requires ${expectedUserNames}.`,
    );
  }
  for (const u of processed.usernameTokens) {
    if (parameters.signedEncrypted.length > 0 && !u.wasEncrypted) {
      throw new MessageSecurityError('The UsernameToken must be encrypted.');
    }
    try {
      await validators.userName().validate(u.token.userName, u.token.password);
    } catch (err) {
      throw new SecurityTokenValidationError(`The user name '${u.token.userName}' was not accepted.`, {
        cause: err,
      });
    }
    identity ??= SecurityMessageProperty.forUserName(u.token.userName);
  }
  return identity;
}
