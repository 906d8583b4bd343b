/**
 * The exception family of System.ServiceModel, as typed errors. Callers branch on the class, as WCF
 * callers catch CommunicationException / TimeoutException / FaultException.
 */
export class CommunicationException extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The operation did not complete within its timeout (WCF: System.TimeoutException). */
export class TimeoutException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutException';
  }
}

/**
 * A call that is not valid in the object's current state (WCF: System.InvalidOperationException), e.g. a
 * non-initiating operation called first on a session proxy, or any call after its terminating operation.
 */
export class InvalidOperationException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOperationException';
  }
}

/** A communication object was used in a state that does not allow it (WCF: CommunicationObjectFaulted / Aborted / InvalidOperation). */
export class CommunicationObjectStateException extends CommunicationException {}

/** The peer broke the protocol: a malformed message, a wrong content type, an unexpected reply. */
export class ProtocolException extends CommunicationException {}

/** Nothing listens at the address (connection refused, HTTP 404). */
export class EndpointNotFoundException extends CommunicationException {}

/** The server is too busy (HTTP 503). */
export class ServerTooBusyException extends CommunicationException {}

/** A configured limit (maxReceivedMessageSize, reader quotas) was exceeded. */
export class QuotaExceededException extends CommunicationException {}

/** A channel stack could not be built from the binding elements (WCF's binding invariants). */
export class BindingConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BindingConfigurationError';
  }
}

/**
 * Trust with the peer could not be established (WCF: System.ServiceModel.Security.SecurityNegotiationException),
 * e.g. the server's TLS certificate is not trusted.
 */
export class SecurityNegotiationException extends CommunicationException {}

/**
 * The message was refused for security reasons (WCF: System.ServiceModel.Security.MessageSecurityException),
 * e.g. an HTTPS endpoint that requires a client certificate answered 403.
 */
export class MessageSecurityException extends CommunicationException {}
