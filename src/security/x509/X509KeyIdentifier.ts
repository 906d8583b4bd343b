/**
 * Naming an X.509 certificate that is not in the message, and recognising it again: the clause WCF writes
 * for each X509KeyIdentifierClauseType (Any → issuer and serial, as WCF's WS-Security 1.0 serializer chooses),
 * and whether a clause read from a message names a given certificate. Issuer names are compared parsed, in
 * either RDN order.
 */
import { X509Certificate } from 'node:crypto';
import { constantTimeEquals } from '../../crypto/constantTimeEquals';
import { X509KeyIdentifierClauseType } from '../SecurityEnumerations';
import type { KeyIdentifierClause } from '../wss/SecurityTokenReference';
import {
  distinguishedNamesEqual,
  formatDistinguishedName,
  parseDistinguishedName,
} from './DistinguishedName';
import { x509Info } from './X509CertificateInfo';

/** The clause that names `certificate` in the given style. */
export function createX509KeyIdentifierClause(
  certificate: X509Certificate,
  style: X509KeyIdentifierClauseType,
): KeyIdentifierClause {
  const info = x509Info(certificate);
  switch (style) {
    case X509KeyIdentifierClauseType.Thumbprint:
      return { kind: 'thumbprint', value: info.thumbprintSha1 };
    case X509KeyIdentifierClauseType.SubjectKeyIdentifier:
      if (!info.subjectKeyIdentifier) {
        throw new RangeError(
          `The certificate ${certificate.subject.replace(/\n/g, ', ')} has no SubjectKeyIdentifier extension to refer to it by.`,
        );
      }
      return { kind: 'subjectKeyIdentifier', value: info.subjectKeyIdentifier };
    case X509KeyIdentifierClauseType.RawDataKeyIdentifier:
      return { kind: 'rawData', certificate: certificate.raw };
    case X509KeyIdentifierClauseType.IssuerSerial:
    case X509KeyIdentifierClauseType.Any:
      return {
        kind: 'issuerSerial',
        issuerName: formatDistinguishedName(info.issuer),
        serialNumber: info.serialNumber,
      };
  }
}

/** Whether `clause` names `certificate` (false for clauses that name no certificate). */
export function clauseMatchesCertificate(clause: KeyIdentifierClause, certificate: X509Certificate): boolean {
  const info = x509Info(certificate);
  switch (clause.kind) {
    case 'thumbprint':
      return constantTimeEquals(clause.value, info.thumbprintSha1);
    case 'subjectKeyIdentifier':
      return (
        info.subjectKeyIdentifier !== undefined && constantTimeEquals(clause.value, info.subjectKeyIdentifier)
      );
    case 'rawData':
      return clause.certificate.equals(certificate.raw);
    case 'issuerSerial': {
      if (clause.serialNumber !== info.serialNumber) return false;
      try {
        return distinguishedNamesEqual(parseDistinguishedName(clause.issuerName), info.issuer);
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}

/** The certificate a raw-data clause carries; undefined when it does not parse. */
export function certificateOfRawClause(clause: KeyIdentifierClause): X509Certificate | undefined {
  if (clause.kind !== 'rawData') return undefined;
  try {
    return new X509Certificate(clause.certificate);
  } catch {
    return undefined;
  }
}
