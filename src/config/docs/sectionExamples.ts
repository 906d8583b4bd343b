/**
 * docs/configuration.md's examples of the JSON image: each section of `<system.serviceModel>` as .NET writes it
 * in XML and as Indigo reads it in JSON. Together they are one config (the sections refer to each other), and
 * test/config/docs.test.ts loads both forms and checks that they are the same model.
 */
import type { JsonObject } from '../model';

export interface SectionExample {
  readonly section: string;
  /** What the JSON image shows (one line). */
  readonly note: string;
  readonly xml: string;
  readonly json: JsonObject;
}

export const SECTION_EXAMPLES: readonly SectionExample[] = [
  {
    section: 'bindings',
    note: 'a repeated element (`binding`) is an array; a customBinding lists its elements as members, top of the stack first (member order is kept)',
    xml: `<bindings>
  <basicHttpBinding>
    <binding name="Big" maxReceivedMessageSize="1048576" maxBufferSize="1048576">
      <readerQuotas maxStringContentLength="65536" />
      <security mode="None" />
    </binding>
  </basicHttpBinding>
  <customBinding>
    <binding name="Logged" sendTimeout="00:00:30">
      <messageLog label="calc" />
      <textMessageEncoding messageVersion="Soap11WSAddressing10" />
      <httpTransport />
    </binding>
  </customBinding>
</bindings>`,
    json: {
      bindings: {
        basicHttpBinding: {
          binding: [
            {
              name: 'Big',
              maxReceivedMessageSize: 1048576,
              maxBufferSize: 1048576,
              readerQuotas: { maxStringContentLength: 65536 },
              security: { mode: 'None' },
            },
          ],
        },
        customBinding: {
          binding: [
            {
              name: 'Logged',
              sendTimeout: '00:00:30',
              messageLog: { label: 'calc' },
              textMessageEncoding: { messageVersion: 'Soap11WSAddressing10' },
              httpTransport: {},
            },
          ],
        },
      },
    },
  },
  {
    section: 'services',
    note: 'numbers and booleans are JSON numbers and booleans; TimeSpans stay strings',
    xml: `<services>
  <service name="Calculator.CalculatorService" behaviorConfiguration="Calculator">
    <host>
      <baseAddresses>
        <add baseAddress="http://127.0.0.1:8080/" />
      </baseAddresses>
      <timeouts closeTimeout="00:00:20" />
    </host>
    <endpoint address="calc/basic" binding="basicHttpBinding" bindingConfiguration="Big" contract="Calculator.ICalculator" />
    <endpoint address="calc/logged" binding="customBinding" bindingConfiguration="Logged" contract="Calculator.ICalculator" />
  </service>
</services>`,
    json: {
      services: {
        service: [
          {
            name: 'Calculator.CalculatorService',
            behaviorConfiguration: 'Calculator',
            host: {
              baseAddresses: { add: [{ baseAddress: 'http://127.0.0.1:8080/' }] },
              timeouts: { closeTimeout: '00:00:20' },
            },
            endpoint: [
              {
                address: 'calc/basic',
                binding: 'basicHttpBinding',
                bindingConfiguration: 'Big',
                contract: 'Calculator.ICalculator',
              },
              {
                address: 'calc/logged',
                binding: 'customBinding',
                bindingConfiguration: 'Logged',
                contract: 'Calculator.ICalculator',
              },
            ],
          },
        ],
      },
    },
  },
  {
    section: 'client',
    note: 'endpoints by name, as ChannelFactory.fromConfig finds them',
    xml: `<client>
  <endpoint name="Basic" address="http://127.0.0.1:8080/calc/basic" binding="basicHttpBinding" bindingConfiguration="Big"
            contract="Calculator.ICalculator" behaviorConfiguration="Client" />
</client>`,
    json: {
      client: {
        endpoint: [
          {
            name: 'Basic',
            address: 'http://127.0.0.1:8080/calc/basic',
            binding: 'basicHttpBinding',
            bindingConfiguration: 'Big',
            contract: 'Calculator.ICalculator',
            behaviorConfiguration: 'Client',
          },
        ],
      },
    },
  },
  {
    section: 'behaviors',
    note: 'a behavior element is an object under its name; an element without attributes is `{}`',
    xml: `<behaviors>
  <serviceBehaviors>
    <behavior name="Calculator">
      <serviceDebug includeExceptionDetailInFaults="false" />
      <serviceThrottling maxConcurrentCalls="64" />
      <serviceMetadata httpGetEnabled="false" />
    </behavior>
  </serviceBehaviors>
  <endpointBehaviors>
    <behavior name="Client">
      <clientCredentials>
        <serviceCertificate>
          <sslCertificateAuthentication certificateValidationMode="ChainTrust" trustedStoreLocation="CurrentUser" />
        </serviceCertificate>
      </clientCredentials>
    </behavior>
  </endpointBehaviors>
</behaviors>`,
    json: {
      behaviors: {
        serviceBehaviors: {
          behavior: [
            {
              name: 'Calculator',
              serviceDebug: { includeExceptionDetailInFaults: false },
              serviceThrottling: { maxConcurrentCalls: 64 },
              serviceMetadata: { httpGetEnabled: false },
            },
          ],
        },
        endpointBehaviors: {
          behavior: [
            {
              name: 'Client',
              clientCredentials: {
                serviceCertificate: {
                  sslCertificateAuthentication: {
                    certificateValidationMode: 'ChainTrust',
                    trustedStoreLocation: 'CurrentUser',
                  },
                },
              },
            },
          ],
        },
      },
    },
  },
  {
    section: 'extensions',
    note: 'the `add` collection is an array, as everywhere; JSON has no `clear`/`remove`: write the resulting list',
    xml: `<extensions>
  <bindingElementExtensions>
    <add name="messageLog" type="MessageLogBindingElement, ./extensions/messageLog" />
  </bindingElementExtensions>
</extensions>`,
    json: {
      extensions: {
        bindingElementExtensions: {
          add: [{ name: 'messageLog', type: 'MessageLogBindingElement, ./extensions/messageLog' }],
        },
      },
    },
  },
];

/** The examples as one XML config file. */
export function examplesAsXml(): string {
  const indent = (text: string): string => text.replace(/^/gm, '    ');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<configuration>',
    '  <system.serviceModel>',
    ...SECTION_EXAMPLES.map((e) => indent(e.xml)),
    '  </system.serviceModel>',
    '</configuration>',
    '',
  ].join('\n');
}

/** The examples as one JSON config file. */
export function examplesAsJson(): string {
  return JSON.stringify(
    { 'system.serviceModel': Object.assign({}, ...SECTION_EXAMPLES.map((e) => e.json)) },
    null,
    2,
  );
}
