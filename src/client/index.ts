export * from './ChannelFactory';
export * from './ClientChannel';
export * from './ClientCredentials';
