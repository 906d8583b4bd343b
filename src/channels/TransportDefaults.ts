/** WCF's transport defaults (RS Channels/TransportDefaults.cs). */
export const DefaultTransportLimits = {
  maxReceivedMessageSize: 65_536,
  maxBufferSize: 65_536,
  maxBufferPoolSize: 524_288,
} as const;
