/**
 * Indigo: WCF's binding model for Node.js. The public API, by layer (DESIGN.md).
 */
import 'reflect-metadata';

export * from './xml';
export * from './channels';
export * from './encoders/text';
export * from './transports/http';
export * from './transactions/TransactionFlowBindingElement';
export * from './bindings';
export * from './crypto';
export * from './security/SecurityAlgorithmSuite';
export * from './security';
export * from './security/xmldsig';
export * from './security/xmlenc';
export * from './service';
export * from './client';
export * from './di';
export * from './config';
