export * from './HttpChannelFactory';
export * from './HttpChannelListener';
export * from './HttpServerRegistry';
export * from './HttpsCredentials';
export * from './HttpsTransportBindingElement';
export * from './HttpStatus';
export * from './HttpTransportBindingElement';
