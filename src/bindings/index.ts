export * from './BasicHttpBinding';
export * from './CustomBinding';
export * from './HttpBindingBase';
export * from './SecurityModes';
export * from './WSHttpBinding';
export * from './WS2007HttpBinding';
