import { Container, ContainerModule } from 'inversify';
import type { BindingElement } from '../channels/BindingElement';
import { ServiceResolver, ServiceToken } from '../channels/BindingParameters';
import { ClockToken, systemClock, type Clock } from '../channels/Clock';
import { consoleLogger, LoggerToken } from '../channels/Logger';
import { CryptoProvider, NodeCryptoProvider } from '../crypto/CryptoProvider';
import { TextMessageEncodingBindingElement } from '../encoders/text/TextMessageEncodingBindingElement';
import {
  inMemorySecurityContextTokenCacheFactory,
  SecurityContextTokenCacheFactoryToken,
  SecurityContextTokenCacheToken,
  type SecurityContextTokenCacheFactory,
} from '../security/conversation/SecurityContextTokenCache';
import { SecurityBindingElement } from '../security/SecurityBindingElement';
import { TransactionFlowBindingElement } from '../transactions/TransactionFlowBindingElement';
import { HttpServerRegistry, NodeHttpServerRegistry } from '../transports/http/HttpServerRegistry';
import { HttpsTransportBindingElement } from '../transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../transports/http/HttpTransportBindingElement';
import { BindingElementRegistry, type BindingElementKind } from './BindingElementRegistry';

/** The inversify identifier of a ServiceToken (tokens are typed objects; inversify wants symbols). */
export function serviceId<T>(token: ServiceToken<T>): symbol {
  return Symbol.for(`indigo:${token.name}`);
}

/** Multi-bound: every binding element kind. */
export const BindingElementKindId = Symbol.for('indigo:BindingElementKind');
export const BindingElementRegistryId = Symbol.for('indigo:BindingElementRegistry');
export const CryptoProviderToken = new ServiceToken<CryptoProvider>('CryptoProvider');

/** Registers one binding element kind (the one line a new kind needs). */
export function bindingElementKind(
  configurationName: string,
  create: () => BindingElement,
): BindingElementKind {
  return { configurationName, create };
}

/** The binding element kinds Indigo ships, each under its WCF config name. */
export const coreBindingElementsModule = new ContainerModule(({ bind }) => {
  for (const kind of [
    bindingElementKind('httpTransport', () => new HttpTransportBindingElement()),
    bindingElementKind('httpsTransport', () => new HttpsTransportBindingElement()),
    bindingElementKind('textMessageEncoding', () => new TextMessageEncodingBindingElement()),
    bindingElementKind('transactionFlow', () => new TransactionFlowBindingElement()),
    // A fresh `<security>` is the element its authenticationMode makes; config maps the attributes
    // (src/security/SecurityElementSettings); a bare kind is MutualCertificate, the mode Indigo's samples use.
    bindingElementKind('security', () => SecurityBindingElement.createMutualCertificateBindingElement()),
  ]) {
    bind<BindingElementKind>(BindingElementKindId).toConstantValue(kind);
  }
});

/** The shared services, each replaceable by rebinding its identifier. */
export const coreServicesModule = new ContainerModule(({ bind }) => {
  bind(serviceId(LoggerToken)).toConstantValue(consoleLogger);
  bind(serviceId(ClockToken)).toConstantValue(systemClock);
  bind(serviceId(CryptoProviderToken)).toConstantValue(new NodeCryptoProvider());
  bind(serviceId(HttpServerRegistry.token)).toConstantValue(NodeHttpServerRegistry.shared);
  // Session SCTs: a new in-memory cache per stack, on the container's clock. Rebinding the factory replaces the
  // store for every stack (a farm's shared cache); the cache token itself resolves through the factory.
  bind(serviceId(SecurityContextTokenCacheFactoryToken)).toDynamicValue((ctx) =>
    inMemorySecurityContextTokenCacheFactory(ctx.get<Clock>(serviceId(ClockToken))),
  );
  bind(serviceId(SecurityContextTokenCacheToken)).toDynamicValue((ctx) =>
    ctx.get<SecurityContextTokenCacheFactory>(serviceId(SecurityContextTokenCacheFactoryToken))(),
  );
  bind(BindingElementRegistryId).toDynamicValue(
    (ctx) => new BindingElementRegistry(ctx.getAll<BindingElementKind>(BindingElementKindId)),
  );
});

/** A container with Indigo's kinds and services; load more modules into it to extend or replace them. */
export function createIndigoContainer(): Container {
  const container = new Container();
  container.loadSync(coreBindingElementsModule, coreServicesModule);
  return container;
}

/** Adapts a container to the ServiceResolver the stacks take as a binding parameter. */
export class ContainerServiceResolver extends ServiceResolver {
  constructor(readonly container: Container) {
    super();
  }

  override get<T>(token: ServiceToken<T>): T {
    return this.container.get<T>(serviceId(token));
  }

  get bindingElements(): BindingElementRegistry {
    return this.container.get<BindingElementRegistry>(BindingElementRegistryId);
  }
}
