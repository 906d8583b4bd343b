import { BasicHttpBinding } from '../../src/bindings/BasicHttpBinding';
import { CustomBinding } from '../../src/bindings/CustomBinding';
import { SecurityMode } from '../../src/bindings/SecurityModes';
import { WSHttpBinding } from '../../src/bindings/WSHttpBinding';
import { MessageVersion } from '../../src/channels/MessageVersion';
import { TextMessageEncodingBindingElement } from '../../src/encoders/text/TextMessageEncodingBindingElement';
import { HttpTransportBindingElement } from '../../src/transports/http/HttpTransportBindingElement';
import { ServiceHost } from '../../src/service/ServiceHost';
import { CalculatorService } from './CalculatorService';
import { ICalculator } from './ICalculator';

export { CalculatorService } from './CalculatorService';

/** The bindings the sample serves, each at its own relative address. */
export function sampleBindings(): {
  address: string;
  binding: () => CustomBinding | BasicHttpBinding | WSHttpBinding;
  description: string;
}[] {
  return [
    {
      address: 'calc/basic',
      binding: () => new BasicHttpBinding(),
      description: 'basicHttpBinding (SOAP 1.1)',
    },
    {
      address: 'calc/ws',
      binding: () => new WSHttpBinding(SecurityMode.None),
      description: 'wsHttpBinding, security None (SOAP 1.2 + WS-Addressing 1.0)',
    },
    {
      address: 'calc/soap11-wsa10',
      binding: () =>
        new CustomBinding([
          new TextMessageEncodingBindingElement(MessageVersion.Soap11WSAddressing10),
          new HttpTransportBindingElement(),
        ]),
      description: 'customBinding: text Soap11WSAddressing10 + httpTransport',
    },
    {
      address: 'calc/soap12-wsa2004',
      binding: () =>
        new CustomBinding([
          new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressingAugust2004),
          new HttpTransportBindingElement(),
        ]),
      description: 'customBinding: text Soap12WSAddressingAugust2004 + httpTransport',
    },
    {
      address: 'calc/soap12',
      binding: () =>
        new CustomBinding([
          new TextMessageEncodingBindingElement(MessageVersion.Soap12),
          new HttpTransportBindingElement(),
        ]),
      description: 'customBinding: text Soap12 (no addressing) + httpTransport',
    },
  ];
}

/**
 * What `indigo host samples/calculator/host` calls: one ServiceHost with the calculator on every binding
 * above, under http://127.0.0.1:<port>/.
 */
export function createHosts(options: { port: number; host?: string }): ServiceHost[] {
  const host = new ServiceHost(CalculatorService, {
    baseAddresses: [`http://${options.host ?? '127.0.0.1'}:${options.port}/`],
  });
  for (const b of sampleBindings()) host.addServiceEndpoint(ICalculator, b.binding(), b.address);
  return [host];
}
