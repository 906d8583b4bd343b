/**
 * WCF's binding invariants and build order (spec/bindings.md §1, §3): exactly one transport, last; at most one
 * encoder; every element consumed; the first element is the outermost channel; the encoder travels to the
 * transport as a binding parameter. The in-memory transport below stands in for the wire: these are stack tests.
 */
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import { SecurityMode } from '../../src/bindings/SecurityModes';
import { BindingContext } from '../../src/channels/BindingContext';
import { BindingElement, BindingPropertyKey } from '../../src/channels/BindingElement';
import { BindingParameterCollection } from '../../src/channels/BindingParameters';
import type {
  ChannelShape,
  ChannelShapes,
  IChannelFactory,
  IChannelListener,
} from '../../src/channels/Channels';
import { BindingConfigurationError } from '../../src/channels/CommunicationErrors';
import { CommunicationObject } from '../../src/channels/CommunicationObject';
import type { EndpointAddress } from '../../src/channels/EndpointAddress';
import {
  MessageEncodingBindingElement,
  MessageVersionProperty,
  ReaderQuotasProperty,
} from '../../src/channels/MessageEncodingBindingElement';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { TransportBindingElement } from '../../src/channels/TransportBindingElement';
import { TextMessageEncoder } from '../../src/encoders/text/TextMessageEncoder';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { HttpChannelFactory } from '../../src/transports/http/HttpChannelFactory';
import { HttpsTransportBindingElement } from '../../src/transports/http/HttpsTransportBindingElement';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';

/** A factory that only records who built it and what it wraps. */
class RecordedFactory extends CommunicationObject implements IChannelFactory<unknown> {
  constructor(
    readonly builtBy: string,
    readonly inner?: RecordedFactory,
    readonly encoders: readonly MessageEncodingBindingElement[] = [],
  ) {
    super();
  }
  createChannel(_address: EndpointAddress): unknown {
    return { builtBy: this.builtBy };
  }
  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  protected onAbort(): void {}
}

/** An in-memory transport: builds a RecordedFactory and notes the encoders the binding parameters carried. */
class MemoryTransportBindingElement extends TransportBindingElement {
  readonly configurationName = 'memoryTransport';
  constructor(private readonly log: string[] = []) {
    super();
  }
  get scheme(): string {
    return 'memory';
  }
  override canBuildChannelFactory(_context: BindingContext, shape: ChannelShape): boolean {
    return shape === 'IRequestChannel';
  }
  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    _shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    this.log.push('build memoryTransport');
    const encoders = context.bindingParameters.findAll(MessageEncodingBindingElement);
    return new RecordedFactory('memoryTransport', undefined, encoders) as unknown as IChannelFactory<
      ChannelShapes[S]
    >;
  }
  clone(): MemoryTransportBindingElement {
    return new MemoryTransportBindingElement(this.log);
  }
  describe(): Readonly<Record<string, unknown>> {
    return {};
  }
}

/** A layering element: builds the rest of the stack through the context, then wraps it. */
class LayerBindingElement extends BindingElement {
  readonly configurationName = 'layer';
  constructor(
    readonly label: string,
    private readonly log: string[] = [],
  ) {
    super();
  }
  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    this.log.push(
      `build ${this.label} (remaining: ${context.remainingBindingElements.map((e) => e.configurationName).join(', ')})`,
    );
    const inner = context.buildInnerChannelFactory(shape) as unknown as RecordedFactory;
    return new RecordedFactory(this.label, inner) as unknown as IChannelFactory<ChannelShapes[S]>;
  }
  clone(): LayerBindingElement {
    return new LayerBindingElement(this.label, this.log);
  }
  describe(): Readonly<Record<string, unknown>> {
    return { label: this.label };
  }
}

/** An element that builds a factory of its own and never asks for the elements below it. */
class ShortCircuitBindingElement extends BindingElement {
  readonly configurationName = 'shortCircuit';
  override buildChannelFactory<S extends ChannelShape>(
    _context: BindingContext,
    _shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    return new RecordedFactory('shortCircuit') as unknown as IChannelFactory<ChannelShapes[S]>;
  }
  override buildChannelListener<S extends ChannelShape>(
    _context: BindingContext,
    _shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    throw new Error('not used');
  }
  clone(): ShortCircuitBindingElement {
    return new ShortCircuitBindingElement();
  }
  describe(): Readonly<Record<string, unknown>> {
    return {};
  }
}

const text = (version = MessageVersion.Soap12WSAddressing10): TextMessageEncodingBindingElement =>
  new TextMessageEncodingBindingElement(version);

function buildError(binding: CustomBinding): BindingConfigurationError {
  try {
    binding.buildChannelFactory('IRequestChannel');
  } catch (err) {
    expect(err).toBeInstanceOf(BindingConfigurationError);
    return err as BindingConfigurationError;
  }
  throw new Error('the build did not fail');
}

describe('Binding invariants', () => {
  it('refuses a binding without a transport, saying one is needed last', () => {
    const err = buildError(new CustomBinding([text()], 'NoTransport'));
    expect(err.message).toBe(
      "The binding 'NoTransport' has no transport binding element: a binding needs exactly one, last.",
    );
  });

  it('refuses a transport that is not the last element, naming the transport and what follows it', () => {
    const err = buildError(new CustomBinding([new HttpTransportBindingElement(), text()], 'Upside'));
    expect(err.message).toBe(
      "In the binding 'Upside' the transport binding element 'httpTransport' must be the last element, but 'textMessageEncoding' follows it.",
    );
  });

  it('refuses two transports, naming both', () => {
    const err = buildError(
      new CustomBinding(
        [text(), new HttpTransportBindingElement(), new HttpsTransportBindingElement()],
        'Two',
      ),
    );
    expect(err.message).toBe(
      "The binding 'Two' has 2 transport binding elements (httpTransport, httpsTransport): it needs exactly one.",
    );
  });

  it('refuses two message encoders, naming them', () => {
    const err = buildError(
      new CustomBinding(
        [text(), text(MessageVersion.Soap11), new HttpTransportBindingElement()],
        'TwoEncoders',
      ),
    );
    expect(err.message).toBe(
      "The binding 'TwoEncoders' has more than one message encoding binding element (textMessageEncoding, textMessageEncoding).",
    );
  });

  it('refuses a stack that leaves elements unconsumed, listing them', () => {
    const err = buildError(
      new CustomBinding(
        [new ShortCircuitBindingElement(), text(), new HttpTransportBindingElement()],
        'Leftovers',
      ),
    );
    expect(err.message).toContain(
      'Some binding elements were not used while building the channel stack: TextMessageEncodingBindingElement, HttpTransportBindingElement.',
    );
  });

  it('checks the invariants for listeners as well as for factories', () => {
    const binding = new CustomBinding([new HttpTransportBindingElement(), text()]);
    expect(() => binding.buildChannelListener('IReplyChannel', new URL('http://127.0.0.1:0/x'))).toThrow(
      BindingConfigurationError,
    );
  });

  it('refuses a channel shape the transport cannot build', () => {
    const binding = new CustomBinding([text(), new HttpTransportBindingElement()], 'Datagram');
    expect(() => binding.buildChannelFactory('IRequestSessionChannel')).toThrow(
      "The binding 'Datagram' cannot build a channel factory for IRequestSessionChannel.",
    );
    expect(binding.canBuildChannelFactory('IRequestChannel')).toBe(true);
    expect(binding.canBuildChannelListener('IReplySessionChannel')).toBe(false);
  });

  it('reports the scheme of its transport, and an empty scheme without one', () => {
    expect(new CustomBinding([text(), new HttpsTransportBindingElement()]).scheme).toBe('https');
    expect(new CustomBinding([text()]).scheme).toBe('');
  });
});

describe('BindingContext', () => {
  it('consumes the elements in order, so the first element is the outermost channel factory', () => {
    const log: string[] = [];
    const binding = new CustomBinding([
      new LayerBindingElement('outer', log),
      new LayerBindingElement('inner', log),
      new MemoryTransportBindingElement(log),
    ]);
    const factory = binding.buildChannelFactory('IRequestChannel') as unknown as RecordedFactory;
    expect(log).toEqual([
      'build outer (remaining: layer, memoryTransport)',
      'build inner (remaining: memoryTransport)',
      'build memoryTransport',
    ]);
    expect(factory.builtBy).toBe('outer');
    expect(factory.inner?.builtBy).toBe('inner');
    expect(factory.inner?.inner?.builtBy).toBe('memoryTransport');
  });

  it('answers canBuild and getInnerProperty without consuming elements', () => {
    const binding = new CustomBinding([text(MessageVersion.Soap11), new MemoryTransportBindingElement()]);
    const context = new BindingContext(binding);
    expect(context.canBuildInnerChannelFactory('IRequestChannel')).toBe(true);
    expect(context.getInnerProperty(MessageVersionProperty)).toBe(MessageVersion.Soap11);
    expect(context.remainingBindingElements.map((e) => e.configurationName)).toEqual([
      'textMessageEncoding',
      'memoryTransport',
    ]);
  });

  it('fails clearly when asked to build below the last element', () => {
    const context = new BindingContext(new CustomBinding([]), undefined, []);
    expect(() => context.buildInnerChannelFactory('IRequestChannel')).toThrow(BindingConfigurationError);
  });

  it('returns undefined for a property no element knows', () => {
    const binding = new CustomBinding([text(), new MemoryTransportBindingElement()]);
    expect(binding.getProperty(new BindingPropertyKey<string>('Unknown'))).toBeUndefined();
  });

  it('builds from clones, so one binding builds any number of stacks', () => {
    const binding = new CustomBinding([
      new LayerBindingElement('layer'),
      new MemoryTransportBindingElement(),
    ]);
    const first = binding.buildChannelFactory('IRequestChannel') as unknown as RecordedFactory;
    const second = binding.buildChannelFactory('IRequestChannel') as unknown as RecordedFactory;
    expect(first).not.toBe(second);
    expect(binding.elements).toHaveLength(2);
  });
});

describe('MessageEncodingBindingElement', () => {
  it('builds no channel but reaches the transport through the binding parameters', () => {
    const log: string[] = [];
    const binding = new CustomBinding([
      new LayerBindingElement('outer', log),
      text(MessageVersion.Soap11),
      new MemoryTransportBindingElement(log),
    ]);
    const factory = binding.buildChannelFactory('IRequestChannel') as unknown as RecordedFactory;
    // The encoder is no layer of its own: outer wraps the transport's factory directly.
    expect(factory.inner?.builtBy).toBe('memoryTransport');
    expect(factory.inner?.encoders).toHaveLength(1);
    expect(factory.inner?.encoders[0].messageVersion).toBe(MessageVersion.Soap11);
  });

  it("copies the caller's binding parameters, so building twice with one collection finds one encoder each time", () => {
    const parameters = new BindingParameterCollection();
    const binding = new CustomBinding([text(), new MemoryTransportBindingElement()]);
    binding.buildChannelFactory('IRequestChannel', parameters);
    const second = binding.buildChannelFactory('IRequestChannel', parameters) as unknown as RecordedFactory;
    expect(second.encoders).toHaveLength(1);
    expect(parameters.findAll(MessageEncodingBindingElement)).toHaveLength(0);
  });

  it('gives the HTTP transport its encoder', () => {
    const binding = new CustomBinding([
      text(MessageVersion.Soap11WSAddressingAugust2004),
      new HttpTransportBindingElement(),
    ]);
    const factory = binding.buildChannelFactory('IRequestChannel') as unknown as HttpChannelFactory;
    expect(factory.encoder).toBeInstanceOf(TextMessageEncoder);
    expect(factory.encoder.messageVersion).toBe(MessageVersion.Soap11WSAddressingAugust2004);
  });

  it('lets HTTP default to text with Soap12WSAddressing10 when no encoder is configured', () => {
    const binding = new CustomBinding([new HttpTransportBindingElement()]);
    const factory = binding.buildChannelFactory('IRequestChannel') as unknown as HttpChannelFactory;
    expect(factory.encoder.messageVersion).toBe(MessageVersion.Soap12WSAddressing10);
    expect(factory.encoder.contentType).toBe('application/soap+xml; charset=utf-8');
    expect(binding.messageVersion).toBe(MessageVersion.Soap12WSAddressing10);
  });

  it('reports the message version and reader quotas of the stack as binding properties', () => {
    const binding = new CustomBinding([
      new TextMessageEncodingBindingElement({
        messageVersion: MessageVersion.Soap12,
        readerQuotas: { maxDepth: 5 },
      }),
      new HttpTransportBindingElement(),
    ]);
    expect(binding.messageVersion).toBe(MessageVersion.Soap12);
    expect(binding.getProperty(ReaderQuotasProperty)?.maxDepth).toBe(5);
    expect(binding.getProperty(ReaderQuotasProperty)?.maxStringContentLength).toBe(8192);
  });
});

describe('standard bindings', () => {
  it('basicHttpBinding is text (Soap11) over http, and https with security mode Transport', () => {
    expect(new BasicHttpBinding().createBindingElements().map((e) => e.configurationName)).toEqual([
      'textMessageEncoding',
      'httpTransport',
    ]);
    expect(new BasicHttpBinding().messageVersion).toBe(MessageVersion.Soap11);
    expect(new BasicHttpBinding('Transport').createBindingElements().map((e) => e.configurationName)).toEqual(
      ['textMessageEncoding', 'httpsTransport'],
    );
  });

  it('wsHttpBinding lists transactionFlow first, then text (Soap12WSAddressing10), then the transport', () => {
    const binding = new WSHttpBinding(SecurityMode.None);
    expect(binding.createBindingElements().map((e) => e.configurationName)).toEqual([
      'transactionFlow',
      'textMessageEncoding',
      'httpTransport',
    ]);
    expect(binding.messageVersion).toBe(MessageVersion.Soap12WSAddressing10);
  });

  it('a custom binding made from a standard one has the same elements and timeouts', () => {
    const ws = new WSHttpBinding({ security: { mode: SecurityMode.None }, sendTimeout: 1234 });
    const custom = new CustomBinding(ws);
    expect(custom.createBindingElements().map((e) => e.describe())).toEqual(
      ws.createBindingElements().map((e) => e.describe()),
    );
    expect(custom.sendTimeout).toBe(1234);
    expect(custom.name).toBe('WSHttpBinding');
  });
});
