export * from './ContentType';
export * from './TextEncoding';
export * from './TextMessageEncoder';
export * from './TextMessageEncodingBindingElement';
