/**
 * A binding element kind added from outside src/: one class and one registration in a ContainerModule, then
 * resolved by its config name through the same registry the config loader uses — no core code edited.
 */
import { ContainerModule } from 'inversify';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import type { BindingContext } from '../../src/channels/BindingContext';
import { BindingElement } from '../../src/channels/BindingElement';
import type {
  ChannelShape,
  ChannelShapes,
  IChannelFactory,
  IChannelListener,
  IReplyChannel,
  IRequestChannel,
  RequestContext,
} from '../../src/channels/Channels';
import type { EndpointAddress } from '../../src/channels/EndpointAddress';
import {
  DelegatingReplyChannel,
  DelegatingRequestChannel,
  LayeredChannelFactory,
  LayeredChannelListener,
} from '../../src/channels/LayeredChannels';
import { type Logger, LoggerToken } from '../../src/channels/Logger';
import type { Message } from '../../src/channels/Message';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { ChannelFactory } from '../../src/client/ChannelFactory';
import {
  bindingElementKind,
  BindingElementKindId,
  ContainerServiceResolver,
  createIndigoContainer,
  serviceId,
} from '../../src/di';
import { ServiceHost } from '../../src/service/ServiceHost';
import { CalculatorService } from '../../samples/calculator/CalculatorService';
import { ICalculator } from '../../samples/calculator/ICalculator';

/** Records the action of every message that passes, on both sides. */
class MessageInspectorBindingElement extends BindingElement {
  readonly configurationName = 'messageInspector';
  constructor(readonly seen: string[] = []) {
    super();
  }

  override clone(): MessageInspectorBindingElement {
    return new MessageInspectorBindingElement(this.seen);
  }

  override describe(): Readonly<Record<string, unknown>> {
    return {};
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    const inner = context.buildInnerChannelFactory('IRequestChannel');
    const seen = this.seen;
    class InspectingFactory extends LayeredChannelFactory<IRequestChannel, IRequestChannel> {
      constructor() {
        super(inner);
      }
      createChannel(address: EndpointAddress, via?: URL): IRequestChannel {
        return new (class extends DelegatingRequestChannel {
          override async request(message: Message, timeoutMs?: number): Promise<Message | null> {
            seen.push(`client sends ${message.action}`);
            return super.request(message, timeoutMs);
          }
        })(inner.createChannel(address, via));
      }
    }
    void shape;
    return new InspectingFactory() as unknown as IChannelFactory<ChannelShapes[S]>;
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    const inner = context.buildInnerChannelListener('IReplyChannel');
    const seen = this.seen;
    class InspectingListener extends LayeredChannelListener<IReplyChannel, IReplyChannel> {
      constructor() {
        super(inner);
      }
      protected wrapChannel(channel: IReplyChannel): IReplyChannel {
        return new (class extends DelegatingReplyChannel {
          override async receiveRequest(timeoutMs?: number): Promise<RequestContext | null> {
            const context = await super.receiveRequest(timeoutMs);
            if (context) seen.push(`service receives ${context.requestMessage.action}`);
            return context;
          }
        })(channel);
      }
    }
    void shape;
    return new InspectingListener() as unknown as IChannelListener<ChannelShapes[S]>;
  }

  override canBuildChannelFactory(context: BindingContext, shape: ChannelShape): boolean {
    return shape === 'IRequestChannel' && context.canBuildInnerChannelFactory(shape);
  }

  override canBuildChannelListener(context: BindingContext, shape: ChannelShape): boolean {
    return shape === 'IReplyChannel' && context.canBuildInnerChannelListener(shape);
  }
}

describe('DI container', () => {
  const seen: string[] = [];
  const inspectorModule = new ContainerModule(({ bind }) => {
    bind(BindingElementKindId).toConstantValue(
      bindingElementKind('messageInspector', () => new MessageInspectorBindingElement(seen)),
    );
  });

  it('resolves a binding element kind registered from outside src by its config name', () => {
    const container = createIndigoContainer();
    container.loadSync(inspectorModule);
    const registry = new ContainerServiceResolver(container).bindingElements;
    expect(registry.names).toEqual(
      expect.arrayContaining([
        'httpTransport',
        'httpsTransport',
        'textMessageEncoding',
        'transactionFlow',
        'messageInspector',
      ]),
    );
    expect(registry.create('messageInspector')).toBeInstanceOf(MessageInspectorBindingElement);
  });

  it('names the registered kinds when a config name is unknown', () => {
    const registry = new ContainerServiceResolver(createIndigoContainer()).bindingElements;
    expect(() => registry.create('messageInspectr')).toThrow(
      /No binding element kind is registered under 'messageInspectr'. Registered: httpTransport, httpsTransport, security, textMessageEncoding, transactionFlow/,
    );
  });

  it('runs the registered element in a real stack on both sides', async () => {
    const container = createIndigoContainer();
    container.loadSync(inspectorModule);
    const services = new ContainerServiceResolver(container);
    const binding = (): CustomBinding =>
      new CustomBinding([
        services.bindingElements.create('messageInspector'),
        services.bindingElements.create('textMessageEncoding'),
        services.bindingElements.create('httpTransport'),
      ]);
    const host = new ServiceHost(CalculatorService, { services });
    host.addServiceEndpoint(ICalculator, binding(), 'http://127.0.0.1:0/inspected');
    await host.open();
    try {
      const factory = new ChannelFactory(ICalculator, binding(), host.endpoints[0].address, { services });
      const calc = await factory.createChannel();
      expect(await calc.add(1, 2)).toBe(3);
      await factory.close();
      expect(seen).toEqual([
        'client sends http://tempuri.org/ICalculator/Add',
        'service receives http://tempuri.org/ICalculator/Add',
      ]);
      expect(binding().messageVersion).toBe(MessageVersion.Soap12WSAddressing10);
    } finally {
      await host.close();
    }
  });

  it('lets a user replace a shared service (the logger) without touching core code', async () => {
    const container = createIndigoContainer();
    const logged: string[] = [];
    const recording: Logger = {
      debug: () => {},
      info: () => {},
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
    };
    container.rebindSync(serviceId(LoggerToken)).toConstantValue(recording);
    const services = new ContainerServiceResolver(container);
    class FailingCalculator extends CalculatorService {
      override async add(): Promise<number> {
        throw new Error('boom');
      }
    }
    const host = new ServiceHost(FailingCalculator, { services });
    host.addServiceEndpoint(
      ICalculator,
      new CustomBinding([services.bindingElements.create('httpTransport')]),
      'http://127.0.0.1:0/failing',
    );
    await host.open();
    try {
      const factory = new ChannelFactory(
        ICalculator,
        new CustomBinding([services.bindingElements.create('httpTransport')]),
        host.endpoints[0].address,
      );
      const calc = await factory.createChannel();
      await expect(calc.add(1, 2)).rejects.toThrow(/internal error/);
      await factory.close();
      expect(logged).toEqual(['Operation ICalculator.Add failed']);
    } finally {
      await host.close();
    }
  });
});
