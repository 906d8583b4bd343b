/**
 * Every attribute's default, as WCF has it (spec/config-schema.md §1–§6, spec/bindings.md §4–§5; WCF's code
 * where the documentation pages disagree): for each element kind of the schema, a minimal config is loaded
 * and the effective model of the element is compared with the values written out here by hand from the spec
 * digest — not read from schemas/, so a wrong schema default fails. A completeness check fails when the
 * schema has an element or attribute this table does not check. Then the runtime objects built from
 * minimal configs are checked to carry the same values.
 */
import { cpus } from 'node:os';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';
import { at } from '../../src/config/model';
import { ConfigSchema, type SchemaNode } from '../../src/config/schema/ConfigSchema';
import { loadXml } from './helpers';

const SM = '/system.serviceModel';
const MAX_TIMESPAN = '10675199.02:48:05.4775807';

/** spec/bindings.md §4: ServiceDefaults and TransportDefaults. */
const TIMEOUTS = {
  openTimeout: '00:01:00',
  closeTimeout: '00:01:00',
  sendTimeout: '00:01:00',
  receiveTimeout: '00:10:00',
};
const READER_QUOTAS = {
  maxDepth: 32,
  maxStringContentLength: 8192,
  maxArrayLength: 16384,
  maxBytesPerRead: 4096,
  maxNameTableCharCount: 16384,
};
/** HttpBindingBase / WSHttpBindingBase attributes every HTTP standard binding has. */
const HTTP_BINDING = {
  name: 'd',
  ...TIMEOUTS,
  allowCookies: false,
  bypassProxyOnLocal: false,
  hostNameComparisonMode: 'StrongWildcard',
  maxBufferPoolSize: 524288,
  maxReceivedMessageSize: 65536,
  messageEncoding: 'Text',
  proxyAddress: '',
  textEncoding: 'utf-8',
  useDefaultWebProxy: true,
};
const HTTP_TRANSPORT_SECURITY = { proxyCredentialType: 'None', realm: '' };
/** spec/config-schema.md §3.1: SecurityElementBase. */
const SECURITY_BASE = {
  authenticationMode: 'SspiNegotiated',
  defaultAlgorithmSuite: 'Default',
  includeTimestamp: true,
  messageProtectionOrder: 'SignBeforeEncryptAndEncryptSignature',
  messageSecurityVersion: 'Default',
  requireDerivedKeys: true,
  requireSecurityContextCancellation: true,
  requireSignatureConfirmation: false,
  securityHeaderLayout: 'Strict',
  keyEntropyMode: 'CombinedEntropy',
  allowInsecureTransport: false,
  allowSerializedSigningTokenOnReply: false,
  enableUnsecuredResponse: false,
  protectTokens: false,
  canRenewSecurityContextToken: true,
};
/** spec/config-schema.md §4.2, the code defaults (bold there). */
const LOCAL_CLIENT = {
  cacheCookies: true,
  cookieRenewalThresholdPercentage: 60,
  detectReplays: true,
  replayCacheSize: 900000,
  replayWindow: '00:05:00',
  maxClockSkew: '00:05:00',
  maxCookieCachingTime: MAX_TIMESPAN,
  timestampValidityDuration: '00:05:00',
  sessionKeyRenewalInterval: '10:00:00',
  sessionKeyRolloverInterval: '00:05:00',
  reconnectTransportOnFailure: true,
};
/** spec/config-schema.md §4.1, the code defaults. */
const LOCAL_SERVICE = {
  detectReplays: true,
  replayCacheSize: 900000,
  replayWindow: '00:05:00',
  maxClockSkew: '00:05:00',
  timestampValidityDuration: '00:05:00',
  issuedCookieLifetime: '10:00:00',
  maxCachedCookies: 1000,
  maxStatefulNegotiations: 128,
  negotiationTimeout: '00:01:00',
  maxPendingSessions: 128,
  inactivityTimeout: '00:02:00',
  sessionKeyRenewalInterval: '15:00:00',
  sessionKeyRolloverInterval: '00:05:00',
  reconnectTransportOnFailure: true,
};
/** spec/config-schema.md §3.4. */
const ISSUED_TOKEN_PARAMETERS = {
  defaultMessageSecurityVersion: 'Default',
  keySize: 0,
  keyType: 'SymmetricKey',
  tokenType: '',
  useStrTransform: false,
};
/** Indigo's certificate-file attributes: no default (a store search unless written). */
const CERTIFICATE_FILE = { file: undefined, keyFile: undefined, passwordEnvironmentVariable: undefined };
/** spec/config-schema.md §5: the four store attributes; storeLocation LocalMachine on the service side. */
const SERVICE_SIDE_CERTIFICATE = {
  storeLocation: 'LocalMachine',
  storeName: 'My',
  x509FindType: 'FindBySubjectDistinguishedName',
  findValue: '',
  ...CERTIFICATE_FILE,
};
/** …and CurrentUser on the client side. */
const CLIENT_SIDE_CERTIFICATE = { ...SERVICE_SIDE_CERTIFICATE, storeLocation: 'CurrentUser' };
const HTTP_TRANSPORT_ELEMENT = {
  manualAddressing: false,
  maxBufferPoolSize: 524288,
  maxReceivedMessageSize: 65536,
  maxBufferSize: 65536,
  allowCookies: false,
  authenticationScheme: 'Anonymous',
  bypassProxyOnLocal: false,
  decompressionEnabled: true,
  hostNameComparisonMode: 'StrongWildcard',
  keepAliveEnabled: true,
  maxPendingAccepts: 0,
  proxyAddress: '',
  proxyAuthenticationScheme: 'Anonymous',
  realm: '',
  requestInitializationTimeout: '00:00:00',
  transferMode: 'Buffered',
  unsafeConnectionNtlmAuthentication: false,
  useDefaultWebProxy: true,
};
const IDENTITY_VALUE = { value: undefined };

/** Minimal configs, one per area; each case points into one of them. */
const CONFIGS = {
  bindings: `<bindings>
    <basicHttpBinding><binding name="d"/></basicHttpBinding>
    <basicHttpsBinding><binding name="d"/></basicHttpsBinding>
    <wsHttpBinding><binding name="d"/></wsHttpBinding>
    <ws2007HttpBinding><binding name="d"/></ws2007HttpBinding>
    <netTcpBinding><binding name="d"/></netTcpBinding>
    <customBinding><binding name="d"><transactionFlow/><reliableSession/>
      <security><issuedTokenParameters><issuer address="http://sts/"><identity><dns/><userPrincipalName/><servicePrincipalName/><rsa/><certificate/><certificateReference/></identity></issuer>
        <issuerMetadata address="http://sts/mex"/><claimTypeRequirements><add claimType="urn:c"/></claimTypeRequirements></issuedTokenParameters>
        <localClientSettings/><localServiceSettings/>
        <secureConversationBootstrap><issuedTokenParameters/><localClientSettings/><localServiceSettings/></secureConversationBootstrap>
      </security><textMessageEncoding/><httpTransport/></binding>
      <binding name="s"><httpsTransport/></binding></customBinding>
  </bindings>`,
  services: `<services><service name="S"><host><baseAddresses><add baseAddress="http://h/"/></baseAddresses><timeouts/></host>
      <endpoint binding="basicHttpBinding" contract="C"><identity><dns/></identity></endpoint></service></services>
    <client><endpoint address="http://h/" binding="basicHttpBinding" contract="C"/></client>`,
  behaviors: `<behaviors>
    <serviceBehaviors><behavior><serviceDebug/><serviceThrottling/><serviceMetadata/>
      <serviceCredentials><serviceCertificate/><clientCertificate><certificate/><authentication/></clientCertificate>
        <userNameAuthentication/><windowsAuthentication/><issuedTokenAuthentication/><secureConversationAuthentication/></serviceCredentials>
    </behavior></serviceBehaviors>
    <endpointBehaviors><behavior><clientCredentials><clientCertificate/>
      <serviceCertificate><defaultCertificate/><scopedCertificates><add targetUri="http://h/"/></scopedCertificates><authentication/><sslCertificateAuthentication/></serviceCertificate>
      <windows/><httpDigest/><issuedToken/></clientCredentials></behavior></endpointBehaviors>
  </behaviors>`,
  extensions: `<extensions><bindingElementExtensions/><bindingExtensions/><behaviorExtensions/></extensions>
    <serviceHostingEnvironment/><protocolMapping><add scheme="http" binding="basicHttpBinding"/></protocolMapping>`,
};

interface Case {
  /** The element kind: its path in the schema from <system.serviceModel>, collections' items included. */
  readonly kind: string;
  /** Other places the same definition appears (checked through this case). */
  readonly alsoAt?: readonly string[];
  readonly config: keyof typeof CONFIGS;
  /** JSON pointer of an instance in the loaded config. */
  readonly pointer: string;
  /** Every attribute with WCF's default; undefined: no default (absent unless written). */
  readonly defaults: Readonly<Record<string, unknown>>;
}

const B = `${SM}/bindings`;
const CB = `${B}/customBinding/binding/0`;
const SEC = `${CB}/security`;
const SB = `${SM}/behaviors/serviceBehaviors/behavior/0`;
const EB = `${SM}/behaviors/endpointBehaviors/behavior/0`;
/** The other places `<identity>` appears (common.schema.json#/$defs/identity). */
const OTHER_IDENTITIES = [
  'bindings/customBinding/binding/security/issuedTokenParameters/issuerMetadata',
  'bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters/issuer',
  'bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters/issuerMetadata',
  'services/service/endpoint',
  'client/endpoint',
];
const identityAlsoAt = (n: string): string[] => OTHER_IDENTITIES.map((base) => `${base}/identity/${n}`);

const CASES: Case[] = [
  // spec/bindings.md §5.2, config-schema.md §6
  {
    kind: 'bindings/basicHttpBinding/binding',
    config: 'bindings',
    pointer: `${B}/basicHttpBinding/binding/0`,
    defaults: { ...HTTP_BINDING, maxBufferSize: 65536, transferMode: 'Buffered' },
  },
  {
    kind: 'bindings/basicHttpBinding/binding/security',
    config: 'bindings',
    pointer: `${B}/basicHttpBinding/binding/0/security`,
    defaults: { mode: 'None' },
  },
  {
    kind: 'bindings/basicHttpBinding/binding/security/transport',
    alsoAt: ['bindings/basicHttpsBinding/binding/security/transport'],
    config: 'bindings',
    pointer: `${B}/basicHttpBinding/binding/0/security/transport`,
    defaults: { clientCredentialType: 'None', ...HTTP_TRANSPORT_SECURITY },
  },
  {
    kind: 'bindings/basicHttpBinding/binding/security/message',
    alsoAt: ['bindings/basicHttpsBinding/binding/security/message'],
    config: 'bindings',
    pointer: `${B}/basicHttpBinding/binding/0/security/message`,
    // algorithmSuite Default = Basic256
    defaults: { clientCredentialType: 'UserName', algorithmSuite: 'Default' },
  },
  {
    kind: 'bindings/basicHttpBinding/binding/readerQuotas',
    alsoAt: [
      'bindings/basicHttpsBinding/binding/readerQuotas',
      'bindings/wsHttpBinding/binding/readerQuotas',
      'bindings/ws2007HttpBinding/binding/readerQuotas',
      'bindings/netTcpBinding/binding/readerQuotas',
      'bindings/customBinding/binding/textMessageEncoding/readerQuotas',
    ],
    config: 'bindings',
    pointer: `${B}/basicHttpBinding/binding/0/readerQuotas`,
    defaults: READER_QUOTAS,
  },
  {
    kind: 'bindings/basicHttpsBinding/binding',
    config: 'bindings',
    pointer: `${B}/basicHttpsBinding/binding/0`,
    defaults: { ...HTTP_BINDING, maxBufferSize: 65536, transferMode: 'Buffered' },
  },
  {
    kind: 'bindings/basicHttpsBinding/binding/security',
    config: 'bindings',
    pointer: `${B}/basicHttpsBinding/binding/0/security`,
    defaults: { mode: 'Transport' },
  },
  // spec/bindings.md §5.3, config-schema.md §6
  {
    kind: 'bindings/wsHttpBinding/binding',
    alsoAt: ['bindings/ws2007HttpBinding/binding'],
    config: 'bindings',
    pointer: `${B}/wsHttpBinding/binding/0`,
    defaults: { ...HTTP_BINDING, transactionFlow: false },
  },
  {
    kind: 'bindings/wsHttpBinding/binding/reliableSession',
    alsoAt: [
      'bindings/ws2007HttpBinding/binding/reliableSession',
      'bindings/netTcpBinding/binding/reliableSession',
    ],
    config: 'bindings',
    pointer: `${B}/wsHttpBinding/binding/0/reliableSession`,
    defaults: { enabled: false, ordered: true, inactivityTimeout: '00:10:00' },
  },
  {
    kind: 'bindings/wsHttpBinding/binding/security',
    alsoAt: ['bindings/ws2007HttpBinding/binding/security'],
    config: 'bindings',
    pointer: `${B}/wsHttpBinding/binding/0/security`,
    defaults: { mode: 'Message' },
  },
  {
    kind: 'bindings/wsHttpBinding/binding/security/transport',
    alsoAt: ['bindings/ws2007HttpBinding/binding/security/transport'],
    config: 'bindings',
    pointer: `${B}/wsHttpBinding/binding/0/security/transport`,
    defaults: { clientCredentialType: 'Windows', ...HTTP_TRANSPORT_SECURITY },
  },
  {
    kind: 'bindings/wsHttpBinding/binding/security/message',
    alsoAt: ['bindings/ws2007HttpBinding/binding/security/message'],
    config: 'bindings',
    pointer: `${B}/wsHttpBinding/binding/0/security/message`,
    defaults: {
      clientCredentialType: 'Windows',
      negotiateServiceCredential: true,
      algorithmSuite: 'Default',
      establishSecurityContext: true,
    },
  },
  {
    kind: 'bindings/ws2007HttpBinding/binding',
    config: 'bindings',
    pointer: `${B}/ws2007HttpBinding/binding/0`,
    defaults: { ...HTTP_BINDING, transactionFlow: false },
  },
  {
    kind: 'bindings/ws2007HttpBinding/binding/security/message',
    config: 'bindings',
    pointer: `${B}/ws2007HttpBinding/binding/0/security/message`,
    defaults: {
      clientCredentialType: 'Windows',
      negotiateServiceCredential: true,
      algorithmSuite: 'Default',
      establishSecurityContext: true,
    },
  },
  // spec/bindings.md §4 (TCP), §5.4
  {
    kind: 'bindings/netTcpBinding/binding',
    config: 'bindings',
    pointer: `${B}/netTcpBinding/binding/0`,
    defaults: {
      name: 'd',
      ...TIMEOUTS,
      hostNameComparisonMode: 'StrongWildcard',
      listenBacklog: 0, // 0 = automatic (12 × CPU on 4.5+)
      maxBufferPoolSize: 524288,
      maxBufferSize: 65536,
      maxConnections: 0, // 0 = automatic
      maxReceivedMessageSize: 65536,
      portSharingEnabled: false,
      transactionFlow: false,
      transactionProtocol: 'OleTransactions',
      transferMode: 'Buffered',
    },
  },
  {
    kind: 'bindings/netTcpBinding/binding/security',
    config: 'bindings',
    pointer: `${B}/netTcpBinding/binding/0/security`,
    defaults: { mode: 'Transport' },
  },
  {
    kind: 'bindings/netTcpBinding/binding/security/transport',
    config: 'bindings',
    pointer: `${B}/netTcpBinding/binding/0/security/transport`,
    defaults: {
      clientCredentialType: 'Windows',
      protectionLevel: 'EncryptAndSign',
      sslProtocols: 'Tls, Tls11, Tls12',
    },
  },
  {
    kind: 'bindings/netTcpBinding/binding/security/message',
    config: 'bindings',
    pointer: `${B}/netTcpBinding/binding/0/security/message`,
    defaults: { clientCredentialType: 'Windows', algorithmSuite: 'Default' },
  },
  // spec/config-schema.md §2–§4, bindings.md §4
  {
    kind: 'bindings/customBinding/binding',
    config: 'bindings',
    pointer: CB,
    defaults: { name: 'd', ...TIMEOUTS },
  },
  {
    kind: 'bindings/customBinding/binding/transactionFlow',
    config: 'bindings',
    pointer: `${CB}/transactionFlow`,
    defaults: { transactionProtocol: 'OleTransactions', allowWildcardAction: false },
  },
  {
    kind: 'bindings/customBinding/binding/reliableSession',
    config: 'bindings',
    pointer: `${CB}/reliableSession`,
    defaults: {
      acknowledgementInterval: '00:00:00.2',
      flowControlEnabled: true,
      inactivityTimeout: '00:10:00',
      maxPendingChannels: 4,
      maxRetryCount: 8,
      maxTransferWindowSize: 8,
      ordered: true,
      reliableMessagingVersion: 'WSReliableMessagingFebruary2005',
    },
  },
  {
    kind: 'bindings/customBinding/binding/security',
    config: 'bindings',
    pointer: SEC,
    defaults: SECURITY_BASE,
  },
  {
    kind: 'bindings/customBinding/binding/security/secureConversationBootstrap',
    config: 'bindings',
    pointer: `${SEC}/secureConversationBootstrap`,
    defaults: SECURITY_BASE,
  },
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters',
    alsoAt: ['bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters'],
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters`,
    defaults: ISSUED_TOKEN_PARAMETERS,
  },
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters/issuer',
    alsoAt: [
      'bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters/issuer',
    ],
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/issuer`,
    defaults: { address: 'http://sts/', binding: '', bindingConfiguration: '' },
  },
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters/issuerMetadata',
    alsoAt: [
      'bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters/issuerMetadata',
    ],
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/issuerMetadata`,
    defaults: { address: 'http://sts/mex' },
  },
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters/claimTypeRequirements/add',
    alsoAt: [
      'bindings/customBinding/binding/security/secureConversationBootstrap/issuedTokenParameters/claimTypeRequirements/add',
    ],
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/claimTypeRequirements/add/0`,
    defaults: { claimType: 'urn:c', isOptional: false },
  },
  ...['dns', 'userPrincipalName', 'servicePrincipalName', 'rsa'].map((n): Case => ({
    kind: `bindings/customBinding/binding/security/issuedTokenParameters/issuer/identity/${n}`,
    alsoAt: identityAlsoAt(n),
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/issuer/identity/${n}`,
    defaults: IDENTITY_VALUE,
  })),
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters/issuer/identity/certificate',
    alsoAt: identityAlsoAt('certificate'),
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/issuer/identity/certificate`,
    defaults: { encodedValue: undefined },
  },
  {
    kind: 'bindings/customBinding/binding/security/issuedTokenParameters/issuer/identity/certificateReference',
    alsoAt: identityAlsoAt('certificateReference'),
    config: 'bindings',
    pointer: `${SEC}/issuedTokenParameters/issuer/identity/certificateReference`,
    // WCF's CertificateReferenceElement: LocalMachine, My, FindBySubjectDistinguishedName, not chain-included.
    defaults: { ...SERVICE_SIDE_CERTIFICATE, isChainIncluded: false },
  },
  {
    kind: 'bindings/customBinding/binding/security/localClientSettings',
    alsoAt: ['bindings/customBinding/binding/security/secureConversationBootstrap/localClientSettings'],
    config: 'bindings',
    pointer: `${SEC}/localClientSettings`,
    defaults: LOCAL_CLIENT,
  },
  {
    kind: 'bindings/customBinding/binding/security/localServiceSettings',
    alsoAt: ['bindings/customBinding/binding/security/secureConversationBootstrap/localServiceSettings'],
    config: 'bindings',
    pointer: `${SEC}/localServiceSettings`,
    defaults: LOCAL_SERVICE,
  },
  {
    kind: 'bindings/customBinding/binding/textMessageEncoding',
    config: 'bindings',
    pointer: `${CB}/textMessageEncoding`,
    defaults: {
      maxReadPoolSize: 64,
      maxWritePoolSize: 16,
      messageVersion: 'Soap12WSAddressing10',
      writeEncoding: 'utf-8',
    },
  },
  {
    kind: 'bindings/customBinding/binding/httpTransport',
    config: 'bindings',
    pointer: `${CB}/httpTransport`,
    defaults: HTTP_TRANSPORT_ELEMENT,
  },
  {
    kind: 'bindings/customBinding/binding/httpsTransport',
    config: 'bindings',
    pointer: `${B}/customBinding/binding/1/httpsTransport`,
    defaults: { ...HTTP_TRANSPORT_ELEMENT, requireClientCertificate: false },
  },
  // spec/config-schema.md §1
  {
    kind: 'services/service',
    config: 'services',
    pointer: `${SM}/services/service/0`,
    defaults: { name: 'S', behaviorConfiguration: '' },
  },
  {
    kind: 'services/service/host/baseAddresses/add',
    config: 'services',
    pointer: `${SM}/services/service/0/host/baseAddresses/add/0`,
    defaults: { baseAddress: 'http://h/' },
  },
  {
    kind: 'services/service/host/timeouts',
    config: 'services',
    pointer: `${SM}/services/service/0/host/timeouts`,
    // ServiceDefaults: a host opens in 1 minute and closes in 10 seconds.
    defaults: { openTimeout: '00:01:00', closeTimeout: '00:00:10' },
  },
  {
    kind: 'services/service/endpoint',
    config: 'services',
    pointer: `${SM}/services/service/0/endpoint/0`,
    defaults: {
      address: '',
      binding: 'basicHttpBinding',
      bindingConfiguration: '',
      bindingName: '',
      bindingNamespace: '',
      contract: 'C',
      behaviorConfiguration: '',
      name: '',
      listenUri: undefined,
      listenUriMode: 'Explicit',
      isSystemEndpoint: false,
      kind: '',
      endpointConfiguration: '',
    },
  },
  {
    kind: 'client/endpoint',
    config: 'services',
    pointer: `${SM}/client/endpoint/0`,
    defaults: {
      address: 'http://h/',
      binding: 'basicHttpBinding',
      bindingConfiguration: '',
      contract: 'C',
      name: '',
      behaviorConfiguration: '',
      kind: '',
      endpointConfiguration: '',
    },
  },
  // spec/config-schema.md §5, bindings.md §4 (throttles)
  { kind: 'behaviors/serviceBehaviors/behavior', config: 'behaviors', pointer: SB, defaults: { name: '' } },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceDebug',
    config: 'behaviors',
    pointer: `${SB}/serviceDebug`,
    defaults: {
      includeExceptionDetailInFaults: false,
      httpHelpPageEnabled: true,
      httpsHelpPageEnabled: true,
      httpHelpPageUrl: '',
      httpsHelpPageUrl: '',
      httpHelpPageBinding: '',
      httpHelpPageBindingConfiguration: '',
      httpsHelpPageBinding: '',
      httpsHelpPageBindingConfiguration: '',
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceThrottling',
    config: 'behaviors',
    pointer: `${SB}/serviceThrottling`,
    // 16 / 100 / 116 per processor (WCF 4.5): machine-dependent, so no schema default; checked on the host below.
    defaults: {
      maxConcurrentCalls: undefined,
      maxConcurrentSessions: undefined,
      maxConcurrentInstances: undefined,
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceMetadata',
    config: 'behaviors',
    pointer: `${SB}/serviceMetadata`,
    defaults: {
      httpGetEnabled: false,
      httpsGetEnabled: false,
      httpGetUrl: '',
      httpsGetUrl: '',
      httpGetBinding: '',
      httpGetBindingConfiguration: '',
      httpsGetBinding: '',
      httpsGetBindingConfiguration: '',
      externalMetadataLocation: '',
      policyVersion: 'Default',
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials`,
    defaults: { type: '', useIdentityConfiguration: false, identityConfiguration: '' },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/serviceCertificate',
    alsoAt: ['behaviors/serviceBehaviors/behavior/serviceCredentials/clientCertificate/certificate'],
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/serviceCertificate`,
    defaults: SERVICE_SIDE_CERTIFICATE,
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/clientCertificate/certificate',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/clientCertificate/certificate`,
    defaults: SERVICE_SIDE_CERTIFICATE,
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/clientCertificate/authentication',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/clientCertificate/authentication`,
    defaults: {
      certificateValidationMode: 'ChainTrust',
      revocationMode: 'Online',
      trustedStoreLocation: 'LocalMachine',
      customCertificateValidatorType: '',
      mapClientCertificateToWindowsAccount: false,
      includeWindowsGroups: true,
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/userNameAuthentication',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/userNameAuthentication`,
    defaults: {
      userNamePasswordValidationMode: 'Windows',
      customUserNamePasswordValidatorType: '',
      membershipProviderName: '',
      includeWindowsGroups: true,
      cacheLogonTokens: false,
      maxCachedLogonTokens: 128,
      cachedLogonTokenLifetime: '00:15:00',
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/windowsAuthentication',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/windowsAuthentication`,
    defaults: { allowAnonymousLogons: false, includeWindowsGroups: true },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/issuedTokenAuthentication',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/issuedTokenAuthentication`,
    defaults: {
      allowUntrustedRsaIssuers: false,
      audienceUriMode: 'Always',
      trustedStoreLocation: 'LocalMachine',
      samlSerializerType: '',
      certificateValidationMode: 'ChainTrust',
      revocationMode: 'Online',
      customCertificateValidatorType: '',
    },
  },
  {
    kind: 'behaviors/serviceBehaviors/behavior/serviceCredentials/secureConversationAuthentication',
    config: 'behaviors',
    pointer: `${SB}/serviceCredentials/secureConversationAuthentication`,
    defaults: { securityStateEncoderType: '' },
  },
  { kind: 'behaviors/endpointBehaviors/behavior', config: 'behaviors', pointer: EB, defaults: { name: '' } },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials`,
    defaults: { type: '', supportInteractive: true, useIdentityConfiguration: false },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/clientCertificate',
    alsoAt: ['behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/defaultCertificate'],
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/clientCertificate`,
    defaults: CLIENT_SIDE_CERTIFICATE,
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/defaultCertificate',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/serviceCertificate/defaultCertificate`,
    defaults: CLIENT_SIDE_CERTIFICATE,
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/scopedCertificates/add',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/serviceCertificate/scopedCertificates/add/0`,
    defaults: { ...CLIENT_SIDE_CERTIFICATE, targetUri: 'http://h/' },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/authentication',
    alsoAt: [
      'behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/sslCertificateAuthentication',
    ],
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/serviceCertificate/authentication`,
    defaults: {
      certificateValidationMode: 'ChainTrust',
      revocationMode: 'Online',
      trustedStoreLocation: 'CurrentUser',
      customCertificateValidatorType: '',
    },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/serviceCertificate/sslCertificateAuthentication',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/serviceCertificate/sslCertificateAuthentication`,
    defaults: {
      certificateValidationMode: 'ChainTrust',
      revocationMode: 'Online',
      trustedStoreLocation: 'CurrentUser',
      customCertificateValidatorType: '',
    },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/windows',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/windows`,
    defaults: { allowedImpersonationLevel: 'Identification', allowNtlm: true },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/httpDigest',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/httpDigest`,
    defaults: { impersonationLevel: 'Identification' },
  },
  {
    kind: 'behaviors/endpointBehaviors/behavior/clientCredentials/issuedToken',
    config: 'behaviors',
    pointer: `${EB}/clientCredentials/issuedToken`,
    defaults: {
      cacheIssuedTokens: true,
      defaultKeyEntropyMode: 'CombinedEntropy',
      issuedTokenRenewalThresholdPercentage: 60,
      maxIssuedTokenCachingTime: MAX_TIMESPAN,
      localIssuerChannelBehaviors: '',
    },
  },
  ...['bindingElementExtensions', 'bindingExtensions', 'behaviorExtensions'].map((kind): Case => ({
    kind: `extensions/${kind}/add`,
    config: 'extensions',
    pointer: `${SM}/extensions/${kind}`,
    defaults: {}, // name and type are required: nothing to default (checked through the schema below)
  })),
  {
    kind: 'serviceHostingEnvironment',
    config: 'extensions',
    pointer: `${SM}/serviceHostingEnvironment`,
    defaults: {
      aspNetCompatibilityEnabled: false,
      multipleSiteBindingsEnabled: false,
      minFreeMemoryPercentageToActivateService: 5,
      closeIdleServicesAtLowMemory: false,
    },
  },
  {
    kind: 'protocolMapping/add',
    config: 'extensions',
    pointer: `${SM}/protocolMapping/add/0`,
    defaults: { scheme: 'http', binding: 'basicHttpBinding', bindingConfiguration: '' },
  },
];

/** Every element kind of the schema with its attributes (`x/identity/dns` → ['value']). */
function schemaElements(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (node: SchemaNode, path: string): void => {
    if (out.has(path)) return;
    const names = node.propertyNames();
    out.set(
      path,
      names.filter((n) => node.property(n)!.isScalar()),
    );
    for (const c of names.filter((n) => !node.property(n)!.isScalar())) {
      const child = node.property(c)!;
      const target = child.isArray ? child.items() : child;
      if (target && !target.isAnyXml) visit(target, path ? `${path}/${c}` : c);
    }
  };
  visit(ConfigSchema.shared.root().property('system.serviceModel')!, '');
  out.delete('');
  return out;
}

describe("every attribute of every element has WCF's default (effective model)", () => {
  const loaded = Object.fromEntries(Object.entries(CONFIGS).map(([k, v]) => [k, loadXml(v)])) as Record<
    keyof typeof CONFIGS,
    ReturnType<typeof loadXml>
  >;

  it.each(CASES.map((c) => [c.kind, c] as const))('%s', (_kind, c) => {
    const element = at(loaded[c.config].effective, c.pointer) as Record<string, unknown>;
    expect(element).toBeDefined();
    const attributes = Object.fromEntries(
      Object.entries(element).filter(([, v]) => v === null || typeof v !== 'object'),
    );
    const expected = Object.fromEntries(Object.entries(c.defaults).filter(([, v]) => v !== undefined));
    expect(attributes).toEqual(expected);
  });

  it('checks every element and attribute the schema has', () => {
    const covered = new Map<string, Case>();
    for (const c of CASES) for (const path of [c.kind, ...(c.alsoAt ?? [])]) covered.set(path, c);
    const missing: string[] = [];
    for (const [path, attributes] of schemaElements()) {
      if (!attributes.length) continue;
      const c = covered.get(path);
      if (!c) {
        missing.push(`${path} (no case)`);
        continue;
      }
      const named = Object.keys(c.defaults);
      const required =
        ConfigSchema.shared.at(
          `${SM}/${path.replace(/\/(add|binding|service|endpoint|behavior)(?=\/|$)/g, '/$1/0')}`,
        )?.required ?? [];
      const unchecked = attributes.filter((a) => !named.includes(a) && !required.includes(a));
      const unknown = named.filter((a) => !attributes.includes(a));
      if (unchecked.length || unknown.length)
        missing.push(
          `${path}: unchecked ${unchecked.join(', ') || '-'}; not in the schema ${unknown.join(', ') || '-'}`,
        );
    }
    expect(missing).toEqual([]);
  });
});

describe('runtime objects built from minimal configs carry the same defaults', () => {
  const HTTP_TRANSPORT = {
    maxReceivedMessageSize: 65536,
    maxBufferSize: 65536,
    maxBufferPoolSize: 524288,
    keepAliveEnabled: true,
    hostNameComparisonMode: 'StrongWildcard',
    transferMode: 'Buffered',
    manualAddressing: false,
  };
  const TEXT = (messageVersion: string): Record<string, unknown> => ({
    messageVersion,
    writeEncoding: 'utf-8',
    readerQuotas: READER_QUOTAS,
    maxReadPoolSize: 64,
    maxWritePoolSize: 16,
  });
  const TIMEOUTS_MS = {
    openTimeout: 60_000,
    closeTimeout: 60_000,
    sendTimeout: 60_000,
    receiveTimeout: 600_000,
  };
  const stackOf = (binding: {
    createBindingElements(): { configurationName: string; describe(): unknown }[];
  }) => binding.createBindingElements().map((e) => [e.configurationName, e.describe()]);
  const timeoutsOf = (b: Record<string, unknown>) => ({
    openTimeout: b.openTimeout,
    closeTimeout: b.closeTimeout,
    sendTimeout: b.sendTimeout,
    receiveTimeout: b.receiveTimeout,
  });

  it('basicHttpBinding: SOAP 1.1 text, HTTP transport 65536 / 524288, timeouts 1 min / 10 min', () => {
    const binding = loadXml(CONFIGS.bindings).createBinding('basicHttpBinding', 'd');
    expect(stackOf(binding)).toEqual([
      ['textMessageEncoding', TEXT('Soap11')],
      ['httpTransport', HTTP_TRANSPORT],
    ]);
    expect(timeoutsOf(binding as unknown as Record<string, unknown>)).toEqual(TIMEOUTS_MS);
  });

  it('basicHttpsBinding: the same over HTTPS, no client certificate required', () => {
    const binding = loadXml(CONFIGS.bindings).createBinding('basicHttpsBinding', 'd');
    expect(stackOf(binding)).toEqual([
      ['textMessageEncoding', TEXT('Soap11')],
      ['httpsTransport', { ...HTTP_TRANSPORT, requireClientCertificate: false }],
    ]);
  });

  it.each([
    ['wsHttpBinding', 'WSAtomicTransactionOctober2004'],
    ['ws2007HttpBinding', 'WSAtomicTransaction11'],
  ])(
    '%s (security None): transactionFlow off, SOAP 1.2 + WS-Addressing 1.0 text, HTTP',
    (section, protocol) => {
      const config = loadXml(
        `<bindings><${section}><binding name="n"><security mode="None"/></binding></${section}></bindings>`,
      );
      const binding = config.createBinding(section, 'n');
      expect(stackOf(binding)).toEqual([
        ['transactionFlow', { transactionFlow: false, transactionProtocol: protocol }],
        ['textMessageEncoding', TEXT('Soap12WSAddressing10')],
        ['httpTransport', HTTP_TRANSPORT],
      ]);
      expect(timeoutsOf(binding as unknown as Record<string, unknown>)).toEqual(TIMEOUTS_MS);
    },
  );

  it.each(['wsHttpBinding', 'ws2007HttpBinding'])(
    '%s by default (Message, Windows, secure session) maps to the stack of spec/bindings.md §6.3, and is not built yet',
    (section) => {
      const config = loadXml(CONFIGS.bindings);
      expect(() => config.createBinding(section, 'd')).toThrow(/not supported yet: security mode Message/);
      const [flow, security, text, transport] = config.intendedStack(section, 'd')!;
      expect([
        flow.configurationName,
        security.configurationName,
        text.configurationName,
        transport.configurationName,
      ]).toEqual(['transactionFlow', 'security', 'textMessageEncoding', 'httpTransport']);
      expect(security.settings).toMatchObject({
        authenticationMode: 'SecureConversation',
        requireSecurityContextCancellation: true,
        defaultAlgorithmSuite: 'Basic256',
        includeTimestamp: true,
        bootstrap: { authenticationMode: 'SspiNegotiated' },
      });
      expect(text.settings).toEqual(TEXT('Soap12WSAddressing10'));
      expect(transport.settings).toEqual(HTTP_TRANSPORT);
    },
  );

  it('customBinding elements: httpTransport, httpsTransport, textMessageEncoding, transactionFlow', () => {
    const config = loadXml(`<bindings><customBinding>
      <binding name="a"><transactionFlow/><textMessageEncoding/><httpTransport/></binding>
      <binding name="b"><httpsTransport/></binding></customBinding></bindings>`);
    const a = config.createBinding('customBinding', 'a');
    expect(stackOf(a)).toEqual([
      // RS TransactionFlowElement: the element in config turns flow on; its protocol default is OleTransactions.
      ['transactionFlow', { transactionFlow: true, transactionProtocol: 'OleTransactions' }],
      ['textMessageEncoding', TEXT('Soap12WSAddressing10')],
      ['httpTransport', HTTP_TRANSPORT],
    ]);
    expect(timeoutsOf(a as unknown as Record<string, unknown>)).toEqual(TIMEOUTS_MS);
    expect(stackOf(config.createBinding('customBinding', 'b'))).toEqual([
      ['httpsTransport', { ...HTTP_TRANSPORT, requireClientCertificate: false }],
    ]);
  });

  it('customBinding <security> and its local settings: the intended element carries the spec defaults', () => {
    const config = loadXml(`<bindings><customBinding><binding name="s">
      <security authenticationMode="SecureConversation"><secureConversationBootstrap authenticationMode="MutualCertificate"/></security>
      <textMessageEncoding/><httpTransport/></binding></customBinding></bindings>`);
    const [security] = config.intendedStack('customBinding', 's')!;
    expect(security.settings).toMatchObject({
      authenticationMode: 'SecureConversation',
      defaultAlgorithmSuite: 'Basic256',
      includeTimestamp: true,
      securityHeaderLayout: 'Strict',
      keyEntropyMode: 'CombinedEntropy',
      requireSecurityContextCancellation: true,
      localClientSettings: LOCAL_CLIENT,
      localServiceSettings: LOCAL_SERVICE,
    });
  });

  it('netTcpBinding loads with its defaults but is not built (no TCP transport yet)', () => {
    expect(() => loadXml(CONFIGS.bindings).createBinding('netTcpBinding', 'd')).toThrow(
      /not supported yet: the binding type <netTcpBinding> — Indigo has no TCP transport yet/,
    );
  });

  it('a host: throttles 16 / 100 / 116 per processor, no exception detail, opens in 1 min and closes in 10 s', async () => {
    const n = cpus().length;
    for (const [written, behavior] of [
      ['', ''],
      [
        '<host><timeouts/></host>',
        '<serviceBehaviors><behavior><serviceThrottling/><serviceDebug/></behavior></serviceBehaviors>',
      ],
    ]) {
      const config = loadXml(`<services><service name="CalculatorService">${written}
          <endpoint address="http://127.0.0.1:0/c" binding="basicHttpBinding" contract="ICalculator"/></service></services>
        <behaviors>${behavior}</behaviors>`);
      const [host] = await config.createServiceHosts({ CalculatorService });
      expect(host.throttling).toEqual({
        maxConcurrentCalls: 16 * n,
        maxConcurrentSessions: 100 * n,
        maxConcurrentInstances: 116 * n,
      });
      expect(host.debug).toEqual({ includeExceptionDetailInFaults: false });
      // CommunicationObject keeps them protected; WCF's ServiceHost defaults (ServiceDefaults) are what matters.
      const timeouts = host as unknown as { defaultOpenTimeout: number; defaultCloseTimeout: number };
      expect([timeouts.defaultOpenTimeout, timeouts.defaultCloseTimeout]).toEqual([60_000, 10_000]);
      expect(host.endpoints[0].binding.receiveTimeout).toBe(600_000);
    }
  });

  it('a client: <clientCredentials/> trusts TLS certificates by chain, presents no certificate', async () => {
    const config =
      loadXml(`<client><endpoint name="c" address="http://h/" binding="basicHttpBinding" contract="ICalculator" behaviorConfiguration="b"/></client>
      <behaviors><endpointBehaviors><behavior name="b"><clientCredentials/></behavior></endpointBehaviors></behaviors>`);
    const factory = await config.createChannelFactory(ICalculator, 'c');
    expect(factory.credentials.serviceCertificate.sslCertificateAuthentication).toEqual({
      certificateValidationMode: 'ChainTrust',
      trustedAuthorities: [],
    });
    expect(factory.credentials.clientCertificate.certificate).toBeUndefined();
    expect(factory.binding.sendTimeout).toBe(60_000);
  });
});
