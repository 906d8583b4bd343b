/**
 * `<serviceCredentials>` and `<clientCredentials>` → the runtime's credential classes (ServiceSecurityCredentials,
 * ClientSecurityCredentials; RS ServiceCredentialsElement, ClientCredentialsElement and their children,
 * spec/config-schema.md §5):
 *
 *   serviceCertificate                          → the service certificate (HTTPS and message security)
 *   clientCertificate/authentication            → how the service trusts client certificates in messages
 *   userNameAuthentication (Custom)             → the service's user name validator
 *   clientCertificate (client side)             → the client's certificate
 *   serviceCertificate/defaultCertificate       → the service certificate the client encrypts to
 *   serviceCertificate/scopedCertificates/add   → the same, per target address
 *   serviceCertificate/authentication           → how the client trusts the service certificate
 *   serviceCertificate/sslCertificateAuthentication → how the client trusts an https service's TLS certificate
 *
 * Trust comes from Indigo's folder store (mapping/certificates.ts): ChainTrust trusts the `Root` store of
 * `trustedStoreLocation` (and the system's roots), PeerTrust its `TrustedPeople` store — read whenever a
 * `<serviceCredentials>` / `<clientCredentials>` is written, with WCF's defaults when `<authentication>` is not
 * (LocalMachine on the service, CurrentUser on the client). Custom validators are types named as
 * `<extensions>` names them: "ExportName, module". Revocation is never checked: a written revocationMode other
 * than NoCheck is "not supported yet".
 *
 * As in behaviors.ts: `*Problems` are pure checks of the model, `apply*` carry the rest out through the context.
 */
import type { Certificate } from '../../crypto/Certificate';
import type {
  ClientSecurityCredentials,
  ServiceSecurityCredentials,
} from '../../security/credentials/SecurityCredentials';
import type { UserNamePasswordValidator } from '../../security/credentials/UserNamePasswordValidator';
import type { X509CertificateAuthentication } from '../../security/credentials/X509CertificateAuthentication';
import {
  X509CertificateValidationMode,
  X509RevocationMode,
  type X509CertificateValidator,
} from '../../security/credentials/X509CertificateValidator';
import type { TypeExpectation } from '../extensions';
import { isObject, list, type JsonObject, type ModelNode } from '../model';
import type { ConfigSchema, SchemaNode } from '../schema/ConfigSchema';
import type { ResolveCertificateOptions } from './certificates';
import { MappingProblem } from './MappingProblem';
import { child, unsupportedSettings } from './settings';

/** What mapping credentials needs from the configuration: certificates, store folders and configured types. */
export interface CredentialContext {
  readonly schema: ConfigSchema;
  /** Resolves a certificate element at `pointer`; throws a MappingProblem (absolute pointer) when it cannot. */
  certificate(
    reference: JsonObject,
    pointer: string,
    options: ResolveCertificateOptions,
  ): Promise<Certificate>;
  /** The PEM certificates of one store (`Root`, `TrustedPeople`) of a store location. */
  store(location: string, name: string, pointer: string): Promise<string[]>;
  /** An instance of a type named "ExportName, module"; throws a MappingProblem at `pointer` when it cannot. */
  instance(type: string, pointer: string, expected: TypeExpectation): object;
}

const hasValidate = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as { validate?: unknown }).validate === 'function';

export const X509_VALIDATOR_TYPE: TypeExpectation = {
  check: hasValidate,
  what: 'an X509CertificateValidator (a class with validate(certificate, use, now))',
};
export const USER_NAME_VALIDATOR_TYPE: TypeExpectation = {
  check: hasValidate,
  what: 'a UserNamePasswordValidator (a class with validate(userName, password))',
};

/** The `<authentication>` attributes carried out (the rest must keep WCF's default). */
const AUTHENTICATION_SUPPORTED = [
  'certificateValidationMode',
  'revocationMode',
  'trustedStoreLocation',
  'customCertificateValidatorType',
];

/** Validation modes Indigo carries out for a peer's TLS certificate. */
const TLS_VALIDATION_MODES = ['ChainTrust', 'None'];

const usesRoots = (mode: string): boolean =>
  mode === X509CertificateValidationMode.ChainTrust ||
  mode === X509CertificateValidationMode.PeerOrChainTrust;
const usesPeers = (mode: string): boolean =>
  mode === X509CertificateValidationMode.PeerTrust || mode === X509CertificateValidationMode.PeerOrChainTrust;

/** Runs a problem-throwing step, collecting its problem instead. */
async function collect(problems: MappingProblem[], step: () => Promise<void> | void): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (err instanceof MappingProblem) problems.push(err);
    else throw err;
  }
}

/** Checks of an X.509 `<authentication>` element (message security's trust in the peer's certificate). */
function authenticationProblems(
  written: JsonObject | undefined,
  effective: JsonObject | undefined,
  node: SchemaNode,
  pointer: string,
  what: string,
): MappingProblem[] {
  if (!written || !effective) return [];
  const problems = unsupportedSettings(written, effective, node, AUTHENTICATION_SUPPORTED, what, pointer);
  if (written.revocationMode !== undefined && written.revocationMode !== X509RevocationMode.NoCheck)
    problems.push(
      MappingProblem.notSupported(
        `${pointer}/revocationMode`,
        `revocationMode="${String(written.revocationMode)}" (certificate revocation checking)`,
        'Indigo has no CRL or OCSP client; set revocationMode="NoCheck"',
      ),
    );
  if (
    effective.certificateValidationMode === X509CertificateValidationMode.Custom &&
    !effective.customCertificateValidatorType
  )
    problems.push(
      new MappingProblem(
        `${pointer}/certificateValidationMode`,
        'certificateValidationMode="Custom" needs customCertificateValidatorType="ExportName, module" (an X509CertificateValidator class)',
      ),
    );
  return problems;
}

/** An `<authentication>` element (or WCF's defaults when it is not written) onto the runtime's settings. */
async function applyAuthentication(
  target: X509CertificateAuthentication,
  effective: JsonObject | undefined,
  pointer: string,
  defaultLocation: string,
  ctx: CredentialContext,
  problems: MappingProblem[],
): Promise<void> {
  const mode = String(effective?.certificateValidationMode ?? X509CertificateValidationMode.ChainTrust);
  const location = String(effective?.trustedStoreLocation ?? defaultLocation);
  const storePointer = effective ? `${pointer}/trustedStoreLocation` : pointer;
  target.certificateValidationMode = mode as X509CertificateValidationMode;
  if (usesRoots(mode))
    await collect(problems, async () => {
      target.trustedRoots.push(...(await ctx.store(location, 'Root', storePointer)));
    });
  if (usesPeers(mode))
    await collect(problems, async () => {
      target.trustedPeople.push(...(await ctx.store(location, 'TrustedPeople', storePointer)));
    });
  const type = effective?.customCertificateValidatorType;
  // RS X509*CertificateAuthenticationElement: a written type is loaded whatever the mode.
  if (typeof type === 'string' && type)
    await collect(problems, () => {
      target.customCertificateValidator = ctx.instance(
        type,
        `${pointer}/customCertificateValidatorType`,
        X509_VALIDATOR_TYPE,
      ) as X509CertificateValidator;
    });
}

/** The not-supported problems (and missing validator types) of a `<serviceCredentials>`, from the model alone. */
export function serviceCredentialsProblems(behavior: ModelNode, schema: ConfigSchema): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const credentials = child(behavior.effective, 'serviceCredentials');
  const written = child(behavior.written, 'serviceCredentials');
  if (!credentials || !written) return problems;
  const cp = `${behavior.pointer}/serviceCredentials`;
  const node = schema.definition('behaviors.schema.json', 'serviceCredentials');
  problems.push(...unsupportedSettings(written, credentials, node, [], '<serviceCredentials>', cp));
  const handled = ['serviceCertificate', 'clientCertificate', 'userNameAuthentication'];
  for (const name of Object.keys(written)) {
    const part = node.property(name);
    if (!part || part.isScalar() || handled.includes(name)) continue;
    problems.push(
      ...unsupportedSettings(
        child(written, name),
        child(credentials, name) ?? {},
        part,
        [],
        `<${name}>`,
        `${cp}/${name}`,
      ),
    );
  }
  const clientCertificate = child(written, 'clientCertificate');
  if (child(clientCertificate, 'certificate'))
    problems.push(
      MappingProblem.notSupported(
        `${cp}/clientCertificate/certificate`,
        'a client certificate known to the service in advance (<clientCertificate><certificate>, for duplex message security)',
      ),
    );
  problems.push(
    ...authenticationProblems(
      child(clientCertificate, 'authentication'),
      child(child(credentials, 'clientCertificate'), 'authentication'),
      node.property('clientCertificate')!.property('authentication')!,
      `${cp}/clientCertificate/authentication`,
      '<clientCertificate><authentication>',
    ),
  );
  const userName = child(written, 'userNameAuthentication');
  const effectiveUserName = child(credentials, 'userNameAuthentication');
  if (userName && effectiveUserName) {
    const up = `${cp}/userNameAuthentication`;
    problems.push(
      ...unsupportedSettings(
        userName,
        effectiveUserName,
        node.property('userNameAuthentication')!,
        ['userNamePasswordValidationMode', 'customUserNamePasswordValidatorType'],
        '<userNameAuthentication>',
        up,
      ),
    );
    const mode = userName.userNamePasswordValidationMode;
    if (mode !== undefined && mode !== 'Custom')
      problems.push(
        MappingProblem.notSupported(
          `${up}/userNamePasswordValidationMode`,
          `userNamePasswordValidationMode="${String(mode)}" (${mode === 'Windows' ? 'Windows accounts' : 'ASP.NET membership providers'})`,
          'Indigo checks user names with a validator of yours: userNamePasswordValidationMode="Custom" and customUserNamePasswordValidatorType="ExportName, module"',
        ),
      );
    if (mode === 'Custom' && !effectiveUserName.customUserNamePasswordValidatorType)
      problems.push(
        new MappingProblem(
          `${up}/userNamePasswordValidationMode`,
          'userNamePasswordValidationMode="Custom" needs customUserNamePasswordValidatorType="ExportName, module" (a UserNamePasswordValidator class)',
        ),
      );
  }
  return problems;
}

/** A `<serviceCredentials>` onto the host's credentials; problems are collected. */
export async function applyServiceCredentials(
  target: ServiceSecurityCredentials,
  behavior: ModelNode,
  ctx: CredentialContext,
  problems: MappingProblem[],
): Promise<void> {
  const credentials = child(behavior.effective, 'serviceCredentials');
  const written = child(behavior.written, 'serviceCredentials');
  if (!credentials || !written) return;
  const cp = `${behavior.pointer}/serviceCredentials`;
  if (child(written, 'serviceCertificate'))
    await collect(problems, async () => {
      target.serviceCertificate = await ctx.certificate(
        child(credentials, 'serviceCertificate')!,
        `${cp}/serviceCertificate`,
        { purpose: 'the service certificate', needsPrivateKey: true },
      );
    });
  const auth = child(child(credentials, 'clientCertificate'), 'authentication');
  const ap = `${cp}/clientCertificate/authentication`;
  // TLS client certificates: a written <clientCertificate> makes the HTTPS transport ask for them, trusted by
  // chain to the Root store of trustedStoreLocation (whatever the message-security mode).
  if (child(written, 'clientCertificate'))
    await collect(problems, async () => {
      target.clientCertificate.trustedAuthorities.push(
        ...(await ctx.store(
          String(auth?.trustedStoreLocation ?? 'LocalMachine'),
          'Root',
          `${ap}/trustedStoreLocation`,
        )),
      );
    });
  await applyAuthentication(
    target.clientCertificate.authentication,
    auth,
    auth ? ap : cp,
    'LocalMachine',
    ctx,
    problems,
  );
  const userName = child(credentials, 'userNameAuthentication');
  if (userName && child(written, 'userNameAuthentication')) {
    const up = `${cp}/userNameAuthentication`;
    const u = target.userNameAuthentication;
    u.userNamePasswordValidationMode =
      userName.userNamePasswordValidationMode as typeof u.userNamePasswordValidationMode;
    const type = userName.customUserNamePasswordValidatorType;
    if (typeof type === 'string' && type)
      await collect(problems, () => {
        u.customUserNamePasswordValidator = ctx.instance(
          type,
          `${up}/customUserNamePasswordValidatorType`,
          USER_NAME_VALIDATOR_TYPE,
        ) as UserNamePasswordValidator;
      });
  }
}

/** The not-supported problems of a `<clientCredentials>`, from the model alone. */
export function clientCredentialsProblems(behavior: ModelNode, schema: ConfigSchema): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const credentials = child(behavior.effective, 'clientCredentials');
  const written = child(behavior.written, 'clientCredentials');
  if (!credentials || !written) return problems;
  const cp = `${behavior.pointer}/clientCredentials`;
  const node = schema.definition('behaviors.schema.json', 'clientCredentials');
  problems.push(
    ...unsupportedSettings(written, credentials, node, ['supportInteractive'], '<clientCredentials>', cp),
  );
  for (const name of ['windows', 'httpDigest', 'issuedToken']) {
    problems.push(
      ...unsupportedSettings(
        child(written, name),
        child(credentials, name) ?? {},
        node.property(name)!,
        [],
        `<${name}>`,
        `${cp}/${name}`,
      ),
    );
  }
  const writtenService = child(written, 'serviceCertificate');
  const service = child(credentials, 'serviceCertificate');
  const serviceNode = node.property('serviceCertificate')!;
  problems.push(
    ...authenticationProblems(
      child(writtenService, 'authentication'),
      child(service, 'authentication'),
      serviceNode.property('authentication')!,
      `${cp}/serviceCertificate/authentication`,
      '<serviceCertificate><authentication>',
    ),
  );
  const ssl = child(service, 'sslCertificateAuthentication');
  const writtenSsl = child(writtenService, 'sslCertificateAuthentication');
  if (ssl && writtenSsl) {
    const sp = `${cp}/serviceCertificate/sslCertificateAuthentication`;
    if (!TLS_VALIDATION_MODES.includes(String(ssl.certificateValidationMode)))
      problems.push(
        MappingProblem.notSupported(
          `${sp}/certificateValidationMode`,
          `certificateValidationMode="${String(ssl.certificateValidationMode)}" for the TLS server certificate`,
          'Indigo supports ChainTrust (the Root store of trustedStoreLocation, and the system roots) and None',
        ),
      );
    problems.push(
      ...unsupportedSettings(
        writtenSsl,
        ssl,
        serviceNode.property('sslCertificateAuthentication')!,
        ['certificateValidationMode', 'trustedStoreLocation', 'revocationMode'],
        '<sslCertificateAuthentication>',
        sp,
      ),
    );
  }
  return problems;
}

/** A `<clientCredentials>` onto a factory's credentials; problems are collected. */
export async function applyClientCredentials(
  target: ClientSecurityCredentials,
  behavior: ModelNode,
  ctx: CredentialContext,
  problems: MappingProblem[],
): Promise<void> {
  const credentials = child(behavior.effective, 'clientCredentials');
  const written = child(behavior.written, 'clientCredentials');
  if (!credentials || !written) return;
  const cp = `${behavior.pointer}/clientCredentials`;
  if (child(written, 'clientCertificate'))
    await collect(problems, async () => {
      target.clientCertificate.certificate = await ctx.certificate(
        child(credentials, 'clientCertificate')!,
        `${cp}/clientCertificate`,
        { purpose: 'the client certificate', needsPrivateKey: true },
      );
    });
  const service = child(credentials, 'serviceCertificate');
  const writtenService = child(written, 'serviceCertificate');
  const sp = `${cp}/serviceCertificate`;
  if (child(writtenService, 'defaultCertificate'))
    await collect(problems, async () => {
      target.serviceCertificate.defaultCertificate = await ctx.certificate(
        child(service, 'defaultCertificate')!,
        `${sp}/defaultCertificate`,
        { purpose: 'the service certificate' },
      );
    });
  for (const [i, scoped] of list<JsonObject>(child(service, 'scopedCertificates')?.add).entries()) {
    const pointer = `${sp}/scopedCertificates/add/${i}`;
    const targetUri = String(scoped.targetUri);
    await collect(problems, async () => {
      let address: string;
      try {
        // As the runtime keys them: the endpoint address's URI (ClientSecurityCredentials.serviceCertificateFor).
        address = new URL(targetUri).toString();
      } catch {
        throw new MappingProblem(`${pointer}/targetUri`, `targetUri '${targetUri}' is not an absolute URI`);
      }
      target.serviceCertificate.scopedCertificates.set(
        address,
        await ctx.certificate(scoped, pointer, { purpose: `the service certificate for ${targetUri}` }),
      );
    });
  }
  const auth = child(service, 'authentication');
  await applyAuthentication(
    target.serviceCertificate.authentication,
    auth,
    auth ? `${sp}/authentication` : cp,
    'CurrentUser',
    ctx,
    problems,
  );
  const ssl = child(service, 'sslCertificateAuthentication');
  if (ssl && isObject(writtenService?.sslCertificateAuthentication)) {
    const tls = target.serviceCertificate.sslCertificateAuthentication;
    if (ssl.certificateValidationMode === 'None') tls.certificateValidationMode = 'None';
    else if (ssl.certificateValidationMode === 'ChainTrust')
      await collect(problems, async () => {
        tls.trustedAuthorities.push(
          ...(await ctx.store(
            String(ssl.trustedStoreLocation),
            'Root',
            `${sp}/sslCertificateAuthentication/trustedStoreLocation`,
          )),
        );
      });
  }
}
