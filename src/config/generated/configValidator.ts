/* eslint-disable */
// @ts-nocheck
/*
 * GENERATED from schemas/*.schema.json by src/config/schema/compileSchemas.ts (ajv standalone code) — do not
 * edit. Regenerate with `UPDATE_CONFIG_VALIDATOR=1 npx jest test/config/generatedValidator.test.ts`;
 * that test fails when this file and the schemas disagree.
 */
export const SCHEMA_FINGERPRINT = '23ac0123240aa86981c8b8372bcc029597da6fbc4471e7a0a1c43f1c15bd5eec';
export const validate = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://indigo-servicemodel.dev/schemas/serviceModel.schema.json',
  title: 'Indigo configuration: the <system.serviceModel> section as JSON',
  description:
    'The JSON image of a .NET <configuration>: elements are objects, attributes are members, repeated elements (binding, service, endpoint, add, behavior) are arrays. Other sections (system.web, appSettings, …) are ignored.',
  type: 'object',
  properties: { 'system.serviceModel': { $ref: '#/$defs/serviceModel' } },
  required: ['system.serviceModel'],
  $defs: {
    serviceModel: {
      type: 'object',
      description: '<system.serviceModel>',
      properties: {
        bindings: { $ref: 'bindings.schema.json#/$defs/bindings', default: {} },
        services: { $ref: '#/$defs/services', default: {} },
        client: { $ref: '#/$defs/client', default: {} },
        behaviors: { $ref: 'behaviors.schema.json#/$defs/behaviors', default: {} },
        extensions: { $ref: '#/$defs/extensions', default: {} },
        serviceHostingEnvironment: { $ref: '#/$defs/serviceHostingEnvironment' },
        protocolMapping: { $ref: '#/$defs/protocolMapping' },
        diagnostics: {
          $ref: 'common.schema.json#/$defs/anyXml',
          description: 'WCF message logging and tracing settings: accepted and ignored (a warning says so).',
        },
      },
      unevaluatedProperties: false,
    },
    services: {
      type: 'object',
      description: '<services>: the services a host exposes.',
      properties: {
        service: { type: 'array', 'x-collection': { key: ['name'] }, items: { $ref: '#/$defs/service' } },
      },
      unevaluatedProperties: false,
    },
    service: {
      type: 'object',
      description:
        '<service>: a service implementation, matched with the exports of the host module by the last segment of its name (Calculator.CalculatorService → CalculatorService).',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          description: 'The service type name (.NET: the full type name).',
        },
        behaviorConfiguration: {
          type: 'string',
          default: '',
          description: 'The <serviceBehaviors><behavior name> to apply.',
        },
        host: {
          type: 'object',
          default: {},
          properties: {
            baseAddresses: {
              type: 'object',
              properties: {
                add: {
                  type: 'array',
                  'x-collection': { key: ['baseAddress'] },
                  items: {
                    type: 'object',
                    properties: {
                      baseAddress: {
                        type: 'string',
                        minLength: 1,
                        description:
                          'An absolute URI that relative endpoint addresses resolve against (one per scheme).',
                      },
                    },
                    required: ['baseAddress'],
                    unevaluatedProperties: false,
                  },
                },
              },
              unevaluatedProperties: false,
            },
            timeouts: {
              type: 'object',
              default: {},
              description:
                "How long the host may take to open and to close (WCF's ServiceHost defaults: 1 minute, 10 seconds).",
              properties: {
                openTimeout: {
                  $ref: 'common.schema.json#/$defs/timeSpan',
                  default: '00:01:00',
                  description: 'Time allowed to open the host.',
                },
                closeTimeout: {
                  $ref: 'common.schema.json#/$defs/timeSpan',
                  default: '00:00:10',
                  description: 'Time allowed to close the host.',
                },
              },
              unevaluatedProperties: false,
            },
          },
          unevaluatedProperties: false,
        },
        endpoint: { type: 'array', items: { $ref: '#/$defs/serviceEndpoint' } },
      },
      required: ['name'],
      unevaluatedProperties: false,
    },
    endpointCommon: {
      type: 'object',
      properties: {
        address: {
          type: 'string',
          default: '',
          description: "Absolute, or relative to the base address of the binding's scheme.",
        },
        binding: {
          type: 'string',
          description:
            'The binding type: basicHttpBinding, basicHttpsBinding, wsHttpBinding, ws2007HttpBinding, customBinding, or a bindingExtensions name.',
        },
        bindingConfiguration: {
          type: 'string',
          default: '',
          description:
            'The <binding name> inside the binding type\'s collection; "" = the default configuration.',
        },
        contract: {
          type: 'string',
          description:
            'The contract name (matched by its last segment: Calculator.ICalculator → ICalculator).',
        },
        behaviorConfiguration: {
          type: 'string',
          default: '',
          description: 'The <endpointBehaviors><behavior name> to apply.',
        },
        name: { type: 'string', default: '', description: "The endpoint's name." },
        kind: { type: 'string', default: '', description: 'A standard endpoint kind (not supported).' },
        endpointConfiguration: {
          type: 'string',
          default: '',
          description: 'A standard endpoint configuration (not supported).',
        },
        identity: { $ref: 'common.schema.json#/$defs/identity' },
        headers: {
          $ref: 'common.schema.json#/$defs/anyXml',
          description: 'Address headers (not supported yet).',
        },
      },
    },
    serviceEndpoint: {
      $ref: '#/$defs/endpointCommon',
      properties: {
        bindingName: { type: 'string', default: '', description: "The binding's name in WSDL." },
        bindingNamespace: { type: 'string', default: '', description: "The binding's namespace in WSDL." },
        listenUri: {
          type: 'string',
          description: 'Where the endpoint listens when that differs from address.',
        },
        listenUriMode: { enum: ['Explicit', 'Unique'], default: 'Explicit' },
        isSystemEndpoint: { type: 'boolean', default: false },
      },
      required: ['binding', 'contract'],
      unevaluatedProperties: false,
    },
    client: {
      type: 'object',
      description: '<client>: endpoints a ChannelFactory is made from, by name.',
      properties: {
        endpoint: {
          type: 'array',
          'x-collection': { key: ['contract', 'name'] },
          items: { $ref: '#/$defs/clientEndpoint' },
        },
      },
      unevaluatedProperties: false,
    },
    clientEndpoint: {
      $ref: '#/$defs/endpointCommon',
      required: ['address', 'binding', 'contract'],
      unevaluatedProperties: false,
    },
    extensionCollection: {
      type: 'object',
      properties: {
        add: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
                minLength: 1,
                description: 'The element name the extension is used under.',
              },
              type: {
                type: 'string',
                minLength: 1,
                description:
                  'Indigo: "ExportName, module-specifier" (as .NET\'s "Type, Assembly"); a relative module is resolved against the config file\'s folder.',
              },
            },
            required: ['name', 'type'],
            unevaluatedProperties: false,
          },
        },
      },
      unevaluatedProperties: false,
    },
    extensions: {
      type: 'object',
      description: "<extensions>: element names bound to code, registered into Indigo's DI registry.",
      properties: {
        bindingElementExtensions: {
          $ref: '#/$defs/extensionCollection',
          description:
            'Binding element kinds for <customBinding>: the export is a BindingElement class (constructed without arguments; attributes set its properties).',
        },
        bindingExtensions: {
          $ref: '#/$defs/extensionCollection',
          description:
            'Binding types for <bindings>: the export is a Binding class (constructed without arguments; attributes set its properties).',
        },
        behaviorExtensions: {
          $ref: '#/$defs/extensionCollection',
          description:
            'Behaviors: the export is a class with applyDispatchBehavior(host, endpoint?) and/or applyClientBehavior(factory) (see Extensions above); attributes set its properties.',
        },
      },
      unevaluatedProperties: false,
    },
    serviceHostingEnvironment: {
      type: 'object',
      description: 'IIS/WAS hosting settings: accepted and ignored outside IIS (a warning says so).',
      properties: {
        aspNetCompatibilityEnabled: { type: 'boolean', default: false },
        multipleSiteBindingsEnabled: { type: 'boolean', default: false },
        minFreeMemoryPercentageToActivateService: { type: 'integer', minimum: 0, maximum: 99, default: 5 },
        closeIdleServicesAtLowMemory: { type: 'boolean', default: false },
        serviceActivations: { $ref: 'common.schema.json#/$defs/anyXml' },
        baseAddressPrefixFilters: { $ref: 'common.schema.json#/$defs/anyXml' },
        transportConfigurationTypes: { $ref: 'common.schema.json#/$defs/anyXml' },
      },
      unevaluatedProperties: false,
    },
    protocolMapping: {
      type: 'object',
      description:
        'Default bindings per scheme for default endpoints: accepted and ignored (Indigo adds no default endpoints; a warning says so).',
      properties: {
        add: {
          type: 'array',
          'x-collection': { key: ['scheme'] },
          items: {
            type: 'object',
            properties: {
              scheme: { type: 'string' },
              binding: { type: 'string' },
              bindingConfiguration: { type: 'string', default: '' },
            },
            required: ['scheme', 'binding'],
            unevaluatedProperties: false,
          },
        },
      },
      unevaluatedProperties: false,
    },
  },
};
const schema32 = {
  type: 'object',
  description: '<system.serviceModel>',
  properties: {
    bindings: { $ref: 'bindings.schema.json#/$defs/bindings', default: {} },
    services: { $ref: '#/$defs/services', default: {} },
    client: { $ref: '#/$defs/client', default: {} },
    behaviors: { $ref: 'behaviors.schema.json#/$defs/behaviors', default: {} },
    extensions: { $ref: '#/$defs/extensions', default: {} },
    serviceHostingEnvironment: { $ref: '#/$defs/serviceHostingEnvironment' },
    protocolMapping: { $ref: '#/$defs/protocolMapping' },
    diagnostics: {
      $ref: 'common.schema.json#/$defs/anyXml',
      description: 'WCF message logging and tracing settings: accepted and ignored (a warning says so).',
    },
  },
  unevaluatedProperties: false,
};
const schema147 = {
  type: 'object',
  description:
    'Default bindings per scheme for default endpoints: accepted and ignored (Indigo adds no default endpoints; a warning says so).',
  properties: {
    add: {
      type: 'array',
      'x-collection': { key: ['scheme'] },
      items: {
        type: 'object',
        properties: {
          scheme: { type: 'string' },
          binding: { type: 'string' },
          bindingConfiguration: { type: 'string', default: '' },
        },
        required: ['scheme', 'binding'],
        unevaluatedProperties: false,
      },
    },
  },
  unevaluatedProperties: false,
};
const schema81 = { type: 'object', 'x-anyXml': true, description: 'Free XML content.' };
const schema34 = {
  type: 'object',
  description:
    'Binding configurations, one collection per binding type. A <binding> with name="" (or no name) is the default configuration of its type.',
  properties: {
    basicHttpBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/basicHttpBinding' },
        },
      },
      unevaluatedProperties: false,
    },
    basicHttpsBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/basicHttpsBinding' },
        },
      },
      unevaluatedProperties: false,
    },
    wsHttpBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/wsHttpBinding' },
        },
      },
      unevaluatedProperties: false,
    },
    ws2007HttpBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/wsHttpBinding' },
        },
      },
      unevaluatedProperties: false,
    },
    netTcpBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/netTcpBinding' },
        },
      },
      unevaluatedProperties: false,
    },
    customBinding: {
      type: 'object',
      default: {},
      properties: {
        binding: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/customBinding' },
        },
      },
      unevaluatedProperties: false,
    },
  },
  additionalProperties: {
    type: 'object',
    description: 'A binding type registered under <extensions><bindingExtensions>.',
    'x-extension': 'bindingExtensions',
    properties: {
      binding: {
        type: 'array',
        'x-collection': { key: ['name'] },
        items: { type: 'object', properties: { name: { type: 'string', default: '' } } },
      },
    },
    unevaluatedProperties: false,
  },
};
const schema35 = {
  $ref: '#/$defs/basicHttpCommon',
  description: 'basicHttpBinding: SOAP 1.1, no WS-Addressing, over HTTP(S).',
  properties: {
    security: {
      type: 'object',
      default: {},
      properties: {
        mode: {
          enum: ['None', 'Transport', 'Message', 'TransportWithMessageCredential', 'TransportCredentialOnly'],
          default: 'None',
          description: 'Security mode. Indigo supports None and Transport (HTTPS).',
        },
        transport: {
          $ref: '#/$defs/httpTransportSecurity',
          default: {},
          properties: {
            clientCredentialType: {
              enum: ['None', 'Basic', 'Digest', 'Ntlm', 'Windows', 'Certificate', 'InheritedFromHost'],
              default: 'None',
              description: 'HTTP client credential. Indigo supports None and Certificate.',
            },
          },
          unevaluatedProperties: false,
        },
        message: { $ref: '#/$defs/basicHttpMessageSecurity', default: {} },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema49 = {
  type: 'object',
  properties: {
    proxyCredentialType: {
      enum: ['None', 'Basic', 'Digest', 'Ntlm', 'Windows'],
      default: 'None',
      description: 'How the client authenticates to a proxy.',
    },
    realm: { type: 'string', default: '', description: 'Authentication realm for Basic/Digest.' },
  },
};
const schema36 = {
  type: 'object',
  $ref: '#/$defs/httpCommon',
  properties: {
    maxBufferSize: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      default: 65536,
      description:
        'Buffer size for a message; with transferMode Buffered it must equal maxReceivedMessageSize.',
    },
    transferMode: { $ref: 'common.schema.json#/$defs/transferMode', default: 'Buffered' },
  },
};
const schema48 = {
  enum: ['Buffered', 'Streamed', 'StreamedRequest', 'StreamedResponse'],
  description: 'Whether messages are buffered or streamed. Indigo supports Buffered.',
};
const schema37 = {
  type: 'object',
  allOf: [{ $ref: '#/$defs/bindingName' }, { $ref: 'common.schema.json#/$defs/timeouts' }],
  properties: {
    allowCookies: {
      type: 'boolean',
      default: false,
      description: 'Whether the client keeps and resends cookies.',
    },
    bypassProxyOnLocal: {
      type: 'boolean',
      default: false,
      description: 'Whether local addresses bypass the proxy.',
    },
    hostNameComparisonMode: {
      $ref: 'common.schema.json#/$defs/hostNameComparisonMode',
      default: 'StrongWildcard',
    },
    maxBufferPoolSize: {
      type: 'integer',
      minimum: 0,
      maximum: 9223372036854776000,
      default: 524288,
      description: 'Bytes of pooled buffers.',
    },
    maxReceivedMessageSize: {
      type: 'integer',
      minimum: 1,
      maximum: 9223372036854776000,
      default: 65536,
      description: 'The largest message (bytes) accepted from the wire.',
    },
    messageEncoding: {
      enum: ['Text', 'Mtom'],
      default: 'Text',
      description: 'Text or MTOM. Indigo supports Text.',
    },
    proxyAddress: { type: 'string', default: '', description: 'URI of the HTTP proxy.' },
    textEncoding: {
      $ref: 'common.schema.json#/$defs/textEncoding',
      default: 'utf-8',
      description: 'Character encoding of messages written.',
    },
    useDefaultWebProxy: { type: 'boolean', default: true, description: 'Whether the system proxy is used.' },
    readerQuotas: { $ref: 'common.schema.json#/$defs/readerQuotas', default: {} },
  },
};
const schema38 = {
  type: 'object',
  properties: {
    name: {
      type: 'string',
      default: '',
      description:
        'The configuration name endpoints refer to with bindingConfiguration; "" is the default configuration.',
    },
  },
};
const schema45 = {
  enum: ['StrongWildcard', 'Exact', 'WeakWildcard'],
  description: 'How the host name of a request URI is matched.',
};
const schema46 = {
  type: 'string',
  format: 'textEncoding',
  description:
    "utf-8, utf-16 or unicodeFFFE (big-endian UTF-16); case-insensitive, as .NET's EncodingConverter.",
};
const schema47 = {
  type: 'object',
  description:
    "XmlDictionaryReaderQuotas of the encoder. WCF's config default for each is 0, which means 'keep the encoder's default' (shown here).",
  properties: {
    maxDepth: {
      type: 'integer',
      minimum: 0,
      maximum: 2147483647,
      default: 32,
      description: 'Maximum element nesting depth.',
    },
    maxStringContentLength: {
      type: 'integer',
      minimum: 0,
      maximum: 2147483647,
      default: 8192,
      description: 'Maximum characters in a text node or attribute.',
    },
    maxArrayLength: {
      type: 'integer',
      minimum: 0,
      maximum: 2147483647,
      default: 16384,
      description: 'Maximum items in an array (and bytes in base64 data).',
    },
    maxBytesPerRead: {
      type: 'integer',
      minimum: 0,
      maximum: 2147483647,
      default: 4096,
      description: 'Maximum size of a start tag and its attributes.',
    },
    maxNameTableCharCount: {
      type: 'integer',
      minimum: 0,
      maximum: 2147483647,
      default: 16384,
      description: 'Maximum characters in the name table.',
    },
  },
  unevaluatedProperties: false,
};
const schema40 = {
  type: 'object',
  properties: {
    openTimeout: {
      $ref: '#/$defs/timeSpan',
      default: '00:01:00',
      description: 'Time allowed for opening a channel.',
    },
    closeTimeout: {
      $ref: '#/$defs/timeSpan',
      default: '00:01:00',
      description: 'Time allowed for closing a channel.',
    },
    sendTimeout: {
      $ref: '#/$defs/timeSpan',
      default: '00:01:00',
      description: 'Time allowed for a send (a request and its reply).',
    },
    receiveTimeout: {
      $ref: '#/$defs/timeSpan',
      default: '00:10:00',
      description: 'Time a session channel may stay idle (service side).',
    },
  },
};
const schema41 = {
  type: 'string',
  format: 'timeSpan',
  description: '.NET TimeSpan: [d.]hh:mm[:ss[.fffffff]] or Infinite (case-insensitive); never negative.',
};
const formats0 = require('../schema/formats').timeSpan;
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.openTimeout === undefined) {
      data.openTimeout = '00:01:00';
    }
    if (data.closeTimeout === undefined) {
      data.closeTimeout = '00:01:00';
    }
    if (data.sendTimeout === undefined) {
      data.sendTimeout = '00:01:00';
    }
    if (data.receiveTimeout === undefined) {
      data.receiveTimeout = '00:10:00';
    }
    let data0 = data.openTimeout;
    if (typeof data0 === 'string') {
      if (!formats0.validate(data0)) {
        const err0 = {
          instancePath: instancePath + '/openTimeout',
          schemaPath: '#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {
        instancePath: instancePath + '/openTimeout',
        schemaPath: '#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data1 = data.closeTimeout;
    if (typeof data1 === 'string') {
      if (!formats0.validate(data1)) {
        const err2 = {
          instancePath: instancePath + '/closeTimeout',
          schemaPath: '#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/closeTimeout',
        schemaPath: '#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data2 = data.sendTimeout;
    if (typeof data2 === 'string') {
      if (!formats0.validate(data2)) {
        const err4 = {
          instancePath: instancePath + '/sendTimeout',
          schemaPath: '#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/sendTimeout',
        schemaPath: '#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    let data3 = data.receiveTimeout;
    if (typeof data3 === 'string') {
      if (!formats0.validate(data3)) {
        const err6 = {
          instancePath: instancePath + '/receiveTimeout',
          schemaPath: '#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/receiveTimeout',
        schemaPath: '#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = {
  props: { openTimeout: true, closeTimeout: true, sendTimeout: true, receiveTimeout: true },
  dynamicProps: false,
  dynamicItems: false,
};
const formats8 = require('../schema/formats').textEncoding;
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      data.name = '';
    }
    if (typeof data.name !== 'string') {
      const err0 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/$defs/bindingName/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/$defs/bindingName/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.allowCookies === undefined) {
      data.allowCookies = false;
    }
    if (data.bypassProxyOnLocal === undefined) {
      data.bypassProxyOnLocal = false;
    }
    if (data.hostNameComparisonMode === undefined) {
      data.hostNameComparisonMode = 'StrongWildcard';
    }
    if (data.maxBufferPoolSize === undefined) {
      data.maxBufferPoolSize = 524288;
    }
    if (data.maxReceivedMessageSize === undefined) {
      data.maxReceivedMessageSize = 65536;
    }
    if (data.messageEncoding === undefined) {
      data.messageEncoding = 'Text';
    }
    if (data.proxyAddress === undefined) {
      data.proxyAddress = '';
    }
    if (data.textEncoding === undefined) {
      data.textEncoding = 'utf-8';
    }
    if (data.useDefaultWebProxy === undefined) {
      data.useDefaultWebProxy = true;
    }
    if (data.readerQuotas === undefined) {
      data.readerQuotas = {};
    }
    if (typeof data.allowCookies !== 'boolean') {
      const err2 = {
        instancePath: instancePath + '/allowCookies',
        schemaPath: '#/properties/allowCookies/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (typeof data.bypassProxyOnLocal !== 'boolean') {
      const err3 = {
        instancePath: instancePath + '/bypassProxyOnLocal',
        schemaPath: '#/properties/bypassProxyOnLocal/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data3 = data.hostNameComparisonMode;
    if (!(data3 === 'StrongWildcard' || data3 === 'Exact' || data3 === 'WeakWildcard')) {
      const err4 = {
        instancePath: instancePath + '/hostNameComparisonMode',
        schemaPath: 'common.schema.json#/$defs/hostNameComparisonMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema45.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data4 = data.maxBufferPoolSize;
    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
      const err5 = {
        instancePath: instancePath + '/maxBufferPoolSize',
        schemaPath: '#/properties/maxBufferPoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data4 == 'number' && isFinite(data4)) {
      if (data4 > 9223372036854776000 || isNaN(data4)) {
        const err6 = {
          instancePath: instancePath + '/maxBufferPoolSize',
          schemaPath: '#/properties/maxBufferPoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 9223372036854776000 },
          message: 'must be <= 9223372036854776000',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 < 0 || isNaN(data4)) {
        const err7 = {
          instancePath: instancePath + '/maxBufferPoolSize',
          schemaPath: '#/properties/maxBufferPoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data5 = data.maxReceivedMessageSize;
    if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
      const err8 = {
        instancePath: instancePath + '/maxReceivedMessageSize',
        schemaPath: '#/properties/maxReceivedMessageSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (typeof data5 == 'number' && isFinite(data5)) {
      if (data5 > 9223372036854776000 || isNaN(data5)) {
        const err9 = {
          instancePath: instancePath + '/maxReceivedMessageSize',
          schemaPath: '#/properties/maxReceivedMessageSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 9223372036854776000 },
          message: 'must be <= 9223372036854776000',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data5 < 1 || isNaN(data5)) {
        const err10 = {
          instancePath: instancePath + '/maxReceivedMessageSize',
          schemaPath: '#/properties/maxReceivedMessageSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    let data6 = data.messageEncoding;
    if (!(data6 === 'Text' || data6 === 'Mtom')) {
      const err11 = {
        instancePath: instancePath + '/messageEncoding',
        schemaPath: '#/properties/messageEncoding/enum',
        keyword: 'enum',
        params: { allowedValues: schema37.properties.messageEncoding.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data.proxyAddress !== 'string') {
      const err12 = {
        instancePath: instancePath + '/proxyAddress',
        schemaPath: '#/properties/proxyAddress/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    let data8 = data.textEncoding;
    if (typeof data8 === 'string') {
      if (!formats8.validate(data8)) {
        const err13 = {
          instancePath: instancePath + '/textEncoding',
          schemaPath: 'common.schema.json#/$defs/textEncoding/format',
          keyword: 'format',
          params: { format: 'textEncoding' },
          message: 'must match format "' + 'textEncoding' + '"',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    } else {
      const err14 = {
        instancePath: instancePath + '/textEncoding',
        schemaPath: 'common.schema.json#/$defs/textEncoding/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (typeof data.useDefaultWebProxy !== 'boolean') {
      const err15 = {
        instancePath: instancePath + '/useDefaultWebProxy',
        schemaPath: '#/properties/useDefaultWebProxy/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data10 = data.readerQuotas;
    if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
      if (data10.maxDepth === undefined) {
        data10.maxDepth = 32;
      }
      if (data10.maxStringContentLength === undefined) {
        data10.maxStringContentLength = 8192;
      }
      if (data10.maxArrayLength === undefined) {
        data10.maxArrayLength = 16384;
      }
      if (data10.maxBytesPerRead === undefined) {
        data10.maxBytesPerRead = 4096;
      }
      if (data10.maxNameTableCharCount === undefined) {
        data10.maxNameTableCharCount = 16384;
      }
      let data11 = data10.maxDepth;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        const err16 = {
          instancePath: instancePath + '/readerQuotas/maxDepth',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data11 == 'number' && isFinite(data11)) {
        if (data11 > 2147483647 || isNaN(data11)) {
          const err17 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err18 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      let data12 = data10.maxStringContentLength;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err19 = {
          instancePath: instancePath + '/readerQuotas/maxStringContentLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data12 == 'number' && isFinite(data12)) {
        if (data12 > 2147483647 || isNaN(data12)) {
          const err20 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err21 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      let data13 = data10.maxArrayLength;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err22 = {
          instancePath: instancePath + '/readerQuotas/maxArrayLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data13 == 'number' && isFinite(data13)) {
        if (data13 > 2147483647 || isNaN(data13)) {
          const err23 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err24 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      let data14 = data10.maxBytesPerRead;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err25 = {
          instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data14 == 'number' && isFinite(data14)) {
        if (data14 > 2147483647 || isNaN(data14)) {
          const err26 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data14 < 0 || isNaN(data14)) {
          const err27 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      let data15 = data10.maxNameTableCharCount;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err28 = {
          instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data15 == 'number' && isFinite(data15)) {
        if (data15 > 2147483647 || isNaN(data15)) {
          const err29 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data15 < 0 || isNaN(data15)) {
          const err30 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      for (const key0 in data10) {
        if (
          key0 !== 'maxDepth' &&
          key0 !== 'maxStringContentLength' &&
          key0 !== 'maxArrayLength' &&
          key0 !== 'maxBytesPerRead' &&
          key0 !== 'maxNameTableCharCount'
        ) {
          const err31 = {
            instancePath: instancePath + '/readerQuotas',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = {
        instancePath: instancePath + '/readerQuotas',
        schemaPath: 'common.schema.json#/$defs/readerQuotas/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = {
  props: {
    allowCookies: true,
    bypassProxyOnLocal: true,
    hostNameComparisonMode: true,
    maxBufferPoolSize: true,
    maxReceivedMessageSize: true,
    messageEncoding: true,
    proxyAddress: true,
    textEncoding: true,
    useDefaultWebProxy: true,
    readerQuotas: true,
    openTimeout: true,
    closeTimeout: true,
    sendTimeout: true,
    receiveTimeout: true,
    name: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.maxBufferSize === undefined) {
      data.maxBufferSize = 65536;
    }
    if (data.transferMode === undefined) {
      data.transferMode = 'Buffered';
    }
    let data0 = data.maxBufferSize;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      const err0 = {
        instancePath: instancePath + '/maxBufferSize',
        schemaPath: '#/properties/maxBufferSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 2147483647 || isNaN(data0)) {
        const err1 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data1 = data.transferMode;
    if (!(
      data1 === 'Buffered' ||
      data1 === 'Streamed' ||
      data1 === 'StreamedRequest' ||
      data1 === 'StreamedResponse'
    )) {
      const err3 = {
        instancePath: instancePath + '/transferMode',
        schemaPath: 'common.schema.json#/$defs/transferMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema48.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = {
  props: {
    maxBufferSize: true,
    transferMode: true,
    allowCookies: true,
    bypassProxyOnLocal: true,
    hostNameComparisonMode: true,
    maxBufferPoolSize: true,
    maxReceivedMessageSize: true,
    messageEncoding: true,
    proxyAddress: true,
    textEncoding: true,
    useDefaultWebProxy: true,
    readerQuotas: true,
    openTimeout: true,
    closeTimeout: true,
    sendTimeout: true,
    receiveTimeout: true,
    name: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
const schema50 = {
  type: 'object',
  properties: {
    clientCredentialType: {
      enum: ['UserName', 'Certificate'],
      default: 'UserName',
      description: 'Client credential of message security.',
    },
    algorithmSuite: { $ref: 'common.schema.json#/$defs/algorithmSuite', default: 'Default' },
  },
  unevaluatedProperties: false,
};
const schema51 = {
  enum: [
    'Default',
    'Basic256',
    'Basic192',
    'Basic128',
    'TripleDes',
    'Basic256Rsa15',
    'Basic192Rsa15',
    'Basic128Rsa15',
    'TripleDesRsa15',
    'Basic256Sha256',
    'Basic192Sha256',
    'Basic128Sha256',
    'TripleDesSha256',
    'Basic256Sha256Rsa15',
    'Basic192Sha256Rsa15',
    'Basic128Sha256Rsa15',
    'TripleDesSha256Rsa15',
  ],
  description: 'Security algorithm suite (Default = Basic256).',
};
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.clientCredentialType === undefined) {
      data.clientCredentialType = 'UserName';
    }
    if (data.algorithmSuite === undefined) {
      data.algorithmSuite = 'Default';
    }
    let data0 = data.clientCredentialType;
    if (!(data0 === 'UserName' || data0 === 'Certificate')) {
      const err0 = {
        instancePath: instancePath + '/clientCredentialType',
        schemaPath: '#/properties/clientCredentialType/enum',
        keyword: 'enum',
        params: { allowedValues: schema50.properties.clientCredentialType.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.algorithmSuite;
    if (!(
      data1 === 'Default' ||
      data1 === 'Basic256' ||
      data1 === 'Basic192' ||
      data1 === 'Basic128' ||
      data1 === 'TripleDes' ||
      data1 === 'Basic256Rsa15' ||
      data1 === 'Basic192Rsa15' ||
      data1 === 'Basic128Rsa15' ||
      data1 === 'TripleDesRsa15' ||
      data1 === 'Basic256Sha256' ||
      data1 === 'Basic192Sha256' ||
      data1 === 'Basic128Sha256' ||
      data1 === 'TripleDesSha256' ||
      data1 === 'Basic256Sha256Rsa15' ||
      data1 === 'Basic192Sha256Rsa15' ||
      data1 === 'Basic128Sha256Rsa15' ||
      data1 === 'TripleDesSha256Rsa15'
    )) {
      const err1 = {
        instancePath: instancePath + '/algorithmSuite',
        schemaPath: 'common.schema.json#/$defs/algorithmSuite/enum',
        keyword: 'enum',
        params: { allowedValues: schema51.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (key0 !== 'clientCredentialType' && key0 !== 'algorithmSuite') {
        const err2 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.security === undefined) {
      data.security = {};
    }
    let data0 = data.security;
    if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
      if (data0.mode === undefined) {
        data0.mode = 'None';
      }
      if (data0.transport === undefined) {
        data0.transport = {};
      }
      if (data0.message === undefined) {
        data0.message = {};
      }
      let data1 = data0.mode;
      if (!(
        data1 === 'None' ||
        data1 === 'Transport' ||
        data1 === 'Message' ||
        data1 === 'TransportWithMessageCredential' ||
        data1 === 'TransportCredentialOnly'
      )) {
        const err0 = {
          instancePath: instancePath + '/security/mode',
          schemaPath: '#/properties/security/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.properties.security.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      let data2 = data0.transport;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.proxyCredentialType === undefined) {
          data2.proxyCredentialType = 'None';
        }
        if (data2.realm === undefined) {
          data2.realm = '';
        }
        let data3 = data2.proxyCredentialType;
        if (!(
          data3 === 'None' ||
          data3 === 'Basic' ||
          data3 === 'Digest' ||
          data3 === 'Ntlm' ||
          data3 === 'Windows'
        )) {
          const err1 = {
            instancePath: instancePath + '/security/transport/proxyCredentialType',
            schemaPath: '#/$defs/httpTransportSecurity/properties/proxyCredentialType/enum',
            keyword: 'enum',
            params: { allowedValues: schema49.properties.proxyCredentialType.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (typeof data2.realm !== 'string') {
          const err2 = {
            instancePath: instancePath + '/security/transport/realm',
            schemaPath: '#/$defs/httpTransportSecurity/properties/realm/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/security/transport',
          schemaPath: '#/$defs/httpTransportSecurity/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.clientCredentialType === undefined) {
          data2.clientCredentialType = 'None';
        }
        let data5 = data2.clientCredentialType;
        if (!(
          data5 === 'None' ||
          data5 === 'Basic' ||
          data5 === 'Digest' ||
          data5 === 'Ntlm' ||
          data5 === 'Windows' ||
          data5 === 'Certificate' ||
          data5 === 'InheritedFromHost'
        )) {
          const err4 = {
            instancePath: instancePath + '/security/transport/clientCredentialType',
            schemaPath: '#/properties/security/properties/transport/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema35.properties.security.properties.transport.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data2) {
          if (key0 !== 'clientCredentialType' && key0 !== 'proxyCredentialType' && key0 !== 'realm') {
            const err5 = {
              instancePath: instancePath + '/security/transport',
              schemaPath: '#/properties/security/properties/transport/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
      if (
        !validate32(data0.message, {
          instancePath: instancePath + '/security/message',
          parentData: data0,
          parentDataProperty: 'message',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
      for (const key1 in data0) {
        if (key1 !== 'mode' && key1 !== 'transport' && key1 !== 'message') {
          const err6 = {
            instancePath: instancePath + '/security',
            schemaPath: '#/properties/security/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/security',
        schemaPath: '#/properties/security/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key2 in data) {
      if (
        key2 !== 'security' &&
        key2 !== 'maxBufferSize' &&
        key2 !== 'transferMode' &&
        key2 !== 'allowCookies' &&
        key2 !== 'bypassProxyOnLocal' &&
        key2 !== 'hostNameComparisonMode' &&
        key2 !== 'maxBufferPoolSize' &&
        key2 !== 'maxReceivedMessageSize' &&
        key2 !== 'messageEncoding' &&
        key2 !== 'proxyAddress' &&
        key2 !== 'textEncoding' &&
        key2 !== 'useDefaultWebProxy' &&
        key2 !== 'readerQuotas' &&
        key2 !== 'openTimeout' &&
        key2 !== 'closeTimeout' &&
        key2 !== 'sendTimeout' &&
        key2 !== 'receiveTimeout' &&
        key2 !== 'name'
      ) {
        const err8 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key2 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema52 = {
  $ref: '#/$defs/basicHttpCommon',
  description: 'basicHttpsBinding: basicHttpBinding over HTTPS.',
  properties: {
    security: {
      type: 'object',
      default: {},
      properties: {
        mode: {
          enum: ['Transport', 'TransportWithMessageCredential'],
          default: 'Transport',
          description: 'Security mode. Indigo supports Transport.',
        },
        transport: {
          $ref: '#/$defs/httpTransportSecurity',
          default: {},
          properties: {
            clientCredentialType: {
              enum: ['None', 'Basic', 'Digest', 'Ntlm', 'Windows', 'Certificate', 'InheritedFromHost'],
              default: 'None',
              description: 'HTTP client credential. Indigo supports None and Certificate.',
            },
          },
          unevaluatedProperties: false,
        },
        message: { $ref: '#/$defs/basicHttpMessageSecurity', default: {} },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.security === undefined) {
      data.security = {};
    }
    let data0 = data.security;
    if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
      if (data0.mode === undefined) {
        data0.mode = 'Transport';
      }
      if (data0.transport === undefined) {
        data0.transport = {};
      }
      if (data0.message === undefined) {
        data0.message = {};
      }
      let data1 = data0.mode;
      if (!(data1 === 'Transport' || data1 === 'TransportWithMessageCredential')) {
        const err0 = {
          instancePath: instancePath + '/security/mode',
          schemaPath: '#/properties/security/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema52.properties.security.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      let data2 = data0.transport;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.proxyCredentialType === undefined) {
          data2.proxyCredentialType = 'None';
        }
        if (data2.realm === undefined) {
          data2.realm = '';
        }
        let data3 = data2.proxyCredentialType;
        if (!(
          data3 === 'None' ||
          data3 === 'Basic' ||
          data3 === 'Digest' ||
          data3 === 'Ntlm' ||
          data3 === 'Windows'
        )) {
          const err1 = {
            instancePath: instancePath + '/security/transport/proxyCredentialType',
            schemaPath: '#/$defs/httpTransportSecurity/properties/proxyCredentialType/enum',
            keyword: 'enum',
            params: { allowedValues: schema49.properties.proxyCredentialType.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (typeof data2.realm !== 'string') {
          const err2 = {
            instancePath: instancePath + '/security/transport/realm',
            schemaPath: '#/$defs/httpTransportSecurity/properties/realm/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/security/transport',
          schemaPath: '#/$defs/httpTransportSecurity/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.clientCredentialType === undefined) {
          data2.clientCredentialType = 'None';
        }
        let data5 = data2.clientCredentialType;
        if (!(
          data5 === 'None' ||
          data5 === 'Basic' ||
          data5 === 'Digest' ||
          data5 === 'Ntlm' ||
          data5 === 'Windows' ||
          data5 === 'Certificate' ||
          data5 === 'InheritedFromHost'
        )) {
          const err4 = {
            instancePath: instancePath + '/security/transport/clientCredentialType',
            schemaPath: '#/properties/security/properties/transport/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema52.properties.security.properties.transport.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data2) {
          if (key0 !== 'clientCredentialType' && key0 !== 'proxyCredentialType' && key0 !== 'realm') {
            const err5 = {
              instancePath: instancePath + '/security/transport',
              schemaPath: '#/properties/security/properties/transport/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
      if (
        !validate32(data0.message, {
          instancePath: instancePath + '/security/message',
          parentData: data0,
          parentDataProperty: 'message',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
      for (const key1 in data0) {
        if (key1 !== 'mode' && key1 !== 'transport' && key1 !== 'message') {
          const err6 = {
            instancePath: instancePath + '/security',
            schemaPath: '#/properties/security/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/security',
        schemaPath: '#/properties/security/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key2 in data) {
      if (
        key2 !== 'security' &&
        key2 !== 'maxBufferSize' &&
        key2 !== 'transferMode' &&
        key2 !== 'allowCookies' &&
        key2 !== 'bypassProxyOnLocal' &&
        key2 !== 'hostNameComparisonMode' &&
        key2 !== 'maxBufferPoolSize' &&
        key2 !== 'maxReceivedMessageSize' &&
        key2 !== 'messageEncoding' &&
        key2 !== 'proxyAddress' &&
        key2 !== 'textEncoding' &&
        key2 !== 'useDefaultWebProxy' &&
        key2 !== 'readerQuotas' &&
        key2 !== 'openTimeout' &&
        key2 !== 'closeTimeout' &&
        key2 !== 'sendTimeout' &&
        key2 !== 'receiveTimeout' &&
        key2 !== 'name'
      ) {
        const err8 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key2 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema54 = {
  $ref: '#/$defs/httpCommon',
  description:
    'wsHttpBinding / ws2007HttpBinding: SOAP 1.2 + WS-Addressing 1.0 over HTTP(S), with WS-Security by default.',
  properties: {
    transactionFlow: {
      type: 'boolean',
      default: false,
      description: 'Whether transactions flow. Indigo does not flow transactions.',
    },
    reliableSession: { $ref: '#/$defs/reliableSessionStandard', default: {} },
    security: {
      type: 'object',
      default: {},
      properties: {
        mode: {
          enum: ['None', 'Transport', 'Message', 'TransportWithMessageCredential'],
          default: 'Message',
          description:
            'Security mode. Indigo\'s runtime supports None, Transport, Message (WS-Security; with the client credential known out of band: negotiateServiceCredential="false") and TransportWithMessageCredential (https; message credential Certificate or UserName), each with or without establishSecurityContext.',
        },
        transport: {
          $ref: '#/$defs/httpTransportSecurity',
          default: {},
          properties: {
            clientCredentialType: {
              enum: ['None', 'Basic', 'Digest', 'Ntlm', 'Windows', 'Certificate', 'InheritedFromHost'],
              default: 'Windows',
              description:
                "HTTP client credential (wsHttpBinding's default is Windows). Indigo supports None and Certificate.",
            },
          },
          unevaluatedProperties: false,
        },
        message: {
          type: 'object',
          default: {},
          properties: {
            clientCredentialType: {
              enum: ['None', 'Windows', 'UserName', 'Certificate', 'IssuedToken'],
              default: 'Windows',
              description:
                'Client credential of message security. Indigo supports Certificate (MutualCertificate), UserName (UserNameForCertificate) and None (AnonymousForCertificate).',
            },
            negotiateServiceCredential: {
              type: 'boolean',
              default: true,
              description:
                'Whether the service credential is negotiated (SSL/SPNEGO over WS-Trust) rather than known out of band. Indigo needs false: the client gets the service certificate from <clientCredentials><serviceCertificate>.',
            },
            algorithmSuite: { $ref: 'common.schema.json#/$defs/algorithmSuite', default: 'Default' },
            establishSecurityContext: {
              type: 'boolean',
              default: true,
              description:
                'Whether a secure session (WS-SecureConversation) is established: the security element becomes SecureConversation over the one-shot element (a session Security Context Token).',
            },
          },
          unevaluatedProperties: false,
        },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema55 = {
  type: 'object',
  description:
    'WS-ReliableMessaging session of a standard binding. Indigo does not support reliable sessions yet.',
  properties: {
    enabled: { type: 'boolean', default: false, description: 'Whether a reliable session is used.' },
    ordered: { type: 'boolean', default: true, description: 'Whether messages are delivered in order.' },
    inactivityTimeout: {
      $ref: 'common.schema.json#/$defs/timeSpan',
      default: '00:10:00',
      description: 'Idle time before the session faults.',
    },
  },
  unevaluatedProperties: false,
};
function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      data.enabled = false;
    }
    if (data.ordered === undefined) {
      data.ordered = true;
    }
    if (data.inactivityTimeout === undefined) {
      data.inactivityTimeout = '00:10:00';
    }
    if (typeof data.enabled !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/enabled',
        schemaPath: '#/properties/enabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data.ordered !== 'boolean') {
      const err1 = {
        instancePath: instancePath + '/ordered',
        schemaPath: '#/properties/ordered/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data2 = data.inactivityTimeout;
    if (typeof data2 === 'string') {
      if (!formats0.validate(data2)) {
        const err2 = {
          instancePath: instancePath + '/inactivityTimeout',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = {
        instancePath: instancePath + '/inactivityTimeout',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (key0 !== 'enabled' && key0 !== 'ordered' && key0 !== 'inactivityTimeout') {
        const err4 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.transactionFlow === undefined) {
      data.transactionFlow = false;
    }
    if (data.reliableSession === undefined) {
      data.reliableSession = {};
    }
    if (data.security === undefined) {
      data.security = {};
    }
    if (typeof data.transactionFlow !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/transactionFlow',
        schemaPath: '#/properties/transactionFlow/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (
      !validate41(data.reliableSession, {
        instancePath: instancePath + '/reliableSession',
        parentData: data,
        parentDataProperty: 'reliableSession',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
      errors = vErrors.length;
    }
    let data2 = data.security;
    if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
      if (data2.mode === undefined) {
        data2.mode = 'Message';
      }
      if (data2.transport === undefined) {
        data2.transport = {};
      }
      if (data2.message === undefined) {
        data2.message = {};
      }
      let data3 = data2.mode;
      if (!(
        data3 === 'None' ||
        data3 === 'Transport' ||
        data3 === 'Message' ||
        data3 === 'TransportWithMessageCredential'
      )) {
        const err1 = {
          instancePath: instancePath + '/security/mode',
          schemaPath: '#/properties/security/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema54.properties.security.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      let data4 = data2.transport;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.proxyCredentialType === undefined) {
          data4.proxyCredentialType = 'None';
        }
        if (data4.realm === undefined) {
          data4.realm = '';
        }
        let data5 = data4.proxyCredentialType;
        if (!(
          data5 === 'None' ||
          data5 === 'Basic' ||
          data5 === 'Digest' ||
          data5 === 'Ntlm' ||
          data5 === 'Windows'
        )) {
          const err2 = {
            instancePath: instancePath + '/security/transport/proxyCredentialType',
            schemaPath: '#/$defs/httpTransportSecurity/properties/proxyCredentialType/enum',
            keyword: 'enum',
            params: { allowedValues: schema49.properties.proxyCredentialType.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (typeof data4.realm !== 'string') {
          const err3 = {
            instancePath: instancePath + '/security/transport/realm',
            schemaPath: '#/$defs/httpTransportSecurity/properties/realm/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/security/transport',
          schemaPath: '#/$defs/httpTransportSecurity/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.clientCredentialType === undefined) {
          data4.clientCredentialType = 'Windows';
        }
        let data7 = data4.clientCredentialType;
        if (!(
          data7 === 'None' ||
          data7 === 'Basic' ||
          data7 === 'Digest' ||
          data7 === 'Ntlm' ||
          data7 === 'Windows' ||
          data7 === 'Certificate' ||
          data7 === 'InheritedFromHost'
        )) {
          const err5 = {
            instancePath: instancePath + '/security/transport/clientCredentialType',
            schemaPath: '#/properties/security/properties/transport/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema54.properties.security.properties.transport.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data4) {
          if (key0 !== 'clientCredentialType' && key0 !== 'proxyCredentialType' && key0 !== 'realm') {
            const err6 = {
              instancePath: instancePath + '/security/transport',
              schemaPath: '#/properties/security/properties/transport/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
      let data8 = data2.message;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.clientCredentialType === undefined) {
          data8.clientCredentialType = 'Windows';
        }
        if (data8.negotiateServiceCredential === undefined) {
          data8.negotiateServiceCredential = true;
        }
        if (data8.algorithmSuite === undefined) {
          data8.algorithmSuite = 'Default';
        }
        if (data8.establishSecurityContext === undefined) {
          data8.establishSecurityContext = true;
        }
        let data9 = data8.clientCredentialType;
        if (!(
          data9 === 'None' ||
          data9 === 'Windows' ||
          data9 === 'UserName' ||
          data9 === 'Certificate' ||
          data9 === 'IssuedToken'
        )) {
          const err7 = {
            instancePath: instancePath + '/security/message/clientCredentialType',
            schemaPath: '#/properties/security/properties/message/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema54.properties.security.properties.message.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (typeof data8.negotiateServiceCredential !== 'boolean') {
          const err8 = {
            instancePath: instancePath + '/security/message/negotiateServiceCredential',
            schemaPath: '#/properties/security/properties/message/properties/negotiateServiceCredential/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        let data11 = data8.algorithmSuite;
        if (!(
          data11 === 'Default' ||
          data11 === 'Basic256' ||
          data11 === 'Basic192' ||
          data11 === 'Basic128' ||
          data11 === 'TripleDes' ||
          data11 === 'Basic256Rsa15' ||
          data11 === 'Basic192Rsa15' ||
          data11 === 'Basic128Rsa15' ||
          data11 === 'TripleDesRsa15' ||
          data11 === 'Basic256Sha256' ||
          data11 === 'Basic192Sha256' ||
          data11 === 'Basic128Sha256' ||
          data11 === 'TripleDesSha256' ||
          data11 === 'Basic256Sha256Rsa15' ||
          data11 === 'Basic192Sha256Rsa15' ||
          data11 === 'Basic128Sha256Rsa15' ||
          data11 === 'TripleDesSha256Rsa15'
        )) {
          const err9 = {
            instancePath: instancePath + '/security/message/algorithmSuite',
            schemaPath: 'common.schema.json#/$defs/algorithmSuite/enum',
            keyword: 'enum',
            params: { allowedValues: schema51.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (typeof data8.establishSecurityContext !== 'boolean') {
          const err10 = {
            instancePath: instancePath + '/security/message/establishSecurityContext',
            schemaPath: '#/properties/security/properties/message/properties/establishSecurityContext/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (
            key1 !== 'clientCredentialType' &&
            key1 !== 'negotiateServiceCredential' &&
            key1 !== 'algorithmSuite' &&
            key1 !== 'establishSecurityContext'
          ) {
            const err11 = {
              instancePath: instancePath + '/security/message',
              schemaPath: '#/properties/security/properties/message/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/security/message',
          schemaPath: '#/properties/security/properties/message/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      for (const key2 in data2) {
        if (key2 !== 'mode' && key2 !== 'transport' && key2 !== 'message') {
          const err13 = {
            instancePath: instancePath + '/security',
            schemaPath: '#/properties/security/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key2 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    } else {
      const err14 = {
        instancePath: instancePath + '/security',
        schemaPath: '#/properties/security/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key3 in data) {
      if (
        key3 !== 'transactionFlow' &&
        key3 !== 'reliableSession' &&
        key3 !== 'security' &&
        key3 !== 'allowCookies' &&
        key3 !== 'bypassProxyOnLocal' &&
        key3 !== 'hostNameComparisonMode' &&
        key3 !== 'maxBufferPoolSize' &&
        key3 !== 'maxReceivedMessageSize' &&
        key3 !== 'messageEncoding' &&
        key3 !== 'proxyAddress' &&
        key3 !== 'textEncoding' &&
        key3 !== 'useDefaultWebProxy' &&
        key3 !== 'readerQuotas' &&
        key3 !== 'openTimeout' &&
        key3 !== 'closeTimeout' &&
        key3 !== 'sendTimeout' &&
        key3 !== 'receiveTimeout' &&
        key3 !== 'name'
      ) {
        const err15 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key3 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema59 = {
  type: 'object',
  description:
    'netTcpBinding: loaded and validated; Indigo has no TCP transport yet, so endpoints cannot use it.',
  allOf: [{ $ref: '#/$defs/bindingName' }, { $ref: 'common.schema.json#/$defs/timeouts' }],
  properties: {
    hostNameComparisonMode: {
      $ref: 'common.schema.json#/$defs/hostNameComparisonMode',
      default: 'StrongWildcard',
    },
    listenBacklog: {
      type: 'integer',
      minimum: 0,
      default: 0,
      description: 'Pending connections queue (0 = automatic).',
    },
    maxBufferPoolSize: { type: 'integer', minimum: 0, default: 524288 },
    maxBufferSize: { type: 'integer', minimum: 1, maximum: 2147483647, default: 65536 },
    maxConnections: {
      type: 'integer',
      minimum: 0,
      default: 0,
      description: 'Pooled connections (0 = automatic).',
    },
    maxReceivedMessageSize: { type: 'integer', minimum: 1, default: 65536 },
    portSharingEnabled: { type: 'boolean', default: false },
    transactionFlow: { type: 'boolean', default: false },
    transactionProtocol: {
      enum: ['OleTransactions', 'WSAtomicTransactionOctober2004', 'WSAtomicTransaction11'],
      default: 'OleTransactions',
    },
    transferMode: { $ref: 'common.schema.json#/$defs/transferMode', default: 'Buffered' },
    readerQuotas: { $ref: 'common.schema.json#/$defs/readerQuotas', default: {} },
    reliableSession: { $ref: '#/$defs/reliableSessionStandard', default: {} },
    security: {
      type: 'object',
      default: {},
      properties: {
        mode: {
          enum: ['None', 'Transport', 'Message', 'TransportWithMessageCredential'],
          default: 'Transport',
        },
        transport: {
          type: 'object',
          default: {},
          properties: {
            clientCredentialType: { enum: ['None', 'Windows', 'Certificate'], default: 'Windows' },
            protectionLevel: { enum: ['None', 'Sign', 'EncryptAndSign'], default: 'EncryptAndSign' },
            sslProtocols: { type: 'string', default: 'Tls, Tls11, Tls12' },
          },
          unevaluatedProperties: false,
        },
        message: {
          type: 'object',
          default: {},
          properties: {
            clientCredentialType: {
              enum: ['None', 'Windows', 'UserName', 'Certificate', 'IssuedToken'],
              default: 'Windows',
            },
            algorithmSuite: { $ref: 'common.schema.json#/$defs/algorithmSuite', default: 'Default' },
          },
          unevaluatedProperties: false,
        },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      data.name = '';
    }
    if (typeof data.name !== 'string') {
      const err0 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/$defs/bindingName/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/$defs/bindingName/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.hostNameComparisonMode === undefined) {
      data.hostNameComparisonMode = 'StrongWildcard';
    }
    if (data.listenBacklog === undefined) {
      data.listenBacklog = 0;
    }
    if (data.maxBufferPoolSize === undefined) {
      data.maxBufferPoolSize = 524288;
    }
    if (data.maxBufferSize === undefined) {
      data.maxBufferSize = 65536;
    }
    if (data.maxConnections === undefined) {
      data.maxConnections = 0;
    }
    if (data.maxReceivedMessageSize === undefined) {
      data.maxReceivedMessageSize = 65536;
    }
    if (data.portSharingEnabled === undefined) {
      data.portSharingEnabled = false;
    }
    if (data.transactionFlow === undefined) {
      data.transactionFlow = false;
    }
    if (data.transactionProtocol === undefined) {
      data.transactionProtocol = 'OleTransactions';
    }
    if (data.transferMode === undefined) {
      data.transferMode = 'Buffered';
    }
    if (data.readerQuotas === undefined) {
      data.readerQuotas = {};
    }
    if (data.reliableSession === undefined) {
      data.reliableSession = {};
    }
    if (data.security === undefined) {
      data.security = {};
    }
    let data1 = data.hostNameComparisonMode;
    if (!(data1 === 'StrongWildcard' || data1 === 'Exact' || data1 === 'WeakWildcard')) {
      const err2 = {
        instancePath: instancePath + '/hostNameComparisonMode',
        schemaPath: 'common.schema.json#/$defs/hostNameComparisonMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema45.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data2 = data.listenBacklog;
    if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
      const err3 = {
        instancePath: instancePath + '/listenBacklog',
        schemaPath: '#/properties/listenBacklog/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 < 0 || isNaN(data2)) {
        const err4 = {
          instancePath: instancePath + '/listenBacklog',
          schemaPath: '#/properties/listenBacklog/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data3 = data.maxBufferPoolSize;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err5 = {
        instancePath: instancePath + '/maxBufferPoolSize',
        schemaPath: '#/properties/maxBufferPoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 < 0 || isNaN(data3)) {
        const err6 = {
          instancePath: instancePath + '/maxBufferPoolSize',
          schemaPath: '#/properties/maxBufferPoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    let data4 = data.maxBufferSize;
    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
      const err7 = {
        instancePath: instancePath + '/maxBufferSize',
        schemaPath: '#/properties/maxBufferSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (typeof data4 == 'number' && isFinite(data4)) {
      if (data4 > 2147483647 || isNaN(data4)) {
        const err8 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data4 < 1 || isNaN(data4)) {
        const err9 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    let data5 = data.maxConnections;
    if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
      const err10 = {
        instancePath: instancePath + '/maxConnections',
        schemaPath: '#/properties/maxConnections/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (typeof data5 == 'number' && isFinite(data5)) {
      if (data5 < 0 || isNaN(data5)) {
        const err11 = {
          instancePath: instancePath + '/maxConnections',
          schemaPath: '#/properties/maxConnections/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    let data6 = data.maxReceivedMessageSize;
    if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
      const err12 = {
        instancePath: instancePath + '/maxReceivedMessageSize',
        schemaPath: '#/properties/maxReceivedMessageSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (typeof data6 == 'number' && isFinite(data6)) {
      if (data6 < 1 || isNaN(data6)) {
        const err13 = {
          instancePath: instancePath + '/maxReceivedMessageSize',
          schemaPath: '#/properties/maxReceivedMessageSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (typeof data.portSharingEnabled !== 'boolean') {
      const err14 = {
        instancePath: instancePath + '/portSharingEnabled',
        schemaPath: '#/properties/portSharingEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (typeof data.transactionFlow !== 'boolean') {
      const err15 = {
        instancePath: instancePath + '/transactionFlow',
        schemaPath: '#/properties/transactionFlow/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data9 = data.transactionProtocol;
    if (!(
      data9 === 'OleTransactions' ||
      data9 === 'WSAtomicTransactionOctober2004' ||
      data9 === 'WSAtomicTransaction11'
    )) {
      const err16 = {
        instancePath: instancePath + '/transactionProtocol',
        schemaPath: '#/properties/transactionProtocol/enum',
        keyword: 'enum',
        params: { allowedValues: schema59.properties.transactionProtocol.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    let data10 = data.transferMode;
    if (!(
      data10 === 'Buffered' ||
      data10 === 'Streamed' ||
      data10 === 'StreamedRequest' ||
      data10 === 'StreamedResponse'
    )) {
      const err17 = {
        instancePath: instancePath + '/transferMode',
        schemaPath: 'common.schema.json#/$defs/transferMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema48.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data11 = data.readerQuotas;
    if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
      if (data11.maxDepth === undefined) {
        data11.maxDepth = 32;
      }
      if (data11.maxStringContentLength === undefined) {
        data11.maxStringContentLength = 8192;
      }
      if (data11.maxArrayLength === undefined) {
        data11.maxArrayLength = 16384;
      }
      if (data11.maxBytesPerRead === undefined) {
        data11.maxBytesPerRead = 4096;
      }
      if (data11.maxNameTableCharCount === undefined) {
        data11.maxNameTableCharCount = 16384;
      }
      let data12 = data11.maxDepth;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err18 = {
          instancePath: instancePath + '/readerQuotas/maxDepth',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data12 == 'number' && isFinite(data12)) {
        if (data12 > 2147483647 || isNaN(data12)) {
          const err19 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err20 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      let data13 = data11.maxStringContentLength;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err21 = {
          instancePath: instancePath + '/readerQuotas/maxStringContentLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data13 == 'number' && isFinite(data13)) {
        if (data13 > 2147483647 || isNaN(data13)) {
          const err22 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err23 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      let data14 = data11.maxArrayLength;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err24 = {
          instancePath: instancePath + '/readerQuotas/maxArrayLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data14 == 'number' && isFinite(data14)) {
        if (data14 > 2147483647 || isNaN(data14)) {
          const err25 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data14 < 0 || isNaN(data14)) {
          const err26 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      let data15 = data11.maxBytesPerRead;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err27 = {
          instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data15 == 'number' && isFinite(data15)) {
        if (data15 > 2147483647 || isNaN(data15)) {
          const err28 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data15 < 0 || isNaN(data15)) {
          const err29 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      let data16 = data11.maxNameTableCharCount;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
        const err30 = {
          instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data16 == 'number' && isFinite(data16)) {
        if (data16 > 2147483647 || isNaN(data16)) {
          const err31 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data16 < 0 || isNaN(data16)) {
          const err32 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      for (const key0 in data11) {
        if (
          key0 !== 'maxDepth' &&
          key0 !== 'maxStringContentLength' &&
          key0 !== 'maxArrayLength' &&
          key0 !== 'maxBytesPerRead' &&
          key0 !== 'maxNameTableCharCount'
        ) {
          const err33 = {
            instancePath: instancePath + '/readerQuotas',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    } else {
      const err34 = {
        instancePath: instancePath + '/readerQuotas',
        schemaPath: 'common.schema.json#/$defs/readerQuotas/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    if (
      !validate41(data.reliableSession, {
        instancePath: instancePath + '/reliableSession',
        parentData: data,
        parentDataProperty: 'reliableSession',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
      errors = vErrors.length;
    }
    let data18 = data.security;
    if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
      if (data18.mode === undefined) {
        data18.mode = 'Transport';
      }
      if (data18.transport === undefined) {
        data18.transport = {};
      }
      if (data18.message === undefined) {
        data18.message = {};
      }
      let data19 = data18.mode;
      if (!(
        data19 === 'None' ||
        data19 === 'Transport' ||
        data19 === 'Message' ||
        data19 === 'TransportWithMessageCredential'
      )) {
        const err35 = {
          instancePath: instancePath + '/security/mode',
          schemaPath: '#/properties/security/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema59.properties.security.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      let data20 = data18.transport;
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        if (data20.clientCredentialType === undefined) {
          data20.clientCredentialType = 'Windows';
        }
        if (data20.protectionLevel === undefined) {
          data20.protectionLevel = 'EncryptAndSign';
        }
        if (data20.sslProtocols === undefined) {
          data20.sslProtocols = 'Tls, Tls11, Tls12';
        }
        let data21 = data20.clientCredentialType;
        if (!(data21 === 'None' || data21 === 'Windows' || data21 === 'Certificate')) {
          const err36 = {
            instancePath: instancePath + '/security/transport/clientCredentialType',
            schemaPath: '#/properties/security/properties/transport/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema59.properties.security.properties.transport.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        let data22 = data20.protectionLevel;
        if (!(data22 === 'None' || data22 === 'Sign' || data22 === 'EncryptAndSign')) {
          const err37 = {
            instancePath: instancePath + '/security/transport/protectionLevel',
            schemaPath: '#/properties/security/properties/transport/properties/protectionLevel/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema59.properties.security.properties.transport.properties.protectionLevel.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (typeof data20.sslProtocols !== 'string') {
          const err38 = {
            instancePath: instancePath + '/security/transport/sslProtocols',
            schemaPath: '#/properties/security/properties/transport/properties/sslProtocols/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key1 in data20) {
          if (key1 !== 'clientCredentialType' && key1 !== 'protectionLevel' && key1 !== 'sslProtocols') {
            const err39 = {
              instancePath: instancePath + '/security/transport',
              schemaPath: '#/properties/security/properties/transport/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/security/transport',
          schemaPath: '#/properties/security/properties/transport/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      let data24 = data18.message;
      if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
        if (data24.clientCredentialType === undefined) {
          data24.clientCredentialType = 'Windows';
        }
        if (data24.algorithmSuite === undefined) {
          data24.algorithmSuite = 'Default';
        }
        let data25 = data24.clientCredentialType;
        if (!(
          data25 === 'None' ||
          data25 === 'Windows' ||
          data25 === 'UserName' ||
          data25 === 'Certificate' ||
          data25 === 'IssuedToken'
        )) {
          const err41 = {
            instancePath: instancePath + '/security/message/clientCredentialType',
            schemaPath: '#/properties/security/properties/message/properties/clientCredentialType/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema59.properties.security.properties.message.properties.clientCredentialType.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        let data26 = data24.algorithmSuite;
        if (!(
          data26 === 'Default' ||
          data26 === 'Basic256' ||
          data26 === 'Basic192' ||
          data26 === 'Basic128' ||
          data26 === 'TripleDes' ||
          data26 === 'Basic256Rsa15' ||
          data26 === 'Basic192Rsa15' ||
          data26 === 'Basic128Rsa15' ||
          data26 === 'TripleDesRsa15' ||
          data26 === 'Basic256Sha256' ||
          data26 === 'Basic192Sha256' ||
          data26 === 'Basic128Sha256' ||
          data26 === 'TripleDesSha256' ||
          data26 === 'Basic256Sha256Rsa15' ||
          data26 === 'Basic192Sha256Rsa15' ||
          data26 === 'Basic128Sha256Rsa15' ||
          data26 === 'TripleDesSha256Rsa15'
        )) {
          const err42 = {
            instancePath: instancePath + '/security/message/algorithmSuite',
            schemaPath: 'common.schema.json#/$defs/algorithmSuite/enum',
            keyword: 'enum',
            params: { allowedValues: schema51.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key2 in data24) {
          if (key2 !== 'clientCredentialType' && key2 !== 'algorithmSuite') {
            const err43 = {
              instancePath: instancePath + '/security/message',
              schemaPath: '#/properties/security/properties/message/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/security/message',
          schemaPath: '#/properties/security/properties/message/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      for (const key3 in data18) {
        if (key3 !== 'mode' && key3 !== 'transport' && key3 !== 'message') {
          const err45 = {
            instancePath: instancePath + '/security',
            schemaPath: '#/properties/security/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key3 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    } else {
      const err46 = {
        instancePath: instancePath + '/security',
        schemaPath: '#/properties/security/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    }
    for (const key4 in data) {
      if (
        key4 !== 'hostNameComparisonMode' &&
        key4 !== 'listenBacklog' &&
        key4 !== 'maxBufferPoolSize' &&
        key4 !== 'maxBufferSize' &&
        key4 !== 'maxConnections' &&
        key4 !== 'maxReceivedMessageSize' &&
        key4 !== 'portSharingEnabled' &&
        key4 !== 'transactionFlow' &&
        key4 !== 'transactionProtocol' &&
        key4 !== 'transferMode' &&
        key4 !== 'readerQuotas' &&
        key4 !== 'reliableSession' &&
        key4 !== 'security' &&
        key4 !== 'openTimeout' &&
        key4 !== 'closeTimeout' &&
        key4 !== 'sendTimeout' &&
        key4 !== 'receiveTimeout' &&
        key4 !== 'name'
      ) {
        const err47 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key4 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema65 = {
  type: 'object',
  description:
    'customBinding: the binding elements, top of the stack first, in document order (in JSON: member order). At most one of each kind; one transport, last.',
  allOf: [{ $ref: '#/$defs/bindingName' }, { $ref: 'common.schema.json#/$defs/timeouts' }],
  'x-orderedChildren': true,
  properties: {
    transactionFlow: { $ref: '#/$defs/transactionFlowElement' },
    reliableSession: { $ref: '#/$defs/reliableSessionElement' },
    security: { $ref: 'security.schema.json#/$defs/security' },
    textMessageEncoding: { $ref: '#/$defs/textMessageEncodingElement' },
    httpTransport: { $ref: '#/$defs/httpTransportElement' },
    httpsTransport: { $ref: '#/$defs/httpsTransportElement' },
  },
  unevaluatedProperties: {
    type: 'object',
    'x-extension': 'bindingElementExtensions',
    description: 'A binding element registered under <extensions><bindingElementExtensions>.',
  },
};
const schema67 = {
  type: 'object',
  description:
    "<transactionFlow>: turns transaction flow on (WCF's TransactionFlowElement sets Transactions=true). Indigo does not flow transactions.",
  properties: {
    transactionProtocol: {
      enum: ['OleTransactions', 'WSAtomicTransactionOctober2004', 'WSAtomicTransaction11'],
      default: 'OleTransactions',
      description: 'Transaction protocol.',
    },
    allowWildcardAction: {
      type: 'boolean',
      default: false,
      description: 'Whether wildcard actions may flow transactions.',
    },
  },
  unevaluatedProperties: false,
};
const schema68 = {
  type: 'object',
  description:
    "<reliableSession>: WS-ReliableMessaging. Loaded and validated; not supported by Indigo's runtime yet.",
  properties: {
    acknowledgementInterval: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:00:00.2' },
    flowControlEnabled: { type: 'boolean', default: true },
    inactivityTimeout: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:10:00' },
    maxPendingChannels: { type: 'integer', minimum: 1, maximum: 16384, default: 4 },
    maxRetryCount: { type: 'integer', minimum: 1, default: 8 },
    maxTransferWindowSize: { type: 'integer', minimum: 1, maximum: 4096, default: 8 },
    ordered: { type: 'boolean', default: true },
    reliableMessagingVersion: {
      enum: ['Default', 'WSReliableMessagingFebruary2005', 'WSReliableMessaging11'],
      default: 'WSReliableMessagingFebruary2005',
    },
  },
  unevaluatedProperties: false,
};
function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.acknowledgementInterval === undefined) {
      data.acknowledgementInterval = '00:00:00.2';
    }
    if (data.flowControlEnabled === undefined) {
      data.flowControlEnabled = true;
    }
    if (data.inactivityTimeout === undefined) {
      data.inactivityTimeout = '00:10:00';
    }
    if (data.maxPendingChannels === undefined) {
      data.maxPendingChannels = 4;
    }
    if (data.maxRetryCount === undefined) {
      data.maxRetryCount = 8;
    }
    if (data.maxTransferWindowSize === undefined) {
      data.maxTransferWindowSize = 8;
    }
    if (data.ordered === undefined) {
      data.ordered = true;
    }
    if (data.reliableMessagingVersion === undefined) {
      data.reliableMessagingVersion = 'WSReliableMessagingFebruary2005';
    }
    let data0 = data.acknowledgementInterval;
    if (typeof data0 === 'string') {
      if (!formats0.validate(data0)) {
        const err0 = {
          instancePath: instancePath + '/acknowledgementInterval',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {
        instancePath: instancePath + '/acknowledgementInterval',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.flowControlEnabled !== 'boolean') {
      const err2 = {
        instancePath: instancePath + '/flowControlEnabled',
        schemaPath: '#/properties/flowControlEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data2 = data.inactivityTimeout;
    if (typeof data2 === 'string') {
      if (!formats0.validate(data2)) {
        const err3 = {
          instancePath: instancePath + '/inactivityTimeout',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath: instancePath + '/inactivityTimeout',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data3 = data.maxPendingChannels;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err5 = {
        instancePath: instancePath + '/maxPendingChannels',
        schemaPath: '#/properties/maxPendingChannels/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 16384 || isNaN(data3)) {
        const err6 = {
          instancePath: instancePath + '/maxPendingChannels',
          schemaPath: '#/properties/maxPendingChannels/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 16384 },
          message: 'must be <= 16384',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err7 = {
          instancePath: instancePath + '/maxPendingChannels',
          schemaPath: '#/properties/maxPendingChannels/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data4 = data.maxRetryCount;
    if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
      const err8 = {
        instancePath: instancePath + '/maxRetryCount',
        schemaPath: '#/properties/maxRetryCount/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (typeof data4 == 'number' && isFinite(data4)) {
      if (data4 < 1 || isNaN(data4)) {
        const err9 = {
          instancePath: instancePath + '/maxRetryCount',
          schemaPath: '#/properties/maxRetryCount/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    let data5 = data.maxTransferWindowSize;
    if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
      const err10 = {
        instancePath: instancePath + '/maxTransferWindowSize',
        schemaPath: '#/properties/maxTransferWindowSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (typeof data5 == 'number' && isFinite(data5)) {
      if (data5 > 4096 || isNaN(data5)) {
        const err11 = {
          instancePath: instancePath + '/maxTransferWindowSize',
          schemaPath: '#/properties/maxTransferWindowSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 4096 },
          message: 'must be <= 4096',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data5 < 1 || isNaN(data5)) {
        const err12 = {
          instancePath: instancePath + '/maxTransferWindowSize',
          schemaPath: '#/properties/maxTransferWindowSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (typeof data.ordered !== 'boolean') {
      const err13 = {
        instancePath: instancePath + '/ordered',
        schemaPath: '#/properties/ordered/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data7 = data.reliableMessagingVersion;
    if (!(
      data7 === 'Default' ||
      data7 === 'WSReliableMessagingFebruary2005' ||
      data7 === 'WSReliableMessaging11'
    )) {
      const err14 = {
        instancePath: instancePath + '/reliableMessagingVersion',
        schemaPath: '#/properties/reliableMessagingVersion/enum',
        keyword: 'enum',
        params: { allowedValues: schema68.properties.reliableMessagingVersion.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'acknowledgementInterval' &&
        key0 !== 'flowControlEnabled' &&
        key0 !== 'inactivityTimeout' &&
        key0 !== 'maxPendingChannels' &&
        key0 !== 'maxRetryCount' &&
        key0 !== 'maxTransferWindowSize' &&
        key0 !== 'ordered' &&
        key0 !== 'reliableMessagingVersion'
      ) {
        const err15 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema72 = {
  $ref: '#/$defs/securityBase',
  description:
    '<security>: message security (WS-Security) — the element the factory method for authenticationMode makes, then the attributes written here (WCF\'s SecurityElementBase). Indigo builds MutualCertificate, AnonymousForCertificate, UserNameForCertificate, CertificateOverTransport, UserNameOverTransport, and SecureConversation bootstrapped by one of them; the other modes are "not supported yet".',
  properties: { secureConversationBootstrap: { $ref: '#/$defs/secureConversationBootstrap' } },
  unevaluatedProperties: false,
};
const schema73 = {
  type: 'object',
  description:
    "Attributes shared by <security> and <secureConversationBootstrap> (WCF's SecurityElementBase). As in WCF, an attribute only overrides the factory method's value when it is written.",
  properties: {
    authenticationMode: { $ref: '#/$defs/authenticationMode', default: 'SspiNegotiated' },
    defaultAlgorithmSuite: { $ref: 'common.schema.json#/$defs/algorithmSuite', default: 'Default' },
    includeTimestamp: { type: 'boolean', default: true, description: 'Whether a wsu:Timestamp is sent.' },
    messageProtectionOrder: {
      enum: ['SignBeforeEncrypt', 'SignBeforeEncryptAndEncryptSignature', 'EncryptBeforeSign'],
      default: 'SignBeforeEncryptAndEncryptSignature',
      description: 'Order of signing and encryption (symmetric and asymmetric elements).',
    },
    messageSecurityVersion: { $ref: 'common.schema.json#/$defs/messageSecurityVersion', default: 'Default' },
    requireDerivedKeys: {
      type: 'boolean',
      default: true,
      description: 'Whether keys are derived from the protection token (and its supporting tokens).',
    },
    requireSecurityContextCancellation: {
      type: 'boolean',
      default: true,
      description:
        'SecureConversation (and the negotiated modes): true — a session Security Context Token the service keeps until the client cancels it; false — a cookie token carrying its own state, no session.',
    },
    requireSignatureConfirmation: {
      type: 'boolean',
      default: false,
      description: 'Whether replies confirm the request signature (WS-Security 1.1).',
    },
    securityHeaderLayout: {
      enum: ['Strict', 'Lax', 'LaxTimestampFirst', 'LaxTimestampLast'],
      default: 'Strict',
      description: 'Ordering rules of the security header.',
    },
    keyEntropyMode: {
      enum: ['ClientEntropy', 'ServerEntropy', 'CombinedEntropy'],
      default: 'CombinedEntropy',
      description: 'Who contributes key material for issued keys.',
    },
    allowInsecureTransport: {
      type: 'boolean',
      default: false,
      description: 'Lets mixed-mode security run over plain HTTP.',
    },
    allowSerializedSigningTokenOnReply: {
      type: 'boolean',
      default: false,
      description: 'Asymmetric only: allow the signing token in the reply.',
    },
    enableUnsecuredResponse: {
      type: 'boolean',
      default: false,
      description: 'Whether an unsecured response is accepted.',
    },
    protectTokens: { type: 'boolean', default: false, description: 'Whether the primary token is signed.' },
    canRenewSecurityContextToken: {
      type: 'boolean',
      default: true,
      description: 'Whether a secure session may renew its key.',
    },
    issuedTokenParameters: { $ref: '#/$defs/issuedTokenParameters' },
    localClientSettings: { $ref: '#/$defs/localClientSettings' },
    localServiceSettings: { $ref: '#/$defs/localServiceSettings' },
  },
};
const schema74 = {
  enum: [
    'AnonymousForCertificate',
    'AnonymousForSslNegotiated',
    'CertificateOverTransport',
    'IssuedToken',
    'IssuedTokenForCertificate',
    'IssuedTokenForSslNegotiated',
    'IssuedTokenOverTransport',
    'Kerberos',
    'KerberosOverTransport',
    'MutualCertificate',
    'MutualCertificateDuplex',
    'MutualSslNegotiated',
    'SecureConversation',
    'SspiNegotiated',
    'UserNameForCertificate',
    'UserNameForSslNegotiated',
    'UserNameOverTransport',
    'SspiNegotiatedOverTransport',
  ],
  description:
    'Which SecurityBindingElement factory method builds the element (SecureConversation needs <secureConversationBootstrap>).',
};
const schema76 = {
  enum: [
    'Default',
    'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11',
    'WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10',
    'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10',
    'WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10',
    'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12',
    'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10',
  ],
  description:
    'WS-Security / WS-Trust / WS-SecureConversation / WS-SecurityPolicy versions (Default = WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11).',
};
const schema77 = {
  type: 'object',
  description: 'Parameters of an issued (federated) token.',
  properties: {
    defaultMessageSecurityVersion: {
      $ref: 'common.schema.json#/$defs/messageSecurityVersion',
      default: 'Default',
    },
    keySize: { type: 'integer', minimum: 0, maximum: 2147483647, default: 0 },
    keyType: { enum: ['SymmetricKey', 'AsymmetricKey', 'BearerKey'], default: 'SymmetricKey' },
    tokenType: { type: 'string', default: '' },
    useStrTransform: { type: 'boolean', default: false },
    issuer: {
      type: 'object',
      properties: {
        address: { type: 'string' },
        binding: { type: 'string', default: '' },
        bindingConfiguration: { type: 'string', default: '' },
        identity: { $ref: 'common.schema.json#/$defs/identity' },
      },
      unevaluatedProperties: false,
    },
    issuerMetadata: {
      type: 'object',
      properties: { address: { type: 'string' }, identity: { $ref: 'common.schema.json#/$defs/identity' } },
      unevaluatedProperties: false,
    },
    claimTypeRequirements: {
      type: 'object',
      properties: {
        add: {
          type: 'array',
          'x-collection': { key: ['claimType'] },
          items: {
            type: 'object',
            properties: { claimType: { type: 'string' }, isOptional: { type: 'boolean', default: false } },
            required: ['claimType'],
            unevaluatedProperties: false,
          },
        },
      },
      unevaluatedProperties: false,
    },
    additionalRequestParameters: { $ref: 'common.schema.json#/$defs/anyXml' },
  },
  unevaluatedProperties: false,
};
const schema79 = {
  type: 'object',
  description:
    'The expected identity of the service: one child. A client checks it against the service certificate (message security with a service certificate, HTTPS); a service publishes it in its WSDL EndpointReference. UPN and SPN identities never match a certificate (no Windows accounts); certificateReference isChainIncluded="true" is not supported yet.',
  properties: {
    dns: { type: 'object', properties: { value: { type: 'string' } }, unevaluatedProperties: false },
    userPrincipalName: {
      type: 'object',
      properties: { value: { type: 'string' } },
      unevaluatedProperties: false,
    },
    servicePrincipalName: {
      type: 'object',
      properties: { value: { type: 'string' } },
      unevaluatedProperties: false,
    },
    rsa: { type: 'object', properties: { value: { type: 'string' } }, unevaluatedProperties: false },
    certificate: {
      type: 'object',
      properties: { encodedValue: { type: 'string' } },
      unevaluatedProperties: false,
    },
    certificateReference: {
      $ref: '#/$defs/certificateFields',
      properties: {
        storeLocation: { enum: ['CurrentUser', 'LocalMachine'], default: 'LocalMachine' },
        isChainIncluded: { type: 'boolean', default: false },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema80 = {
  type: 'object',
  properties: {
    findValue: {
      type: 'string',
      default: '',
      description: 'What to search the store for (interpreted per x509FindType).',
    },
    storeName: {
      enum: [
        'AddressBook',
        'AuthRoot',
        'CertificateAuthority',
        'Disallowed',
        'My',
        'Root',
        'TrustedPeople',
        'TrustedPublisher',
      ],
      default: 'My',
      description: 'The store: a folder <storeRoot>/<storeLocation>/<storeName>/ in Indigo.',
    },
    x509FindType: {
      enum: [
        'FindByThumbprint',
        'FindBySubjectName',
        'FindBySubjectDistinguishedName',
        'FindByIssuerName',
        'FindByIssuerDistinguishedName',
        'FindBySerialNumber',
        'FindByTimeValid',
        'FindByTimeNotYetValid',
        'FindByTimeExpired',
        'FindByTemplateName',
        'FindByApplicationPolicy',
        'FindByCertificatePolicy',
        'FindByExtension',
        'FindByKeyUsage',
        'FindBySubjectKeyIdentifier',
      ],
      default: 'FindBySubjectDistinguishedName',
      description:
        'How findValue is matched. Indigo supports FindByThumbprint, FindBySubjectName, FindBySubjectDistinguishedName, FindByIssuerName, FindByIssuerDistinguishedName, FindBySerialNumber.',
    },
    file: {
      type: 'string',
      description:
        'Indigo extension: a certificate file instead of a store (PEM, DER .cer, or PFX .pfx/.p12), relative to the config file.',
    },
    keyFile: {
      type: 'string',
      description: 'Indigo extension: PEM private key file for a PEM or DER certificate file.',
    },
    passwordEnvironmentVariable: {
      type: 'string',
      description: 'Indigo extension: the environment variable holding the PFX password.',
    },
  },
};
function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dns !== undefined) {
      let data0 = data.dns;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.value !== undefined) {
          if (typeof data0.value !== 'string') {
            const err0 = {
              instancePath: instancePath + '/dns/value',
              schemaPath: '#/properties/dns/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        for (const key0 in data0) {
          if (key0 !== 'value') {
            const err1 = {
              instancePath: instancePath + '/dns',
              schemaPath: '#/properties/dns/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/dns',
          schemaPath: '#/properties/dns/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.userPrincipalName !== undefined) {
      let data2 = data.userPrincipalName;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.value !== undefined) {
          if (typeof data2.value !== 'string') {
            const err3 = {
              instancePath: instancePath + '/userPrincipalName/value',
              schemaPath: '#/properties/userPrincipalName/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key1 in data2) {
          if (key1 !== 'value') {
            const err4 = {
              instancePath: instancePath + '/userPrincipalName',
              schemaPath: '#/properties/userPrincipalName/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/userPrincipalName',
          schemaPath: '#/properties/userPrincipalName/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.servicePrincipalName !== undefined) {
      let data4 = data.servicePrincipalName;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.value !== undefined) {
          if (typeof data4.value !== 'string') {
            const err6 = {
              instancePath: instancePath + '/servicePrincipalName/value',
              schemaPath: '#/properties/servicePrincipalName/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (key2 !== 'value') {
            const err7 = {
              instancePath: instancePath + '/servicePrincipalName',
              schemaPath: '#/properties/servicePrincipalName/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/servicePrincipalName',
          schemaPath: '#/properties/servicePrincipalName/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rsa !== undefined) {
      let data6 = data.rsa;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.value !== undefined) {
          if (typeof data6.value !== 'string') {
            const err9 = {
              instancePath: instancePath + '/rsa/value',
              schemaPath: '#/properties/rsa/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key3 in data6) {
          if (key3 !== 'value') {
            const err10 = {
              instancePath: instancePath + '/rsa',
              schemaPath: '#/properties/rsa/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/rsa',
          schemaPath: '#/properties/rsa/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.certificate !== undefined) {
      let data8 = data.certificate;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.encodedValue !== undefined) {
          if (typeof data8.encodedValue !== 'string') {
            const err12 = {
              instancePath: instancePath + '/certificate/encodedValue',
              schemaPath: '#/properties/certificate/properties/encodedValue/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          if (key4 !== 'encodedValue') {
            const err13 = {
              instancePath: instancePath + '/certificate',
              schemaPath: '#/properties/certificate/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key4 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/certificate',
          schemaPath: '#/properties/certificate/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.certificateReference !== undefined) {
      let data10 = data.certificateReference;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.findValue === undefined) {
          data10.findValue = '';
        }
        if (data10.storeName === undefined) {
          data10.storeName = 'My';
        }
        if (data10.x509FindType === undefined) {
          data10.x509FindType = 'FindBySubjectDistinguishedName';
        }
        if (typeof data10.findValue !== 'string') {
          const err15 = {
            instancePath: instancePath + '/certificateReference/findValue',
            schemaPath: '#/$defs/certificateFields/properties/findValue/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        let data12 = data10.storeName;
        if (!(
          data12 === 'AddressBook' ||
          data12 === 'AuthRoot' ||
          data12 === 'CertificateAuthority' ||
          data12 === 'Disallowed' ||
          data12 === 'My' ||
          data12 === 'Root' ||
          data12 === 'TrustedPeople' ||
          data12 === 'TrustedPublisher'
        )) {
          const err16 = {
            instancePath: instancePath + '/certificateReference/storeName',
            schemaPath: '#/$defs/certificateFields/properties/storeName/enum',
            keyword: 'enum',
            params: { allowedValues: schema80.properties.storeName.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let data13 = data10.x509FindType;
        if (!(
          data13 === 'FindByThumbprint' ||
          data13 === 'FindBySubjectName' ||
          data13 === 'FindBySubjectDistinguishedName' ||
          data13 === 'FindByIssuerName' ||
          data13 === 'FindByIssuerDistinguishedName' ||
          data13 === 'FindBySerialNumber' ||
          data13 === 'FindByTimeValid' ||
          data13 === 'FindByTimeNotYetValid' ||
          data13 === 'FindByTimeExpired' ||
          data13 === 'FindByTemplateName' ||
          data13 === 'FindByApplicationPolicy' ||
          data13 === 'FindByCertificatePolicy' ||
          data13 === 'FindByExtension' ||
          data13 === 'FindByKeyUsage' ||
          data13 === 'FindBySubjectKeyIdentifier'
        )) {
          const err17 = {
            instancePath: instancePath + '/certificateReference/x509FindType',
            schemaPath: '#/$defs/certificateFields/properties/x509FindType/enum',
            keyword: 'enum',
            params: { allowedValues: schema80.properties.x509FindType.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data10.file !== undefined) {
          if (typeof data10.file !== 'string') {
            const err18 = {
              instancePath: instancePath + '/certificateReference/file',
              schemaPath: '#/$defs/certificateFields/properties/file/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data10.keyFile !== undefined) {
          if (typeof data10.keyFile !== 'string') {
            const err19 = {
              instancePath: instancePath + '/certificateReference/keyFile',
              schemaPath: '#/$defs/certificateFields/properties/keyFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.passwordEnvironmentVariable !== undefined) {
          if (typeof data10.passwordEnvironmentVariable !== 'string') {
            const err20 = {
              instancePath: instancePath + '/certificateReference/passwordEnvironmentVariable',
              schemaPath: '#/$defs/certificateFields/properties/passwordEnvironmentVariable/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/certificateReference',
          schemaPath: '#/$defs/certificateFields/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.storeLocation === undefined) {
          data10.storeLocation = 'LocalMachine';
        }
        if (data10.isChainIncluded === undefined) {
          data10.isChainIncluded = false;
        }
        let data17 = data10.storeLocation;
        if (!(data17 === 'CurrentUser' || data17 === 'LocalMachine')) {
          const err22 = {
            instancePath: instancePath + '/certificateReference/storeLocation',
            schemaPath: '#/properties/certificateReference/properties/storeLocation/enum',
            keyword: 'enum',
            params: { allowedValues: schema79.properties.certificateReference.properties.storeLocation.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (typeof data10.isChainIncluded !== 'boolean') {
          const err23 = {
            instancePath: instancePath + '/certificateReference/isChainIncluded',
            schemaPath: '#/properties/certificateReference/properties/isChainIncluded/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key5 in data10) {
          if (
            key5 !== 'storeLocation' &&
            key5 !== 'isChainIncluded' &&
            key5 !== 'findValue' &&
            key5 !== 'storeName' &&
            key5 !== 'x509FindType' &&
            key5 !== 'file' &&
            key5 !== 'keyFile' &&
            key5 !== 'passwordEnvironmentVariable'
          ) {
            const err24 = {
              instancePath: instancePath + '/certificateReference',
              schemaPath: '#/properties/certificateReference/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key5 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      }
    }
    for (const key6 in data) {
      if (
        key6 !== 'dns' &&
        key6 !== 'userPrincipalName' &&
        key6 !== 'servicePrincipalName' &&
        key6 !== 'rsa' &&
        key6 !== 'certificate' &&
        key6 !== 'certificateReference'
      ) {
        const err25 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key6 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.defaultMessageSecurityVersion === undefined) {
      data.defaultMessageSecurityVersion = 'Default';
    }
    if (data.keySize === undefined) {
      data.keySize = 0;
    }
    if (data.keyType === undefined) {
      data.keyType = 'SymmetricKey';
    }
    if (data.tokenType === undefined) {
      data.tokenType = '';
    }
    if (data.useStrTransform === undefined) {
      data.useStrTransform = false;
    }
    let data0 = data.defaultMessageSecurityVersion;
    if (!(
      data0 === 'Default' ||
      data0 === 'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11' ||
      data0 ===
        'WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10' ||
      data0 ===
        'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10' ||
      data0 === 'WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10' ||
      data0 === 'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12' ||
      data0 === 'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10'
    )) {
      const err0 = {
        instancePath: instancePath + '/defaultMessageSecurityVersion',
        schemaPath: 'common.schema.json#/$defs/messageSecurityVersion/enum',
        keyword: 'enum',
        params: { allowedValues: schema76.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.keySize;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err1 = {
        instancePath: instancePath + '/keySize',
        schemaPath: '#/properties/keySize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 2147483647 || isNaN(data1)) {
        const err2 = {
          instancePath: instancePath + '/keySize',
          schemaPath: '#/properties/keySize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 < 0 || isNaN(data1)) {
        const err3 = {
          instancePath: instancePath + '/keySize',
          schemaPath: '#/properties/keySize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let data2 = data.keyType;
    if (!(data2 === 'SymmetricKey' || data2 === 'AsymmetricKey' || data2 === 'BearerKey')) {
      const err4 = {
        instancePath: instancePath + '/keyType',
        schemaPath: '#/properties/keyType/enum',
        keyword: 'enum',
        params: { allowedValues: schema77.properties.keyType.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (typeof data.tokenType !== 'string') {
      const err5 = {
        instancePath: instancePath + '/tokenType',
        schemaPath: '#/properties/tokenType/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data.useStrTransform !== 'boolean') {
      const err6 = {
        instancePath: instancePath + '/useStrTransform',
        schemaPath: '#/properties/useStrTransform/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.issuer !== undefined) {
      let data5 = data.issuer;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.binding === undefined) {
          data5.binding = '';
        }
        if (data5.bindingConfiguration === undefined) {
          data5.bindingConfiguration = '';
        }
        if (data5.address !== undefined) {
          if (typeof data5.address !== 'string') {
            const err7 = {
              instancePath: instancePath + '/issuer/address',
              schemaPath: '#/properties/issuer/properties/address/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (typeof data5.binding !== 'string') {
          const err8 = {
            instancePath: instancePath + '/issuer/binding',
            schemaPath: '#/properties/issuer/properties/binding/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (typeof data5.bindingConfiguration !== 'string') {
          const err9 = {
            instancePath: instancePath + '/issuer/bindingConfiguration',
            schemaPath: '#/properties/issuer/properties/bindingConfiguration/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data5.identity !== undefined) {
          if (
            !validate57(data5.identity, {
              instancePath: instancePath + '/issuer/identity',
              parentData: data5,
              parentDataProperty: 'identity',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
        for (const key0 in data5) {
          if (
            key0 !== 'address' &&
            key0 !== 'binding' &&
            key0 !== 'bindingConfiguration' &&
            key0 !== 'identity'
          ) {
            const err10 = {
              instancePath: instancePath + '/issuer',
              schemaPath: '#/properties/issuer/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/issuer',
          schemaPath: '#/properties/issuer/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.issuerMetadata !== undefined) {
      let data10 = data.issuerMetadata;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.address !== undefined) {
          if (typeof data10.address !== 'string') {
            const err12 = {
              instancePath: instancePath + '/issuerMetadata/address',
              schemaPath: '#/properties/issuerMetadata/properties/address/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data10.identity !== undefined) {
          if (
            !validate57(data10.identity, {
              instancePath: instancePath + '/issuerMetadata/identity',
              parentData: data10,
              parentDataProperty: 'identity',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
        for (const key1 in data10) {
          if (key1 !== 'address' && key1 !== 'identity') {
            const err13 = {
              instancePath: instancePath + '/issuerMetadata',
              schemaPath: '#/properties/issuerMetadata/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/issuerMetadata',
          schemaPath: '#/properties/issuerMetadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.claimTypeRequirements !== undefined) {
      let data13 = data.claimTypeRequirements;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.add !== undefined) {
          let data14 = data13.add;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                if (data15.isOptional === undefined) {
                  data15.isOptional = false;
                }
                if (data15.claimType === undefined) {
                  const err15 = {
                    instancePath: instancePath + '/claimTypeRequirements/add/' + i0,
                    schemaPath: '#/properties/claimTypeRequirements/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'claimType' },
                    message: "must have required property '" + 'claimType' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data15.claimType !== undefined) {
                  if (typeof data15.claimType !== 'string') {
                    const err16 = {
                      instancePath: instancePath + '/claimTypeRequirements/add/' + i0 + '/claimType',
                      schemaPath:
                        '#/properties/claimTypeRequirements/properties/add/items/properties/claimType/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (typeof data15.isOptional !== 'boolean') {
                  const err17 = {
                    instancePath: instancePath + '/claimTypeRequirements/add/' + i0 + '/isOptional',
                    schemaPath:
                      '#/properties/claimTypeRequirements/properties/add/items/properties/isOptional/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                for (const key2 in data15) {
                  if (key2 !== 'claimType' && key2 !== 'isOptional') {
                    const err18 = {
                      instancePath: instancePath + '/claimTypeRequirements/add/' + i0,
                      schemaPath:
                        '#/properties/claimTypeRequirements/properties/add/items/unevaluatedProperties',
                      keyword: 'unevaluatedProperties',
                      params: { unevaluatedProperty: key2 },
                      message: 'must NOT have unevaluated properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = {
                  instancePath: instancePath + '/claimTypeRequirements/add/' + i0,
                  schemaPath: '#/properties/claimTypeRequirements/properties/add/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/claimTypeRequirements/add',
              schemaPath: '#/properties/claimTypeRequirements/properties/add/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          if (key3 !== 'add') {
            const err21 = {
              instancePath: instancePath + '/claimTypeRequirements',
              schemaPath: '#/properties/claimTypeRequirements/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/claimTypeRequirements',
          schemaPath: '#/properties/claimTypeRequirements/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.additionalRequestParameters !== undefined) {
      let data18 = data.additionalRequestParameters;
      if (!(data18 && typeof data18 == 'object' && !Array.isArray(data18))) {
        const err23 = {
          instancePath: instancePath + '/additionalRequestParameters',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    for (const key4 in data) {
      if (
        key4 !== 'defaultMessageSecurityVersion' &&
        key4 !== 'keySize' &&
        key4 !== 'keyType' &&
        key4 !== 'tokenType' &&
        key4 !== 'useStrTransform' &&
        key4 !== 'issuer' &&
        key4 !== 'issuerMetadata' &&
        key4 !== 'claimTypeRequirements' &&
        key4 !== 'additionalRequestParameters'
      ) {
        const err24 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key4 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema82 = {
  type: 'object',
  description:
    'Client-side security settings (WCF code defaults, which differ from the documentation pages).',
  properties: {
    cacheCookies: { type: 'boolean', default: true },
    cookieRenewalThresholdPercentage: { type: 'integer', minimum: 0, maximum: 100, default: 60 },
    detectReplays: { type: 'boolean', default: true },
    replayCacheSize: { type: 'integer', minimum: 1, maximum: 2147483647, default: 900000 },
    replayWindow: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    maxClockSkew: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    maxCookieCachingTime: {
      $ref: 'common.schema.json#/$defs/timeSpan',
      default: '10675199.02:48:05.4775807',
    },
    timestampValidityDuration: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    sessionKeyRenewalInterval: { $ref: 'common.schema.json#/$defs/timeSpan', default: '10:00:00' },
    sessionKeyRolloverInterval: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    reconnectTransportOnFailure: { type: 'boolean', default: true },
  },
  unevaluatedProperties: false,
};
function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.cacheCookies === undefined) {
      data.cacheCookies = true;
    }
    if (data.cookieRenewalThresholdPercentage === undefined) {
      data.cookieRenewalThresholdPercentage = 60;
    }
    if (data.detectReplays === undefined) {
      data.detectReplays = true;
    }
    if (data.replayCacheSize === undefined) {
      data.replayCacheSize = 900000;
    }
    if (data.replayWindow === undefined) {
      data.replayWindow = '00:05:00';
    }
    if (data.maxClockSkew === undefined) {
      data.maxClockSkew = '00:05:00';
    }
    if (data.maxCookieCachingTime === undefined) {
      data.maxCookieCachingTime = '10675199.02:48:05.4775807';
    }
    if (data.timestampValidityDuration === undefined) {
      data.timestampValidityDuration = '00:05:00';
    }
    if (data.sessionKeyRenewalInterval === undefined) {
      data.sessionKeyRenewalInterval = '10:00:00';
    }
    if (data.sessionKeyRolloverInterval === undefined) {
      data.sessionKeyRolloverInterval = '00:05:00';
    }
    if (data.reconnectTransportOnFailure === undefined) {
      data.reconnectTransportOnFailure = true;
    }
    if (typeof data.cacheCookies !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/cacheCookies',
        schemaPath: '#/properties/cacheCookies/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.cookieRenewalThresholdPercentage;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err1 = {
        instancePath: instancePath + '/cookieRenewalThresholdPercentage',
        schemaPath: '#/properties/cookieRenewalThresholdPercentage/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 100 || isNaN(data1)) {
        const err2 = {
          instancePath: instancePath + '/cookieRenewalThresholdPercentage',
          schemaPath: '#/properties/cookieRenewalThresholdPercentage/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 100 },
          message: 'must be <= 100',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 < 0 || isNaN(data1)) {
        const err3 = {
          instancePath: instancePath + '/cookieRenewalThresholdPercentage',
          schemaPath: '#/properties/cookieRenewalThresholdPercentage/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (typeof data.detectReplays !== 'boolean') {
      const err4 = {
        instancePath: instancePath + '/detectReplays',
        schemaPath: '#/properties/detectReplays/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    let data3 = data.replayCacheSize;
    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
      const err5 = {
        instancePath: instancePath + '/replayCacheSize',
        schemaPath: '#/properties/replayCacheSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data3 == 'number' && isFinite(data3)) {
      if (data3 > 2147483647 || isNaN(data3)) {
        const err6 = {
          instancePath: instancePath + '/replayCacheSize',
          schemaPath: '#/properties/replayCacheSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data3 < 1 || isNaN(data3)) {
        const err7 = {
          instancePath: instancePath + '/replayCacheSize',
          schemaPath: '#/properties/replayCacheSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data4 = data.replayWindow;
    if (typeof data4 === 'string') {
      if (!formats0.validate(data4)) {
        const err8 = {
          instancePath: instancePath + '/replayWindow',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    } else {
      const err9 = {
        instancePath: instancePath + '/replayWindow',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    let data5 = data.maxClockSkew;
    if (typeof data5 === 'string') {
      if (!formats0.validate(data5)) {
        const err10 = {
          instancePath: instancePath + '/maxClockSkew',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    } else {
      const err11 = {
        instancePath: instancePath + '/maxClockSkew',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    let data6 = data.maxCookieCachingTime;
    if (typeof data6 === 'string') {
      if (!formats0.validate(data6)) {
        const err12 = {
          instancePath: instancePath + '/maxCookieCachingTime',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    } else {
      const err13 = {
        instancePath: instancePath + '/maxCookieCachingTime',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data7 = data.timestampValidityDuration;
    if (typeof data7 === 'string') {
      if (!formats0.validate(data7)) {
        const err14 = {
          instancePath: instancePath + '/timestampValidityDuration',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    } else {
      const err15 = {
        instancePath: instancePath + '/timestampValidityDuration',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    let data8 = data.sessionKeyRenewalInterval;
    if (typeof data8 === 'string') {
      if (!formats0.validate(data8)) {
        const err16 = {
          instancePath: instancePath + '/sessionKeyRenewalInterval',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    } else {
      const err17 = {
        instancePath: instancePath + '/sessionKeyRenewalInterval',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data9 = data.sessionKeyRolloverInterval;
    if (typeof data9 === 'string') {
      if (!formats0.validate(data9)) {
        const err18 = {
          instancePath: instancePath + '/sessionKeyRolloverInterval',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    } else {
      const err19 = {
        instancePath: instancePath + '/sessionKeyRolloverInterval',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (typeof data.reconnectTransportOnFailure !== 'boolean') {
      const err20 = {
        instancePath: instancePath + '/reconnectTransportOnFailure',
        schemaPath: '#/properties/reconnectTransportOnFailure/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'cacheCookies' &&
        key0 !== 'cookieRenewalThresholdPercentage' &&
        key0 !== 'detectReplays' &&
        key0 !== 'replayCacheSize' &&
        key0 !== 'replayWindow' &&
        key0 !== 'maxClockSkew' &&
        key0 !== 'maxCookieCachingTime' &&
        key0 !== 'timestampValidityDuration' &&
        key0 !== 'sessionKeyRenewalInterval' &&
        key0 !== 'sessionKeyRolloverInterval' &&
        key0 !== 'reconnectTransportOnFailure'
      ) {
        const err21 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema89 = {
  type: 'object',
  description:
    'Service-side security settings (WCF code defaults, which differ from the documentation pages).',
  properties: {
    detectReplays: { type: 'boolean', default: true },
    replayCacheSize: { type: 'integer', minimum: 1, maximum: 2147483647, default: 900000 },
    replayWindow: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    maxClockSkew: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    timestampValidityDuration: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    issuedCookieLifetime: { $ref: 'common.schema.json#/$defs/timeSpan', default: '10:00:00' },
    maxCachedCookies: { type: 'integer', minimum: 0, maximum: 2147483647, default: 1000 },
    maxStatefulNegotiations: { type: 'integer', minimum: 0, maximum: 2147483647, default: 128 },
    negotiationTimeout: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:01:00' },
    maxPendingSessions: { type: 'integer', minimum: 0, maximum: 2147483647, default: 128 },
    inactivityTimeout: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:02:00' },
    sessionKeyRenewalInterval: { $ref: 'common.schema.json#/$defs/timeSpan', default: '15:00:00' },
    sessionKeyRolloverInterval: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:05:00' },
    reconnectTransportOnFailure: { type: 'boolean', default: true },
  },
  unevaluatedProperties: false,
};
function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.detectReplays === undefined) {
      data.detectReplays = true;
    }
    if (data.replayCacheSize === undefined) {
      data.replayCacheSize = 900000;
    }
    if (data.replayWindow === undefined) {
      data.replayWindow = '00:05:00';
    }
    if (data.maxClockSkew === undefined) {
      data.maxClockSkew = '00:05:00';
    }
    if (data.timestampValidityDuration === undefined) {
      data.timestampValidityDuration = '00:05:00';
    }
    if (data.issuedCookieLifetime === undefined) {
      data.issuedCookieLifetime = '10:00:00';
    }
    if (data.maxCachedCookies === undefined) {
      data.maxCachedCookies = 1000;
    }
    if (data.maxStatefulNegotiations === undefined) {
      data.maxStatefulNegotiations = 128;
    }
    if (data.negotiationTimeout === undefined) {
      data.negotiationTimeout = '00:01:00';
    }
    if (data.maxPendingSessions === undefined) {
      data.maxPendingSessions = 128;
    }
    if (data.inactivityTimeout === undefined) {
      data.inactivityTimeout = '00:02:00';
    }
    if (data.sessionKeyRenewalInterval === undefined) {
      data.sessionKeyRenewalInterval = '15:00:00';
    }
    if (data.sessionKeyRolloverInterval === undefined) {
      data.sessionKeyRolloverInterval = '00:05:00';
    }
    if (data.reconnectTransportOnFailure === undefined) {
      data.reconnectTransportOnFailure = true;
    }
    if (typeof data.detectReplays !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/detectReplays',
        schemaPath: '#/properties/detectReplays/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.replayCacheSize;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err1 = {
        instancePath: instancePath + '/replayCacheSize',
        schemaPath: '#/properties/replayCacheSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 2147483647 || isNaN(data1)) {
        const err2 = {
          instancePath: instancePath + '/replayCacheSize',
          schemaPath: '#/properties/replayCacheSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err3 = {
          instancePath: instancePath + '/replayCacheSize',
          schemaPath: '#/properties/replayCacheSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let data2 = data.replayWindow;
    if (typeof data2 === 'string') {
      if (!formats0.validate(data2)) {
        const err4 = {
          instancePath: instancePath + '/replayWindow',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/replayWindow',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    let data3 = data.maxClockSkew;
    if (typeof data3 === 'string') {
      if (!formats0.validate(data3)) {
        const err6 = {
          instancePath: instancePath + '/maxClockSkew',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/maxClockSkew',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data4 = data.timestampValidityDuration;
    if (typeof data4 === 'string') {
      if (!formats0.validate(data4)) {
        const err8 = {
          instancePath: instancePath + '/timestampValidityDuration',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    } else {
      const err9 = {
        instancePath: instancePath + '/timestampValidityDuration',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    let data5 = data.issuedCookieLifetime;
    if (typeof data5 === 'string') {
      if (!formats0.validate(data5)) {
        const err10 = {
          instancePath: instancePath + '/issuedCookieLifetime',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    } else {
      const err11 = {
        instancePath: instancePath + '/issuedCookieLifetime',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    let data6 = data.maxCachedCookies;
    if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
      const err12 = {
        instancePath: instancePath + '/maxCachedCookies',
        schemaPath: '#/properties/maxCachedCookies/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (typeof data6 == 'number' && isFinite(data6)) {
      if (data6 > 2147483647 || isNaN(data6)) {
        const err13 = {
          instancePath: instancePath + '/maxCachedCookies',
          schemaPath: '#/properties/maxCachedCookies/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data6 < 0 || isNaN(data6)) {
        const err14 = {
          instancePath: instancePath + '/maxCachedCookies',
          schemaPath: '#/properties/maxCachedCookies/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    let data7 = data.maxStatefulNegotiations;
    if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
      const err15 = {
        instancePath: instancePath + '/maxStatefulNegotiations',
        schemaPath: '#/properties/maxStatefulNegotiations/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (typeof data7 == 'number' && isFinite(data7)) {
      if (data7 > 2147483647 || isNaN(data7)) {
        const err16 = {
          instancePath: instancePath + '/maxStatefulNegotiations',
          schemaPath: '#/properties/maxStatefulNegotiations/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (data7 < 0 || isNaN(data7)) {
        const err17 = {
          instancePath: instancePath + '/maxStatefulNegotiations',
          schemaPath: '#/properties/maxStatefulNegotiations/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    let data8 = data.negotiationTimeout;
    if (typeof data8 === 'string') {
      if (!formats0.validate(data8)) {
        const err18 = {
          instancePath: instancePath + '/negotiationTimeout',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    } else {
      const err19 = {
        instancePath: instancePath + '/negotiationTimeout',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    let data9 = data.maxPendingSessions;
    if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
      const err20 = {
        instancePath: instancePath + '/maxPendingSessions',
        schemaPath: '#/properties/maxPendingSessions/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (typeof data9 == 'number' && isFinite(data9)) {
      if (data9 > 2147483647 || isNaN(data9)) {
        const err21 = {
          instancePath: instancePath + '/maxPendingSessions',
          schemaPath: '#/properties/maxPendingSessions/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data9 < 0 || isNaN(data9)) {
        const err22 = {
          instancePath: instancePath + '/maxPendingSessions',
          schemaPath: '#/properties/maxPendingSessions/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    let data10 = data.inactivityTimeout;
    if (typeof data10 === 'string') {
      if (!formats0.validate(data10)) {
        const err23 = {
          instancePath: instancePath + '/inactivityTimeout',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    } else {
      const err24 = {
        instancePath: instancePath + '/inactivityTimeout',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    let data11 = data.sessionKeyRenewalInterval;
    if (typeof data11 === 'string') {
      if (!formats0.validate(data11)) {
        const err25 = {
          instancePath: instancePath + '/sessionKeyRenewalInterval',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    } else {
      const err26 = {
        instancePath: instancePath + '/sessionKeyRenewalInterval',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    let data12 = data.sessionKeyRolloverInterval;
    if (typeof data12 === 'string') {
      if (!formats0.validate(data12)) {
        const err27 = {
          instancePath: instancePath + '/sessionKeyRolloverInterval',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    } else {
      const err28 = {
        instancePath: instancePath + '/sessionKeyRolloverInterval',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    if (typeof data.reconnectTransportOnFailure !== 'boolean') {
      const err29 = {
        instancePath: instancePath + '/reconnectTransportOnFailure',
        schemaPath: '#/properties/reconnectTransportOnFailure/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'detectReplays' &&
        key0 !== 'replayCacheSize' &&
        key0 !== 'replayWindow' &&
        key0 !== 'maxClockSkew' &&
        key0 !== 'timestampValidityDuration' &&
        key0 !== 'issuedCookieLifetime' &&
        key0 !== 'maxCachedCookies' &&
        key0 !== 'maxStatefulNegotiations' &&
        key0 !== 'negotiationTimeout' &&
        key0 !== 'maxPendingSessions' &&
        key0 !== 'inactivityTimeout' &&
        key0 !== 'sessionKeyRenewalInterval' &&
        key0 !== 'sessionKeyRolloverInterval' &&
        key0 !== 'reconnectTransportOnFailure'
      ) {
        const err30 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.authenticationMode === undefined) {
      data.authenticationMode = 'SspiNegotiated';
    }
    if (data.defaultAlgorithmSuite === undefined) {
      data.defaultAlgorithmSuite = 'Default';
    }
    if (data.includeTimestamp === undefined) {
      data.includeTimestamp = true;
    }
    if (data.messageProtectionOrder === undefined) {
      data.messageProtectionOrder = 'SignBeforeEncryptAndEncryptSignature';
    }
    if (data.messageSecurityVersion === undefined) {
      data.messageSecurityVersion = 'Default';
    }
    if (data.requireDerivedKeys === undefined) {
      data.requireDerivedKeys = true;
    }
    if (data.requireSecurityContextCancellation === undefined) {
      data.requireSecurityContextCancellation = true;
    }
    if (data.requireSignatureConfirmation === undefined) {
      data.requireSignatureConfirmation = false;
    }
    if (data.securityHeaderLayout === undefined) {
      data.securityHeaderLayout = 'Strict';
    }
    if (data.keyEntropyMode === undefined) {
      data.keyEntropyMode = 'CombinedEntropy';
    }
    if (data.allowInsecureTransport === undefined) {
      data.allowInsecureTransport = false;
    }
    if (data.allowSerializedSigningTokenOnReply === undefined) {
      data.allowSerializedSigningTokenOnReply = false;
    }
    if (data.enableUnsecuredResponse === undefined) {
      data.enableUnsecuredResponse = false;
    }
    if (data.protectTokens === undefined) {
      data.protectTokens = false;
    }
    if (data.canRenewSecurityContextToken === undefined) {
      data.canRenewSecurityContextToken = true;
    }
    let data0 = data.authenticationMode;
    if (!(
      data0 === 'AnonymousForCertificate' ||
      data0 === 'AnonymousForSslNegotiated' ||
      data0 === 'CertificateOverTransport' ||
      data0 === 'IssuedToken' ||
      data0 === 'IssuedTokenForCertificate' ||
      data0 === 'IssuedTokenForSslNegotiated' ||
      data0 === 'IssuedTokenOverTransport' ||
      data0 === 'Kerberos' ||
      data0 === 'KerberosOverTransport' ||
      data0 === 'MutualCertificate' ||
      data0 === 'MutualCertificateDuplex' ||
      data0 === 'MutualSslNegotiated' ||
      data0 === 'SecureConversation' ||
      data0 === 'SspiNegotiated' ||
      data0 === 'UserNameForCertificate' ||
      data0 === 'UserNameForSslNegotiated' ||
      data0 === 'UserNameOverTransport' ||
      data0 === 'SspiNegotiatedOverTransport'
    )) {
      const err0 = {
        instancePath: instancePath + '/authenticationMode',
        schemaPath: '#/$defs/authenticationMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema74.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.defaultAlgorithmSuite;
    if (!(
      data1 === 'Default' ||
      data1 === 'Basic256' ||
      data1 === 'Basic192' ||
      data1 === 'Basic128' ||
      data1 === 'TripleDes' ||
      data1 === 'Basic256Rsa15' ||
      data1 === 'Basic192Rsa15' ||
      data1 === 'Basic128Rsa15' ||
      data1 === 'TripleDesRsa15' ||
      data1 === 'Basic256Sha256' ||
      data1 === 'Basic192Sha256' ||
      data1 === 'Basic128Sha256' ||
      data1 === 'TripleDesSha256' ||
      data1 === 'Basic256Sha256Rsa15' ||
      data1 === 'Basic192Sha256Rsa15' ||
      data1 === 'Basic128Sha256Rsa15' ||
      data1 === 'TripleDesSha256Rsa15'
    )) {
      const err1 = {
        instancePath: instancePath + '/defaultAlgorithmSuite',
        schemaPath: 'common.schema.json#/$defs/algorithmSuite/enum',
        keyword: 'enum',
        params: { allowedValues: schema51.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.includeTimestamp !== 'boolean') {
      const err2 = {
        instancePath: instancePath + '/includeTimestamp',
        schemaPath: '#/properties/includeTimestamp/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data3 = data.messageProtectionOrder;
    if (!(
      data3 === 'SignBeforeEncrypt' ||
      data3 === 'SignBeforeEncryptAndEncryptSignature' ||
      data3 === 'EncryptBeforeSign'
    )) {
      const err3 = {
        instancePath: instancePath + '/messageProtectionOrder',
        schemaPath: '#/properties/messageProtectionOrder/enum',
        keyword: 'enum',
        params: { allowedValues: schema73.properties.messageProtectionOrder.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data4 = data.messageSecurityVersion;
    if (!(
      data4 === 'Default' ||
      data4 === 'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11' ||
      data4 ===
        'WSSecurity10WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10' ||
      data4 ===
        'WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10' ||
      data4 === 'WSSecurity10WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10' ||
      data4 === 'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12' ||
      data4 === 'WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10'
    )) {
      const err4 = {
        instancePath: instancePath + '/messageSecurityVersion',
        schemaPath: 'common.schema.json#/$defs/messageSecurityVersion/enum',
        keyword: 'enum',
        params: { allowedValues: schema76.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (typeof data.requireDerivedKeys !== 'boolean') {
      const err5 = {
        instancePath: instancePath + '/requireDerivedKeys',
        schemaPath: '#/properties/requireDerivedKeys/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data.requireSecurityContextCancellation !== 'boolean') {
      const err6 = {
        instancePath: instancePath + '/requireSecurityContextCancellation',
        schemaPath: '#/properties/requireSecurityContextCancellation/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (typeof data.requireSignatureConfirmation !== 'boolean') {
      const err7 = {
        instancePath: instancePath + '/requireSignatureConfirmation',
        schemaPath: '#/properties/requireSignatureConfirmation/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data8 = data.securityHeaderLayout;
    if (!(
      data8 === 'Strict' ||
      data8 === 'Lax' ||
      data8 === 'LaxTimestampFirst' ||
      data8 === 'LaxTimestampLast'
    )) {
      const err8 = {
        instancePath: instancePath + '/securityHeaderLayout',
        schemaPath: '#/properties/securityHeaderLayout/enum',
        keyword: 'enum',
        params: { allowedValues: schema73.properties.securityHeaderLayout.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    let data9 = data.keyEntropyMode;
    if (!(data9 === 'ClientEntropy' || data9 === 'ServerEntropy' || data9 === 'CombinedEntropy')) {
      const err9 = {
        instancePath: instancePath + '/keyEntropyMode',
        schemaPath: '#/properties/keyEntropyMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema73.properties.keyEntropyMode.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (typeof data.allowInsecureTransport !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/allowInsecureTransport',
        schemaPath: '#/properties/allowInsecureTransport/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (typeof data.allowSerializedSigningTokenOnReply !== 'boolean') {
      const err11 = {
        instancePath: instancePath + '/allowSerializedSigningTokenOnReply',
        schemaPath: '#/properties/allowSerializedSigningTokenOnReply/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data.enableUnsecuredResponse !== 'boolean') {
      const err12 = {
        instancePath: instancePath + '/enableUnsecuredResponse',
        schemaPath: '#/properties/enableUnsecuredResponse/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (typeof data.protectTokens !== 'boolean') {
      const err13 = {
        instancePath: instancePath + '/protectTokens',
        schemaPath: '#/properties/protectTokens/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (typeof data.canRenewSecurityContextToken !== 'boolean') {
      const err14 = {
        instancePath: instancePath + '/canRenewSecurityContextToken',
        schemaPath: '#/properties/canRenewSecurityContextToken/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.issuedTokenParameters !== undefined) {
      if (
        !validate56(data.issuedTokenParameters, {
          instancePath: instancePath + '/issuedTokenParameters',
          parentData: data,
          parentDataProperty: 'issuedTokenParameters',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.localClientSettings !== undefined) {
      if (
        !validate61(data.localClientSettings, {
          instancePath: instancePath + '/localClientSettings',
          parentData: data,
          parentDataProperty: 'localClientSettings',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.localServiceSettings !== undefined) {
      if (
        !validate63(data.localServiceSettings, {
          instancePath: instancePath + '/localServiceSettings',
          parentData: data,
          parentDataProperty: 'localServiceSettings',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = {
  props: {
    authenticationMode: true,
    defaultAlgorithmSuite: true,
    includeTimestamp: true,
    messageProtectionOrder: true,
    messageSecurityVersion: true,
    requireDerivedKeys: true,
    requireSecurityContextCancellation: true,
    requireSignatureConfirmation: true,
    securityHeaderLayout: true,
    keyEntropyMode: true,
    allowInsecureTransport: true,
    allowSerializedSigningTokenOnReply: true,
    enableUnsecuredResponse: true,
    protectTokens: true,
    canRenewSecurityContextToken: true,
    issuedTokenParameters: true,
    localClientSettings: true,
    localServiceSettings: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
const schema98 = {
  $ref: '#/$defs/securityBase',
  description:
    '<secureConversationBootstrap>: the security of the RST/SCT exchange that establishes a secure session (with <security authenticationMode="SecureConversation">; ignored otherwise, as in WCF). Same attributes as <security>: these apply to the bootstrap element, the outer ones to the secure conversation element. Indigo builds MutualCertificate, AnonymousForCertificate, UserNameForCertificate, CertificateOverTransport and UserNameOverTransport bootstraps.',
  unevaluatedProperties: false,
};
function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate55(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        key0 !== 'authenticationMode' &&
        key0 !== 'defaultAlgorithmSuite' &&
        key0 !== 'includeTimestamp' &&
        key0 !== 'messageProtectionOrder' &&
        key0 !== 'messageSecurityVersion' &&
        key0 !== 'requireDerivedKeys' &&
        key0 !== 'requireSecurityContextCancellation' &&
        key0 !== 'requireSignatureConfirmation' &&
        key0 !== 'securityHeaderLayout' &&
        key0 !== 'keyEntropyMode' &&
        key0 !== 'allowInsecureTransport' &&
        key0 !== 'allowSerializedSigningTokenOnReply' &&
        key0 !== 'enableUnsecuredResponse' &&
        key0 !== 'protectTokens' &&
        key0 !== 'canRenewSecurityContextToken' &&
        key0 !== 'issuedTokenParameters' &&
        key0 !== 'localClientSettings' &&
        key0 !== 'localServiceSettings'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate55(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.secureConversationBootstrap !== undefined) {
      if (
        !validate66(data.secureConversationBootstrap, {
          instancePath: instancePath + '/secureConversationBootstrap',
          parentData: data,
          parentDataProperty: 'secureConversationBootstrap',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== 'secureConversationBootstrap' &&
        key0 !== 'authenticationMode' &&
        key0 !== 'defaultAlgorithmSuite' &&
        key0 !== 'includeTimestamp' &&
        key0 !== 'messageProtectionOrder' &&
        key0 !== 'messageSecurityVersion' &&
        key0 !== 'requireDerivedKeys' &&
        key0 !== 'requireSecurityContextCancellation' &&
        key0 !== 'requireSignatureConfirmation' &&
        key0 !== 'securityHeaderLayout' &&
        key0 !== 'keyEntropyMode' &&
        key0 !== 'allowInsecureTransport' &&
        key0 !== 'allowSerializedSigningTokenOnReply' &&
        key0 !== 'enableUnsecuredResponse' &&
        key0 !== 'protectTokens' &&
        key0 !== 'canRenewSecurityContextToken' &&
        key0 !== 'issuedTokenParameters' &&
        key0 !== 'localClientSettings' &&
        key0 !== 'localServiceSettings'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema99 = {
  type: 'object',
  description: '<textMessageEncoding>: SOAP as text XML.',
  properties: {
    maxReadPoolSize: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      default: 64,
      description: 'Readers kept pooled (no effect in Node).',
    },
    maxWritePoolSize: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      default: 16,
      description: 'Writers kept pooled (no effect in Node).',
    },
    messageVersion: {
      enum: [
        'Soap11',
        'Soap12',
        'Soap11WSAddressing10',
        'Soap12WSAddressing10',
        'Soap11WSAddressingAugust2004',
        'Soap12WSAddressingAugust2004',
        'None',
        'Default',
      ],
      default: 'Soap12WSAddressing10',
      description: 'SOAP envelope and WS-Addressing versions (Default = Soap12WSAddressing10).',
    },
    writeEncoding: {
      $ref: 'common.schema.json#/$defs/textEncoding',
      default: 'utf-8',
      description: 'Character encoding of messages written.',
    },
    readerQuotas: { $ref: 'common.schema.json#/$defs/readerQuotas', default: {} },
  },
  unevaluatedProperties: false,
};
function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.maxReadPoolSize === undefined) {
      data.maxReadPoolSize = 64;
    }
    if (data.maxWritePoolSize === undefined) {
      data.maxWritePoolSize = 16;
    }
    if (data.messageVersion === undefined) {
      data.messageVersion = 'Soap12WSAddressing10';
    }
    if (data.writeEncoding === undefined) {
      data.writeEncoding = 'utf-8';
    }
    if (data.readerQuotas === undefined) {
      data.readerQuotas = {};
    }
    let data0 = data.maxReadPoolSize;
    if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
      const err0 = {
        instancePath: instancePath + '/maxReadPoolSize',
        schemaPath: '#/properties/maxReadPoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data0 == 'number' && isFinite(data0)) {
      if (data0 > 2147483647 || isNaN(data0)) {
        const err1 = {
          instancePath: instancePath + '/maxReadPoolSize',
          schemaPath: '#/properties/maxReadPoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data0 < 1 || isNaN(data0)) {
        const err2 = {
          instancePath: instancePath + '/maxReadPoolSize',
          schemaPath: '#/properties/maxReadPoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data1 = data.maxWritePoolSize;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err3 = {
        instancePath: instancePath + '/maxWritePoolSize',
        schemaPath: '#/properties/maxWritePoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 2147483647 || isNaN(data1)) {
        const err4 = {
          instancePath: instancePath + '/maxWritePoolSize',
          schemaPath: '#/properties/maxWritePoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data1 < 1 || isNaN(data1)) {
        const err5 = {
          instancePath: instancePath + '/maxWritePoolSize',
          schemaPath: '#/properties/maxWritePoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    let data2 = data.messageVersion;
    if (!(
      data2 === 'Soap11' ||
      data2 === 'Soap12' ||
      data2 === 'Soap11WSAddressing10' ||
      data2 === 'Soap12WSAddressing10' ||
      data2 === 'Soap11WSAddressingAugust2004' ||
      data2 === 'Soap12WSAddressingAugust2004' ||
      data2 === 'None' ||
      data2 === 'Default'
    )) {
      const err6 = {
        instancePath: instancePath + '/messageVersion',
        schemaPath: '#/properties/messageVersion/enum',
        keyword: 'enum',
        params: { allowedValues: schema99.properties.messageVersion.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.writeEncoding;
    if (typeof data3 === 'string') {
      if (!formats8.validate(data3)) {
        const err7 = {
          instancePath: instancePath + '/writeEncoding',
          schemaPath: 'common.schema.json#/$defs/textEncoding/format',
          keyword: 'format',
          params: { format: 'textEncoding' },
          message: 'must match format "' + 'textEncoding' + '"',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    } else {
      const err8 = {
        instancePath: instancePath + '/writeEncoding',
        schemaPath: 'common.schema.json#/$defs/textEncoding/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    let data4 = data.readerQuotas;
    if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
      if (data4.maxDepth === undefined) {
        data4.maxDepth = 32;
      }
      if (data4.maxStringContentLength === undefined) {
        data4.maxStringContentLength = 8192;
      }
      if (data4.maxArrayLength === undefined) {
        data4.maxArrayLength = 16384;
      }
      if (data4.maxBytesPerRead === undefined) {
        data4.maxBytesPerRead = 4096;
      }
      if (data4.maxNameTableCharCount === undefined) {
        data4.maxNameTableCharCount = 16384;
      }
      let data5 = data4.maxDepth;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err9 = {
          instancePath: instancePath + '/readerQuotas/maxDepth',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err10 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err11 = {
            instancePath: instancePath + '/readerQuotas/maxDepth',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxDepth/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      let data6 = data4.maxStringContentLength;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
        const err12 = {
          instancePath: instancePath + '/readerQuotas/maxStringContentLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err13 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err14 = {
            instancePath: instancePath + '/readerQuotas/maxStringContentLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxStringContentLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      let data7 = data4.maxArrayLength;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err15 = {
          instancePath: instancePath + '/readerQuotas/maxArrayLength',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err16 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err17 = {
            instancePath: instancePath + '/readerQuotas/maxArrayLength',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxArrayLength/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      let data8 = data4.maxBytesPerRead;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
        const err18 = {
          instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data8 == 'number' && isFinite(data8)) {
        if (data8 > 2147483647 || isNaN(data8)) {
          const err19 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err20 = {
            instancePath: instancePath + '/readerQuotas/maxBytesPerRead',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxBytesPerRead/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      let data9 = data4.maxNameTableCharCount;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
        const err21 = {
          instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
          schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data9 == 'number' && isFinite(data9)) {
        if (data9 > 2147483647 || isNaN(data9)) {
          const err22 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 2147483647 },
            message: 'must be <= 2147483647',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err23 = {
            instancePath: instancePath + '/readerQuotas/maxNameTableCharCount',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/properties/maxNameTableCharCount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      for (const key0 in data4) {
        if (
          key0 !== 'maxDepth' &&
          key0 !== 'maxStringContentLength' &&
          key0 !== 'maxArrayLength' &&
          key0 !== 'maxBytesPerRead' &&
          key0 !== 'maxNameTableCharCount'
        ) {
          const err24 = {
            instancePath: instancePath + '/readerQuotas',
            schemaPath: 'common.schema.json#/$defs/readerQuotas/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    } else {
      const err25 = {
        instancePath: instancePath + '/readerQuotas',
        schemaPath: 'common.schema.json#/$defs/readerQuotas/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    for (const key1 in data) {
      if (
        key1 !== 'maxReadPoolSize' &&
        key1 !== 'maxWritePoolSize' &&
        key1 !== 'messageVersion' &&
        key1 !== 'writeEncoding' &&
        key1 !== 'readerQuotas'
      ) {
        const err26 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key1 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema102 = {
  $ref: '#/$defs/httpTransportFields',
  description: '<httpTransport>: request/reply over HTTP.',
  unevaluatedProperties: false,
};
const schema103 = {
  type: 'object',
  properties: {
    manualAddressing: {
      type: 'boolean',
      default: false,
      description: 'Whether the application addresses messages itself.',
    },
    maxBufferPoolSize: {
      type: 'integer',
      minimum: 0,
      maximum: 9223372036854776000,
      default: 524288,
      description: 'Bytes of pooled buffers.',
    },
    maxReceivedMessageSize: {
      type: 'integer',
      minimum: 1,
      maximum: 9223372036854776000,
      default: 65536,
      description: 'The largest message (bytes) accepted from the wire.',
    },
    allowCookies: {
      type: 'boolean',
      default: false,
      description: 'Whether the client keeps and resends cookies.',
    },
    authenticationScheme: {
      enum: ['None', 'Digest', 'Negotiate', 'Ntlm', 'IntegratedWindowsAuthentication', 'Basic', 'Anonymous'],
      default: 'Anonymous',
      description: 'HTTP authentication. Indigo supports Anonymous.',
    },
    bypassProxyOnLocal: { type: 'boolean', default: false },
    decompressionEnabled: {
      type: 'boolean',
      default: true,
      description: 'Whether compressed responses are accepted.',
    },
    hostNameComparisonMode: {
      $ref: 'common.schema.json#/$defs/hostNameComparisonMode',
      default: 'StrongWildcard',
    },
    keepAliveEnabled: { type: 'boolean', default: true, description: 'Whether connections are kept alive.' },
    maxBufferSize: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      default: 65536,
      description: 'Buffer size for a message; when absent it follows maxReceivedMessageSize.',
    },
    maxPendingAccepts: {
      type: 'integer',
      minimum: 0,
      default: 0,
      description: 'Pending accepts (0 = automatic).',
    },
    proxyAddress: { type: 'string', default: '', description: 'URI of the HTTP proxy.' },
    proxyAuthenticationScheme: {
      enum: ['None', 'Digest', 'Negotiate', 'Ntlm', 'IntegratedWindowsAuthentication', 'Basic', 'Anonymous'],
      default: 'Anonymous',
    },
    realm: { type: 'string', default: '' },
    requestInitializationTimeout: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:00:00' },
    transferMode: { $ref: 'common.schema.json#/$defs/transferMode', default: 'Buffered' },
    unsafeConnectionNtlmAuthentication: { type: 'boolean', default: false },
    useDefaultWebProxy: { type: 'boolean', default: true },
  },
};
function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.manualAddressing === undefined) {
      data.manualAddressing = false;
    }
    if (data.maxBufferPoolSize === undefined) {
      data.maxBufferPoolSize = 524288;
    }
    if (data.maxReceivedMessageSize === undefined) {
      data.maxReceivedMessageSize = 65536;
    }
    if (data.allowCookies === undefined) {
      data.allowCookies = false;
    }
    if (data.authenticationScheme === undefined) {
      data.authenticationScheme = 'Anonymous';
    }
    if (data.bypassProxyOnLocal === undefined) {
      data.bypassProxyOnLocal = false;
    }
    if (data.decompressionEnabled === undefined) {
      data.decompressionEnabled = true;
    }
    if (data.hostNameComparisonMode === undefined) {
      data.hostNameComparisonMode = 'StrongWildcard';
    }
    if (data.keepAliveEnabled === undefined) {
      data.keepAliveEnabled = true;
    }
    if (data.maxBufferSize === undefined) {
      data.maxBufferSize = 65536;
    }
    if (data.maxPendingAccepts === undefined) {
      data.maxPendingAccepts = 0;
    }
    if (data.proxyAddress === undefined) {
      data.proxyAddress = '';
    }
    if (data.proxyAuthenticationScheme === undefined) {
      data.proxyAuthenticationScheme = 'Anonymous';
    }
    if (data.realm === undefined) {
      data.realm = '';
    }
    if (data.requestInitializationTimeout === undefined) {
      data.requestInitializationTimeout = '00:00:00';
    }
    if (data.transferMode === undefined) {
      data.transferMode = 'Buffered';
    }
    if (data.unsafeConnectionNtlmAuthentication === undefined) {
      data.unsafeConnectionNtlmAuthentication = false;
    }
    if (data.useDefaultWebProxy === undefined) {
      data.useDefaultWebProxy = true;
    }
    if (typeof data.manualAddressing !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/manualAddressing',
        schemaPath: '#/properties/manualAddressing/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.maxBufferPoolSize;
    if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
      const err1 = {
        instancePath: instancePath + '/maxBufferPoolSize',
        schemaPath: '#/properties/maxBufferPoolSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data1 == 'number' && isFinite(data1)) {
      if (data1 > 9223372036854776000 || isNaN(data1)) {
        const err2 = {
          instancePath: instancePath + '/maxBufferPoolSize',
          schemaPath: '#/properties/maxBufferPoolSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 9223372036854776000 },
          message: 'must be <= 9223372036854776000',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 < 0 || isNaN(data1)) {
        const err3 = {
          instancePath: instancePath + '/maxBufferPoolSize',
          schemaPath: '#/properties/maxBufferPoolSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    let data2 = data.maxReceivedMessageSize;
    if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
      const err4 = {
        instancePath: instancePath + '/maxReceivedMessageSize',
        schemaPath: '#/properties/maxReceivedMessageSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 > 9223372036854776000 || isNaN(data2)) {
        const err5 = {
          instancePath: instancePath + '/maxReceivedMessageSize',
          schemaPath: '#/properties/maxReceivedMessageSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 9223372036854776000 },
          message: 'must be <= 9223372036854776000',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data2 < 1 || isNaN(data2)) {
        const err6 = {
          instancePath: instancePath + '/maxReceivedMessageSize',
          schemaPath: '#/properties/maxReceivedMessageSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (typeof data.allowCookies !== 'boolean') {
      const err7 = {
        instancePath: instancePath + '/allowCookies',
        schemaPath: '#/properties/allowCookies/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data4 = data.authenticationScheme;
    if (!(
      data4 === 'None' ||
      data4 === 'Digest' ||
      data4 === 'Negotiate' ||
      data4 === 'Ntlm' ||
      data4 === 'IntegratedWindowsAuthentication' ||
      data4 === 'Basic' ||
      data4 === 'Anonymous'
    )) {
      const err8 = {
        instancePath: instancePath + '/authenticationScheme',
        schemaPath: '#/properties/authenticationScheme/enum',
        keyword: 'enum',
        params: { allowedValues: schema103.properties.authenticationScheme.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (typeof data.bypassProxyOnLocal !== 'boolean') {
      const err9 = {
        instancePath: instancePath + '/bypassProxyOnLocal',
        schemaPath: '#/properties/bypassProxyOnLocal/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (typeof data.decompressionEnabled !== 'boolean') {
      const err10 = {
        instancePath: instancePath + '/decompressionEnabled',
        schemaPath: '#/properties/decompressionEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data7 = data.hostNameComparisonMode;
    if (!(data7 === 'StrongWildcard' || data7 === 'Exact' || data7 === 'WeakWildcard')) {
      const err11 = {
        instancePath: instancePath + '/hostNameComparisonMode',
        schemaPath: 'common.schema.json#/$defs/hostNameComparisonMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema45.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (typeof data.keepAliveEnabled !== 'boolean') {
      const err12 = {
        instancePath: instancePath + '/keepAliveEnabled',
        schemaPath: '#/properties/keepAliveEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    let data9 = data.maxBufferSize;
    if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
      const err13 = {
        instancePath: instancePath + '/maxBufferSize',
        schemaPath: '#/properties/maxBufferSize/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (typeof data9 == 'number' && isFinite(data9)) {
      if (data9 > 2147483647 || isNaN(data9)) {
        const err14 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 2147483647 },
          message: 'must be <= 2147483647',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data9 < 1 || isNaN(data9)) {
        const err15 = {
          instancePath: instancePath + '/maxBufferSize',
          schemaPath: '#/properties/maxBufferSize/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: 'must be >= 1',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    let data10 = data.maxPendingAccepts;
    if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
      const err16 = {
        instancePath: instancePath + '/maxPendingAccepts',
        schemaPath: '#/properties/maxPendingAccepts/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (typeof data10 == 'number' && isFinite(data10)) {
      if (data10 < 0 || isNaN(data10)) {
        const err17 = {
          instancePath: instancePath + '/maxPendingAccepts',
          schemaPath: '#/properties/maxPendingAccepts/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (typeof data.proxyAddress !== 'string') {
      const err18 = {
        instancePath: instancePath + '/proxyAddress',
        schemaPath: '#/properties/proxyAddress/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    let data12 = data.proxyAuthenticationScheme;
    if (!(
      data12 === 'None' ||
      data12 === 'Digest' ||
      data12 === 'Negotiate' ||
      data12 === 'Ntlm' ||
      data12 === 'IntegratedWindowsAuthentication' ||
      data12 === 'Basic' ||
      data12 === 'Anonymous'
    )) {
      const err19 = {
        instancePath: instancePath + '/proxyAuthenticationScheme',
        schemaPath: '#/properties/proxyAuthenticationScheme/enum',
        keyword: 'enum',
        params: { allowedValues: schema103.properties.proxyAuthenticationScheme.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (typeof data.realm !== 'string') {
      const err20 = {
        instancePath: instancePath + '/realm',
        schemaPath: '#/properties/realm/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    let data14 = data.requestInitializationTimeout;
    if (typeof data14 === 'string') {
      if (!formats0.validate(data14)) {
        const err21 = {
          instancePath: instancePath + '/requestInitializationTimeout',
          schemaPath: 'common.schema.json#/$defs/timeSpan/format',
          keyword: 'format',
          params: { format: 'timeSpan' },
          message: 'must match format "' + 'timeSpan' + '"',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    } else {
      const err22 = {
        instancePath: instancePath + '/requestInitializationTimeout',
        schemaPath: 'common.schema.json#/$defs/timeSpan/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    let data15 = data.transferMode;
    if (!(
      data15 === 'Buffered' ||
      data15 === 'Streamed' ||
      data15 === 'StreamedRequest' ||
      data15 === 'StreamedResponse'
    )) {
      const err23 = {
        instancePath: instancePath + '/transferMode',
        schemaPath: 'common.schema.json#/$defs/transferMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema48.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (typeof data.unsafeConnectionNtlmAuthentication !== 'boolean') {
      const err24 = {
        instancePath: instancePath + '/unsafeConnectionNtlmAuthentication',
        schemaPath: '#/properties/unsafeConnectionNtlmAuthentication/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (typeof data.useDefaultWebProxy !== 'boolean') {
      const err25 = {
        instancePath: instancePath + '/useDefaultWebProxy',
        schemaPath: '#/properties/useDefaultWebProxy/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = {
  props: {
    manualAddressing: true,
    maxBufferPoolSize: true,
    maxReceivedMessageSize: true,
    allowCookies: true,
    authenticationScheme: true,
    bypassProxyOnLocal: true,
    decompressionEnabled: true,
    hostNameComparisonMode: true,
    keepAliveEnabled: true,
    maxBufferSize: true,
    maxPendingAccepts: true,
    proxyAddress: true,
    proxyAuthenticationScheme: true,
    realm: true,
    requestInitializationTimeout: true,
    transferMode: true,
    unsafeConnectionNtlmAuthentication: true,
    useDefaultWebProxy: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate73(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (
        key0 !== 'manualAddressing' &&
        key0 !== 'maxBufferPoolSize' &&
        key0 !== 'maxReceivedMessageSize' &&
        key0 !== 'allowCookies' &&
        key0 !== 'authenticationScheme' &&
        key0 !== 'bypassProxyOnLocal' &&
        key0 !== 'decompressionEnabled' &&
        key0 !== 'hostNameComparisonMode' &&
        key0 !== 'keepAliveEnabled' &&
        key0 !== 'maxBufferSize' &&
        key0 !== 'maxPendingAccepts' &&
        key0 !== 'proxyAddress' &&
        key0 !== 'proxyAuthenticationScheme' &&
        key0 !== 'realm' &&
        key0 !== 'requestInitializationTimeout' &&
        key0 !== 'transferMode' &&
        key0 !== 'unsafeConnectionNtlmAuthentication' &&
        key0 !== 'useDefaultWebProxy'
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema107 = {
  $ref: '#/$defs/httpTransportFields',
  description: '<httpsTransport>: request/reply over HTTPS.',
  properties: {
    requireClientCertificate: {
      type: 'boolean',
      default: false,
      description: 'Whether clients must present a TLS certificate.',
    },
  },
  unevaluatedProperties: false,
};
function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate73(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.requireClientCertificate === undefined) {
      data.requireClientCertificate = false;
    }
    if (typeof data.requireClientCertificate !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/requireClientCertificate',
        schemaPath: '#/properties/requireClientCertificate/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'requireClientCertificate' &&
        key0 !== 'manualAddressing' &&
        key0 !== 'maxBufferPoolSize' &&
        key0 !== 'maxReceivedMessageSize' &&
        key0 !== 'allowCookies' &&
        key0 !== 'authenticationScheme' &&
        key0 !== 'bypassProxyOnLocal' &&
        key0 !== 'decompressionEnabled' &&
        key0 !== 'hostNameComparisonMode' &&
        key0 !== 'keepAliveEnabled' &&
        key0 !== 'maxBufferSize' &&
        key0 !== 'maxPendingAccepts' &&
        key0 !== 'proxyAddress' &&
        key0 !== 'proxyAuthenticationScheme' &&
        key0 !== 'realm' &&
        key0 !== 'requestInitializationTimeout' &&
        key0 !== 'transferMode' &&
        key0 !== 'unsafeConnectionNtlmAuthentication' &&
        key0 !== 'useDefaultWebProxy'
      ) {
        const err1 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      data.name = '';
    }
    if (typeof data.name !== 'string') {
      const err0 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/$defs/bindingName/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/$defs/bindingName/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (!validate28(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.transactionFlow !== undefined) {
      let data1 = data.transactionFlow;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.transactionProtocol === undefined) {
          data1.transactionProtocol = 'OleTransactions';
        }
        if (data1.allowWildcardAction === undefined) {
          data1.allowWildcardAction = false;
        }
        let data2 = data1.transactionProtocol;
        if (!(
          data2 === 'OleTransactions' ||
          data2 === 'WSAtomicTransactionOctober2004' ||
          data2 === 'WSAtomicTransaction11'
        )) {
          const err2 = {
            instancePath: instancePath + '/transactionFlow/transactionProtocol',
            schemaPath: '#/$defs/transactionFlowElement/properties/transactionProtocol/enum',
            keyword: 'enum',
            params: { allowedValues: schema67.properties.transactionProtocol.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (typeof data1.allowWildcardAction !== 'boolean') {
          const err3 = {
            instancePath: instancePath + '/transactionFlow/allowWildcardAction',
            schemaPath: '#/$defs/transactionFlowElement/properties/allowWildcardAction/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data1) {
          if (key0 !== 'transactionProtocol' && key0 !== 'allowWildcardAction') {
            const err4 = {
              instancePath: instancePath + '/transactionFlow',
              schemaPath: '#/$defs/transactionFlowElement/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/transactionFlow',
          schemaPath: '#/$defs/transactionFlowElement/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.reliableSession !== undefined) {
      if (
        !validate51(data.reliableSession, {
          instancePath: instancePath + '/reliableSession',
          parentData: data,
          parentDataProperty: 'reliableSession',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.security !== undefined) {
      if (
        !validate54(data.security, {
          instancePath: instancePath + '/security',
          parentData: data,
          parentDataProperty: 'security',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.textMessageEncoding !== undefined) {
      if (
        !validate70(data.textMessageEncoding, {
          instancePath: instancePath + '/textMessageEncoding',
          parentData: data,
          parentDataProperty: 'textMessageEncoding',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpTransport !== undefined) {
      if (
        !validate72(data.httpTransport, {
          instancePath: instancePath + '/httpTransport',
          parentData: data,
          parentDataProperty: 'httpTransport',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpsTransport !== undefined) {
      if (
        !validate76(data.httpsTransport, {
          instancePath: instancePath + '/httpsTransport',
          parentData: data,
          parentDataProperty: 'httpsTransport',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    for (const key1 in data) {
      if (
        key1 !== 'transactionFlow' &&
        key1 !== 'reliableSession' &&
        key1 !== 'security' &&
        key1 !== 'textMessageEncoding' &&
        key1 !== 'httpTransport' &&
        key1 !== 'httpsTransport' &&
        key1 !== 'openTimeout' &&
        key1 !== 'closeTimeout' &&
        key1 !== 'sendTimeout' &&
        key1 !== 'receiveTimeout' &&
        key1 !== 'name'
      ) {
        let data9 = data[key1];
        if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9))) {
          const err6 = {
            instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/unevaluatedProperties/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.basicHttpBinding === undefined) {
      data.basicHttpBinding = {};
    }
    if (data.basicHttpsBinding === undefined) {
      data.basicHttpsBinding = {};
    }
    if (data.wsHttpBinding === undefined) {
      data.wsHttpBinding = {};
    }
    if (data.ws2007HttpBinding === undefined) {
      data.ws2007HttpBinding = {};
    }
    if (data.netTcpBinding === undefined) {
      data.netTcpBinding = {};
    }
    if (data.customBinding === undefined) {
      data.customBinding = {};
    }
    for (const key0 in data) {
      if (!(
        key0 === 'basicHttpBinding' ||
        key0 === 'basicHttpsBinding' ||
        key0 === 'wsHttpBinding' ||
        key0 === 'ws2007HttpBinding' ||
        key0 === 'netTcpBinding' ||
        key0 === 'customBinding'
      )) {
        let data0 = data[key0];
        if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
          if (data0.binding !== undefined) {
            let data1 = data0.binding;
            if (Array.isArray(data1)) {
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.name === undefined) {
                    data2.name = '';
                  }
                  if (typeof data2.name !== 'string') {
                    const err0 = {
                      instancePath:
                        instancePath +
                        '/' +
                        key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                        '/binding/' +
                        i0 +
                        '/name',
                      schemaPath: '#/additionalProperties/properties/binding/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                } else {
                  const err1 = {
                    instancePath:
                      instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1') + '/binding/' + i0,
                    schemaPath: '#/additionalProperties/properties/binding/items/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
              }
            } else {
              const err2 = {
                instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1') + '/binding',
                schemaPath: '#/additionalProperties/properties/binding/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          for (const key1 in data0) {
            if (key1 !== 'binding') {
              const err3 = {
                instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/additionalProperties/unevaluatedProperties',
                keyword: 'unevaluatedProperties',
                params: { unevaluatedProperty: key1 },
                message: 'must NOT have unevaluated properties',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    let data4 = data.basicHttpBinding;
    if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
      if (data4.binding !== undefined) {
        let data5 = data4.binding;
        if (Array.isArray(data5)) {
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            if (
              !validate24(data5[i1], {
                instancePath: instancePath + '/basicHttpBinding/binding/' + i1,
                parentData: data5,
                parentDataProperty: i1,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err5 = {
            instancePath: instancePath + '/basicHttpBinding/binding',
            schemaPath: '#/properties/basicHttpBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      for (const key2 in data4) {
        if (key2 !== 'binding') {
          const err6 = {
            instancePath: instancePath + '/basicHttpBinding',
            schemaPath: '#/properties/basicHttpBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key2 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = {
        instancePath: instancePath + '/basicHttpBinding',
        schemaPath: '#/properties/basicHttpBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    let data7 = data.basicHttpsBinding;
    if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
      if (data7.binding !== undefined) {
        let data8 = data7.binding;
        if (Array.isArray(data8)) {
          const len2 = data8.length;
          for (let i2 = 0; i2 < len2; i2++) {
            if (
              !validate35(data8[i2], {
                instancePath: instancePath + '/basicHttpsBinding/binding/' + i2,
                parentData: data8,
                parentDataProperty: i2,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err8 = {
            instancePath: instancePath + '/basicHttpsBinding/binding',
            schemaPath: '#/properties/basicHttpsBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      for (const key3 in data7) {
        if (key3 !== 'binding') {
          const err9 = {
            instancePath: instancePath + '/basicHttpsBinding',
            schemaPath: '#/properties/basicHttpsBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key3 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = {
        instancePath: instancePath + '/basicHttpsBinding',
        schemaPath: '#/properties/basicHttpsBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data10 = data.wsHttpBinding;
    if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
      if (data10.binding !== undefined) {
        let data11 = data10.binding;
        if (Array.isArray(data11)) {
          const len3 = data11.length;
          for (let i3 = 0; i3 < len3; i3++) {
            if (
              !validate39(data11[i3], {
                instancePath: instancePath + '/wsHttpBinding/binding/' + i3,
                parentData: data11,
                parentDataProperty: i3,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err11 = {
            instancePath: instancePath + '/wsHttpBinding/binding',
            schemaPath: '#/properties/wsHttpBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      for (const key4 in data10) {
        if (key4 !== 'binding') {
          const err12 = {
            instancePath: instancePath + '/wsHttpBinding',
            schemaPath: '#/properties/wsHttpBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key4 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    } else {
      const err13 = {
        instancePath: instancePath + '/wsHttpBinding',
        schemaPath: '#/properties/wsHttpBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    let data13 = data.ws2007HttpBinding;
    if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
      if (data13.binding !== undefined) {
        let data14 = data13.binding;
        if (Array.isArray(data14)) {
          const len4 = data14.length;
          for (let i4 = 0; i4 < len4; i4++) {
            if (
              !validate39(data14[i4], {
                instancePath: instancePath + '/ws2007HttpBinding/binding/' + i4,
                parentData: data14,
                parentDataProperty: i4,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err14 = {
            instancePath: instancePath + '/ws2007HttpBinding/binding',
            schemaPath: '#/properties/ws2007HttpBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      for (const key5 in data13) {
        if (key5 !== 'binding') {
          const err15 = {
            instancePath: instancePath + '/ws2007HttpBinding',
            schemaPath: '#/properties/ws2007HttpBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key5 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    } else {
      const err16 = {
        instancePath: instancePath + '/ws2007HttpBinding',
        schemaPath: '#/properties/ws2007HttpBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    let data16 = data.netTcpBinding;
    if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
      if (data16.binding !== undefined) {
        let data17 = data16.binding;
        if (Array.isArray(data17)) {
          const len5 = data17.length;
          for (let i5 = 0; i5 < len5; i5++) {
            if (
              !validate45(data17[i5], {
                instancePath: instancePath + '/netTcpBinding/binding/' + i5,
                parentData: data17,
                parentDataProperty: i5,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err17 = {
            instancePath: instancePath + '/netTcpBinding/binding',
            schemaPath: '#/properties/netTcpBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      for (const key6 in data16) {
        if (key6 !== 'binding') {
          const err18 = {
            instancePath: instancePath + '/netTcpBinding',
            schemaPath: '#/properties/netTcpBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key6 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    } else {
      const err19 = {
        instancePath: instancePath + '/netTcpBinding',
        schemaPath: '#/properties/netTcpBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    let data19 = data.customBinding;
    if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
      if (data19.binding !== undefined) {
        let data20 = data19.binding;
        if (Array.isArray(data20)) {
          const len6 = data20.length;
          for (let i6 = 0; i6 < len6; i6++) {
            if (
              !validate49(data20[i6], {
                instancePath: instancePath + '/customBinding/binding/' + i6,
                parentData: data20,
                parentDataProperty: i6,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err20 = {
            instancePath: instancePath + '/customBinding/binding',
            schemaPath: '#/properties/customBinding/properties/binding/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      for (const key7 in data19) {
        if (key7 !== 'binding') {
          const err21 = {
            instancePath: instancePath + '/customBinding',
            schemaPath: '#/properties/customBinding/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key7 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = {
        instancePath: instancePath + '/customBinding',
        schemaPath: '#/properties/customBinding/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema108 = {
  type: 'object',
  description: '<services>: the services a host exposes.',
  properties: {
    service: { type: 'array', 'x-collection': { key: ['name'] }, items: { $ref: '#/$defs/service' } },
  },
  unevaluatedProperties: false,
};
const schema109 = {
  type: 'object',
  description:
    '<service>: a service implementation, matched with the exports of the host module by the last segment of its name (Calculator.CalculatorService → CalculatorService).',
  properties: {
    name: { type: 'string', minLength: 1, description: 'The service type name (.NET: the full type name).' },
    behaviorConfiguration: {
      type: 'string',
      default: '',
      description: 'The <serviceBehaviors><behavior name> to apply.',
    },
    host: {
      type: 'object',
      default: {},
      properties: {
        baseAddresses: {
          type: 'object',
          properties: {
            add: {
              type: 'array',
              'x-collection': { key: ['baseAddress'] },
              items: {
                type: 'object',
                properties: {
                  baseAddress: {
                    type: 'string',
                    minLength: 1,
                    description:
                      'An absolute URI that relative endpoint addresses resolve against (one per scheme).',
                  },
                },
                required: ['baseAddress'],
                unevaluatedProperties: false,
              },
            },
          },
          unevaluatedProperties: false,
        },
        timeouts: {
          type: 'object',
          default: {},
          description:
            "How long the host may take to open and to close (WCF's ServiceHost defaults: 1 minute, 10 seconds).",
          properties: {
            openTimeout: {
              $ref: 'common.schema.json#/$defs/timeSpan',
              default: '00:01:00',
              description: 'Time allowed to open the host.',
            },
            closeTimeout: {
              $ref: 'common.schema.json#/$defs/timeSpan',
              default: '00:00:10',
              description: 'Time allowed to close the host.',
            },
          },
          unevaluatedProperties: false,
        },
      },
      unevaluatedProperties: false,
    },
    endpoint: { type: 'array', items: { $ref: '#/$defs/serviceEndpoint' } },
  },
  required: ['name'],
  unevaluatedProperties: false,
};
const func1 = require('ajv/dist/runtime/ucs2length').default;
const schema112 = {
  $ref: '#/$defs/endpointCommon',
  properties: {
    bindingName: { type: 'string', default: '', description: "The binding's name in WSDL." },
    bindingNamespace: { type: 'string', default: '', description: "The binding's namespace in WSDL." },
    listenUri: { type: 'string', description: 'Where the endpoint listens when that differs from address.' },
    listenUriMode: { enum: ['Explicit', 'Unique'], default: 'Explicit' },
    isSystemEndpoint: { type: 'boolean', default: false },
  },
  required: ['binding', 'contract'],
  unevaluatedProperties: false,
};
const schema113 = {
  type: 'object',
  properties: {
    address: {
      type: 'string',
      default: '',
      description: "Absolute, or relative to the base address of the binding's scheme.",
    },
    binding: {
      type: 'string',
      description:
        'The binding type: basicHttpBinding, basicHttpsBinding, wsHttpBinding, ws2007HttpBinding, customBinding, or a bindingExtensions name.',
    },
    bindingConfiguration: {
      type: 'string',
      default: '',
      description:
        'The <binding name> inside the binding type\'s collection; "" = the default configuration.',
    },
    contract: {
      type: 'string',
      description: 'The contract name (matched by its last segment: Calculator.ICalculator → ICalculator).',
    },
    behaviorConfiguration: {
      type: 'string',
      default: '',
      description: 'The <endpointBehaviors><behavior name> to apply.',
    },
    name: { type: 'string', default: '', description: "The endpoint's name." },
    kind: { type: 'string', default: '', description: 'A standard endpoint kind (not supported).' },
    endpointConfiguration: {
      type: 'string',
      default: '',
      description: 'A standard endpoint configuration (not supported).',
    },
    identity: { $ref: 'common.schema.json#/$defs/identity' },
    headers: {
      $ref: 'common.schema.json#/$defs/anyXml',
      description: 'Address headers (not supported yet).',
    },
  },
};
function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dns !== undefined) {
      let data0 = data.dns;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.value !== undefined) {
          if (typeof data0.value !== 'string') {
            const err0 = {
              instancePath: instancePath + '/dns/value',
              schemaPath: '#/properties/dns/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        for (const key0 in data0) {
          if (key0 !== 'value') {
            const err1 = {
              instancePath: instancePath + '/dns',
              schemaPath: '#/properties/dns/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key0 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/dns',
          schemaPath: '#/properties/dns/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.userPrincipalName !== undefined) {
      let data2 = data.userPrincipalName;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.value !== undefined) {
          if (typeof data2.value !== 'string') {
            const err3 = {
              instancePath: instancePath + '/userPrincipalName/value',
              schemaPath: '#/properties/userPrincipalName/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key1 in data2) {
          if (key1 !== 'value') {
            const err4 = {
              instancePath: instancePath + '/userPrincipalName',
              schemaPath: '#/properties/userPrincipalName/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/userPrincipalName',
          schemaPath: '#/properties/userPrincipalName/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.servicePrincipalName !== undefined) {
      let data4 = data.servicePrincipalName;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.value !== undefined) {
          if (typeof data4.value !== 'string') {
            const err6 = {
              instancePath: instancePath + '/servicePrincipalName/value',
              schemaPath: '#/properties/servicePrincipalName/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (key2 !== 'value') {
            const err7 = {
              instancePath: instancePath + '/servicePrincipalName',
              schemaPath: '#/properties/servicePrincipalName/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/servicePrincipalName',
          schemaPath: '#/properties/servicePrincipalName/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rsa !== undefined) {
      let data6 = data.rsa;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.value !== undefined) {
          if (typeof data6.value !== 'string') {
            const err9 = {
              instancePath: instancePath + '/rsa/value',
              schemaPath: '#/properties/rsa/properties/value/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key3 in data6) {
          if (key3 !== 'value') {
            const err10 = {
              instancePath: instancePath + '/rsa',
              schemaPath: '#/properties/rsa/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/rsa',
          schemaPath: '#/properties/rsa/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.certificate !== undefined) {
      let data8 = data.certificate;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.encodedValue !== undefined) {
          if (typeof data8.encodedValue !== 'string') {
            const err12 = {
              instancePath: instancePath + '/certificate/encodedValue',
              schemaPath: '#/properties/certificate/properties/encodedValue/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          if (key4 !== 'encodedValue') {
            const err13 = {
              instancePath: instancePath + '/certificate',
              schemaPath: '#/properties/certificate/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key4 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/certificate',
          schemaPath: '#/properties/certificate/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.certificateReference !== undefined) {
      let data10 = data.certificateReference;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.findValue === undefined) {
          data10.findValue = '';
        }
        if (data10.storeName === undefined) {
          data10.storeName = 'My';
        }
        if (data10.x509FindType === undefined) {
          data10.x509FindType = 'FindBySubjectDistinguishedName';
        }
        if (typeof data10.findValue !== 'string') {
          const err15 = {
            instancePath: instancePath + '/certificateReference/findValue',
            schemaPath: '#/$defs/certificateFields/properties/findValue/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        let data12 = data10.storeName;
        if (!(
          data12 === 'AddressBook' ||
          data12 === 'AuthRoot' ||
          data12 === 'CertificateAuthority' ||
          data12 === 'Disallowed' ||
          data12 === 'My' ||
          data12 === 'Root' ||
          data12 === 'TrustedPeople' ||
          data12 === 'TrustedPublisher'
        )) {
          const err16 = {
            instancePath: instancePath + '/certificateReference/storeName',
            schemaPath: '#/$defs/certificateFields/properties/storeName/enum',
            keyword: 'enum',
            params: { allowedValues: schema80.properties.storeName.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let data13 = data10.x509FindType;
        if (!(
          data13 === 'FindByThumbprint' ||
          data13 === 'FindBySubjectName' ||
          data13 === 'FindBySubjectDistinguishedName' ||
          data13 === 'FindByIssuerName' ||
          data13 === 'FindByIssuerDistinguishedName' ||
          data13 === 'FindBySerialNumber' ||
          data13 === 'FindByTimeValid' ||
          data13 === 'FindByTimeNotYetValid' ||
          data13 === 'FindByTimeExpired' ||
          data13 === 'FindByTemplateName' ||
          data13 === 'FindByApplicationPolicy' ||
          data13 === 'FindByCertificatePolicy' ||
          data13 === 'FindByExtension' ||
          data13 === 'FindByKeyUsage' ||
          data13 === 'FindBySubjectKeyIdentifier'
        )) {
          const err17 = {
            instancePath: instancePath + '/certificateReference/x509FindType',
            schemaPath: '#/$defs/certificateFields/properties/x509FindType/enum',
            keyword: 'enum',
            params: { allowedValues: schema80.properties.x509FindType.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data10.file !== undefined) {
          if (typeof data10.file !== 'string') {
            const err18 = {
              instancePath: instancePath + '/certificateReference/file',
              schemaPath: '#/$defs/certificateFields/properties/file/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data10.keyFile !== undefined) {
          if (typeof data10.keyFile !== 'string') {
            const err19 = {
              instancePath: instancePath + '/certificateReference/keyFile',
              schemaPath: '#/$defs/certificateFields/properties/keyFile/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.passwordEnvironmentVariable !== undefined) {
          if (typeof data10.passwordEnvironmentVariable !== 'string') {
            const err20 = {
              instancePath: instancePath + '/certificateReference/passwordEnvironmentVariable',
              schemaPath: '#/$defs/certificateFields/properties/passwordEnvironmentVariable/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/certificateReference',
          schemaPath: '#/$defs/certificateFields/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.storeLocation === undefined) {
          data10.storeLocation = 'LocalMachine';
        }
        if (data10.isChainIncluded === undefined) {
          data10.isChainIncluded = false;
        }
        let data17 = data10.storeLocation;
        if (!(data17 === 'CurrentUser' || data17 === 'LocalMachine')) {
          const err22 = {
            instancePath: instancePath + '/certificateReference/storeLocation',
            schemaPath: '#/properties/certificateReference/properties/storeLocation/enum',
            keyword: 'enum',
            params: { allowedValues: schema79.properties.certificateReference.properties.storeLocation.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (typeof data10.isChainIncluded !== 'boolean') {
          const err23 = {
            instancePath: instancePath + '/certificateReference/isChainIncluded',
            schemaPath: '#/properties/certificateReference/properties/isChainIncluded/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key5 in data10) {
          if (
            key5 !== 'storeLocation' &&
            key5 !== 'isChainIncluded' &&
            key5 !== 'findValue' &&
            key5 !== 'storeName' &&
            key5 !== 'x509FindType' &&
            key5 !== 'file' &&
            key5 !== 'keyFile' &&
            key5 !== 'passwordEnvironmentVariable'
          ) {
            const err24 = {
              instancePath: instancePath + '/certificateReference',
              schemaPath: '#/properties/certificateReference/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key5 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      }
    }
    for (const key6 in data) {
      if (
        key6 !== 'dns' &&
        key6 !== 'userPrincipalName' &&
        key6 !== 'servicePrincipalName' &&
        key6 !== 'rsa' &&
        key6 !== 'certificate' &&
        key6 !== 'certificateReference'
      ) {
        const err25 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key6 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.address === undefined) {
      data.address = '';
    }
    if (data.bindingConfiguration === undefined) {
      data.bindingConfiguration = '';
    }
    if (data.behaviorConfiguration === undefined) {
      data.behaviorConfiguration = '';
    }
    if (data.name === undefined) {
      data.name = '';
    }
    if (data.kind === undefined) {
      data.kind = '';
    }
    if (data.endpointConfiguration === undefined) {
      data.endpointConfiguration = '';
    }
    if (typeof data.address !== 'string') {
      const err0 = {
        instancePath: instancePath + '/address',
        schemaPath: '#/properties/address/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.binding !== undefined) {
      if (typeof data.binding !== 'string') {
        const err1 = {
          instancePath: instancePath + '/binding',
          schemaPath: '#/properties/binding/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (typeof data.bindingConfiguration !== 'string') {
      const err2 = {
        instancePath: instancePath + '/bindingConfiguration',
        schemaPath: '#/properties/bindingConfiguration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.contract !== undefined) {
      if (typeof data.contract !== 'string') {
        const err3 = {
          instancePath: instancePath + '/contract',
          schemaPath: '#/properties/contract/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (typeof data.behaviorConfiguration !== 'string') {
      const err4 = {
        instancePath: instancePath + '/behaviorConfiguration',
        schemaPath: '#/properties/behaviorConfiguration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (typeof data.name !== 'string') {
      const err5 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data.kind !== 'string') {
      const err6 = {
        instancePath: instancePath + '/kind',
        schemaPath: '#/properties/kind/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (typeof data.endpointConfiguration !== 'string') {
      const err7 = {
        instancePath: instancePath + '/endpointConfiguration',
        schemaPath: '#/properties/endpointConfiguration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.identity !== undefined) {
      if (
        !validate85(data.identity, {
          instancePath: instancePath + '/identity',
          parentData: data,
          parentDataProperty: 'identity',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== undefined) {
      let data9 = data.headers;
      if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9))) {
        const err8 = {
          instancePath: instancePath + '/headers',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = {
  props: {
    address: true,
    binding: true,
    bindingConfiguration: true,
    contract: true,
    behaviorConfiguration: true,
    name: true,
    kind: true,
    endpointConfiguration: true,
    identity: true,
    headers: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
function validate83(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate84(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.bindingName === undefined) {
      data.bindingName = '';
    }
    if (data.bindingNamespace === undefined) {
      data.bindingNamespace = '';
    }
    if (data.listenUriMode === undefined) {
      data.listenUriMode = 'Explicit';
    }
    if (data.isSystemEndpoint === undefined) {
      data.isSystemEndpoint = false;
    }
    if (data.binding === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'binding' },
        message: "must have required property '" + 'binding' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.contract === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'contract' },
        message: "must have required property '" + 'contract' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.bindingName !== 'string') {
      const err2 = {
        instancePath: instancePath + '/bindingName',
        schemaPath: '#/properties/bindingName/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (typeof data.bindingNamespace !== 'string') {
      const err3 = {
        instancePath: instancePath + '/bindingNamespace',
        schemaPath: '#/properties/bindingNamespace/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.listenUri !== undefined) {
      if (typeof data.listenUri !== 'string') {
        const err4 = {
          instancePath: instancePath + '/listenUri',
          schemaPath: '#/properties/listenUri/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data3 = data.listenUriMode;
    if (!(data3 === 'Explicit' || data3 === 'Unique')) {
      const err5 = {
        instancePath: instancePath + '/listenUriMode',
        schemaPath: '#/properties/listenUriMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema112.properties.listenUriMode.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (typeof data.isSystemEndpoint !== 'boolean') {
      const err6 = {
        instancePath: instancePath + '/isSystemEndpoint',
        schemaPath: '#/properties/isSystemEndpoint/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'bindingName' &&
        key0 !== 'bindingNamespace' &&
        key0 !== 'listenUri' &&
        key0 !== 'listenUriMode' &&
        key0 !== 'isSystemEndpoint' &&
        key0 !== 'address' &&
        key0 !== 'binding' &&
        key0 !== 'bindingConfiguration' &&
        key0 !== 'contract' &&
        key0 !== 'behaviorConfiguration' &&
        key0 !== 'name' &&
        key0 !== 'kind' &&
        key0 !== 'endpointConfiguration' &&
        key0 !== 'identity' &&
        key0 !== 'headers'
      ) {
        const err7 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate82(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.behaviorConfiguration === undefined) {
      data.behaviorConfiguration = '';
    }
    if (data.host === undefined) {
      data.host = {};
    }
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err1 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (typeof data.behaviorConfiguration !== 'string') {
      const err3 = {
        instancePath: instancePath + '/behaviorConfiguration',
        schemaPath: '#/properties/behaviorConfiguration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    let data2 = data.host;
    if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
      if (data2.timeouts === undefined) {
        data2.timeouts = {};
      }
      if (data2.baseAddresses !== undefined) {
        let data3 = data2.baseAddresses;
        if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
          if (data3.add !== undefined) {
            let data4 = data3.add;
            if (Array.isArray(data4)) {
              const len0 = data4.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                  if (data5.baseAddress === undefined) {
                    const err4 = {
                      instancePath: instancePath + '/host/baseAddresses/add/' + i0,
                      schemaPath: '#/properties/host/properties/baseAddresses/properties/add/items/required',
                      keyword: 'required',
                      params: { missingProperty: 'baseAddress' },
                      message: "must have required property '" + 'baseAddress' + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                  if (data5.baseAddress !== undefined) {
                    let data6 = data5.baseAddress;
                    if (typeof data6 === 'string') {
                      if (func1(data6) < 1) {
                        const err5 = {
                          instancePath: instancePath + '/host/baseAddresses/add/' + i0 + '/baseAddress',
                          schemaPath:
                            '#/properties/host/properties/baseAddresses/properties/add/items/properties/baseAddress/minLength',
                          keyword: 'minLength',
                          params: { limit: 1 },
                          message: 'must NOT have fewer than 1 characters',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      }
                    } else {
                      const err6 = {
                        instancePath: instancePath + '/host/baseAddresses/add/' + i0 + '/baseAddress',
                        schemaPath:
                          '#/properties/host/properties/baseAddresses/properties/add/items/properties/baseAddress/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                  for (const key0 in data5) {
                    if (key0 !== 'baseAddress') {
                      const err7 = {
                        instancePath: instancePath + '/host/baseAddresses/add/' + i0,
                        schemaPath:
                          '#/properties/host/properties/baseAddresses/properties/add/items/unevaluatedProperties',
                        keyword: 'unevaluatedProperties',
                        params: { unevaluatedProperty: key0 },
                        message: 'must NOT have unevaluated properties',
                      };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err8 = {
                    instancePath: instancePath + '/host/baseAddresses/add/' + i0,
                    schemaPath: '#/properties/host/properties/baseAddresses/properties/add/items/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
            } else {
              const err9 = {
                instancePath: instancePath + '/host/baseAddresses/add',
                schemaPath: '#/properties/host/properties/baseAddresses/properties/add/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          for (const key1 in data3) {
            if (key1 !== 'add') {
              const err10 = {
                instancePath: instancePath + '/host/baseAddresses',
                schemaPath: '#/properties/host/properties/baseAddresses/unevaluatedProperties',
                keyword: 'unevaluatedProperties',
                params: { unevaluatedProperty: key1 },
                message: 'must NOT have unevaluated properties',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        } else {
          const err11 = {
            instancePath: instancePath + '/host/baseAddresses',
            schemaPath: '#/properties/host/properties/baseAddresses/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      let data7 = data2.timeouts;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.openTimeout === undefined) {
          data7.openTimeout = '00:01:00';
        }
        if (data7.closeTimeout === undefined) {
          data7.closeTimeout = '00:00:10';
        }
        let data8 = data7.openTimeout;
        if (typeof data8 === 'string') {
          if (!formats0.validate(data8)) {
            const err12 = {
              instancePath: instancePath + '/host/timeouts/openTimeout',
              schemaPath: 'common.schema.json#/$defs/timeSpan/format',
              keyword: 'format',
              params: { format: 'timeSpan' },
              message: 'must match format "' + 'timeSpan' + '"',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = {
            instancePath: instancePath + '/host/timeouts/openTimeout',
            schemaPath: 'common.schema.json#/$defs/timeSpan/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        let data9 = data7.closeTimeout;
        if (typeof data9 === 'string') {
          if (!formats0.validate(data9)) {
            const err14 = {
              instancePath: instancePath + '/host/timeouts/closeTimeout',
              schemaPath: 'common.schema.json#/$defs/timeSpan/format',
              keyword: 'format',
              params: { format: 'timeSpan' },
              message: 'must match format "' + 'timeSpan' + '"',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = {
            instancePath: instancePath + '/host/timeouts/closeTimeout',
            schemaPath: 'common.schema.json#/$defs/timeSpan/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (key2 !== 'openTimeout' && key2 !== 'closeTimeout') {
            const err16 = {
              instancePath: instancePath + '/host/timeouts',
              schemaPath: '#/properties/host/properties/timeouts/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/host/timeouts',
          schemaPath: '#/properties/host/properties/timeouts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      for (const key3 in data2) {
        if (key3 !== 'baseAddresses' && key3 !== 'timeouts') {
          const err18 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/properties/host/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key3 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    } else {
      const err19 = {
        instancePath: instancePath + '/host',
        schemaPath: '#/properties/host/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.endpoint !== undefined) {
      let data10 = data.endpoint;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate83(data10[i1], {
              instancePath: instancePath + '/endpoint/' + i1,
              parentData: data10,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/endpoint',
          schemaPath: '#/properties/endpoint/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    for (const key4 in data) {
      if (key4 !== 'name' && key4 !== 'behaviorConfiguration' && key4 !== 'host' && key4 !== 'endpoint') {
        const err21 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key4 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate81(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.service !== undefined) {
      let data0 = data.service;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate82(data0[i0], {
              instancePath: instancePath + '/service/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = {
          instancePath: instancePath + '/service',
          schemaPath: '#/properties/service/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== 'service') {
        const err1 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema117 = {
  type: 'object',
  description: '<client>: endpoints a ChannelFactory is made from, by name.',
  properties: {
    endpoint: {
      type: 'array',
      'x-collection': { key: ['contract', 'name'] },
      items: { $ref: '#/$defs/clientEndpoint' },
    },
  },
  unevaluatedProperties: false,
};
const schema118 = {
  $ref: '#/$defs/endpointCommon',
  required: ['address', 'binding', 'contract'],
  unevaluatedProperties: false,
};
function validate92(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate92.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate84(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.address === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'address' },
        message: "must have required property '" + 'address' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.binding === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'binding' },
        message: "must have required property '" + 'binding' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.contract === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'contract' },
        message: "must have required property '" + 'contract' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'address' &&
        key0 !== 'binding' &&
        key0 !== 'bindingConfiguration' &&
        key0 !== 'contract' &&
        key0 !== 'behaviorConfiguration' &&
        key0 !== 'name' &&
        key0 !== 'kind' &&
        key0 !== 'endpointConfiguration' &&
        key0 !== 'identity' &&
        key0 !== 'headers'
      ) {
        const err3 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate92.errors = vErrors;
  return errors === 0;
}
validate92.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.endpoint !== undefined) {
      let data0 = data.endpoint;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate92(data0[i0], {
              instancePath: instancePath + '/endpoint/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err0 = {
          instancePath: instancePath + '/endpoint',
          schemaPath: '#/properties/endpoint/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (key0 !== 'endpoint') {
        const err1 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema120 = {
  type: 'object',
  description:
    'Named behavior configurations that services (behaviorConfiguration) and endpoints refer to. A behavior with name="" applies to every service (or endpoint) without one.',
  properties: {
    serviceBehaviors: {
      type: 'object',
      default: {},
      properties: {
        behavior: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/serviceBehavior' },
        },
      },
      unevaluatedProperties: false,
    },
    endpointBehaviors: {
      type: 'object',
      default: {},
      properties: {
        behavior: {
          type: 'array',
          'x-collection': { key: ['name'] },
          items: { $ref: '#/$defs/endpointBehavior' },
        },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema121 = {
  type: 'object',
  properties: {
    name: { type: 'string', default: '' },
    serviceCredentials: { $ref: '#/$defs/serviceCredentials' },
    serviceDebug: { $ref: '#/$defs/serviceDebug' },
    serviceThrottling: { $ref: '#/$defs/serviceThrottling' },
    serviceMetadata: { $ref: '#/$defs/serviceMetadata' },
  },
  additionalProperties: {
    type: 'object',
    'x-extension': 'behaviorExtensions',
    description: 'A behavior registered under <extensions><behaviorExtensions>.',
  },
};
const schema129 = {
  type: 'object',
  description: '<serviceDebug>: what errors reveal to clients.',
  properties: {
    includeExceptionDetailInFaults: {
      type: 'boolean',
      default: false,
      description: 'Whether unhandled errors travel to the client with their message and stack.',
    },
    httpHelpPageEnabled: {
      type: 'boolean',
      default: true,
      description: 'Help page over HTTP (no effect in Indigo: it serves no help page).',
    },
    httpsHelpPageEnabled: {
      type: 'boolean',
      default: true,
      description: 'Help page over HTTPS (no effect in Indigo).',
    },
    httpHelpPageUrl: { type: 'string', default: '' },
    httpsHelpPageUrl: { type: 'string', default: '' },
    httpHelpPageBinding: { type: 'string', default: '' },
    httpHelpPageBindingConfiguration: { type: 'string', default: '' },
    httpsHelpPageBinding: { type: 'string', default: '' },
    httpsHelpPageBindingConfiguration: { type: 'string', default: '' },
  },
  unevaluatedProperties: false,
};
const schema130 = {
  type: 'object',
  description:
    "<serviceThrottling>. When absent, WCF 4.5's defaults: 16 calls and 100 sessions per processor; instances = calls + sessions.",
  properties: {
    maxConcurrentCalls: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      description: 'Calls in progress at once (default 16 × processors).',
    },
    maxConcurrentSessions: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      description: 'Sessions at once (default 100 × processors).',
    },
    maxConcurrentInstances: {
      type: 'integer',
      minimum: 1,
      maximum: 2147483647,
      description: 'Service instances at once (default calls + sessions).',
    },
  },
  unevaluatedProperties: false,
};
const schema131 = {
  type: 'object',
  description:
    '<serviceMetadata>: WSDL publishing (ServiceMetadataBehavior). httpGetEnabled/httpsGetEnabled answer GET ?wsdl, ?wsdl=wsdlN, ?xsd=xsdN and ?singleWsdl at the base address of that scheme, or at httpGetUrl/httpsGetUrl (relative to it, or absolute); IMetadataExchange endpoints (mexHttpBinding, mexHttpsBinding) need it too. The httpGetBinding/httpsGetBinding settings are not supported.',
  properties: {
    httpGetEnabled: { type: 'boolean', default: false },
    httpsGetEnabled: { type: 'boolean', default: false },
    httpGetUrl: { type: 'string', default: '' },
    httpsGetUrl: { type: 'string', default: '' },
    httpGetBinding: { type: 'string', default: '' },
    httpGetBindingConfiguration: { type: 'string', default: '' },
    httpsGetBinding: { type: 'string', default: '' },
    httpsGetBindingConfiguration: { type: 'string', default: '' },
    externalMetadataLocation: { type: 'string', default: '' },
    policyVersion: { enum: ['Default', 'Policy12', 'Policy15'], default: 'Default' },
  },
  unevaluatedProperties: false,
};
const schema122 = {
  type: 'object',
  description: "<serviceCredentials>: the service's certificate and how clients are authenticated.",
  properties: {
    type: { type: 'string', default: '', description: 'A custom ServiceCredentials type (not supported).' },
    useIdentityConfiguration: { type: 'boolean', default: false },
    identityConfiguration: { type: 'string', default: '' },
    serviceCertificate: {
      $ref: 'common.schema.json#/$defs/certificateLocalMachine',
      description: 'The service certificate (with private key): HTTPS and message security.',
    },
    clientCertificate: {
      type: 'object',
      properties: {
        certificate: { $ref: 'common.schema.json#/$defs/certificateLocalMachine' },
        authentication: {
          $ref: '#/$defs/x509Authentication',
          properties: {
            trustedStoreLocation: {
              enum: ['CurrentUser', 'LocalMachine'],
              default: 'LocalMachine',
              description: 'Where trusted roots (Root) and peers (TrustedPeople) are found.',
            },
            mapClientCertificateToWindowsAccount: { type: 'boolean', default: false },
            includeWindowsGroups: { type: 'boolean', default: true },
          },
          unevaluatedProperties: false,
        },
      },
      unevaluatedProperties: false,
    },
    userNameAuthentication: {
      type: 'object',
      properties: {
        userNamePasswordValidationMode: {
          enum: ['Windows', 'MembershipProvider', 'Custom'],
          default: 'Windows',
          description:
            'How user names of message security are checked. Indigo supports Custom (customUserNamePasswordValidatorType); it has no Windows accounts or membership providers.',
        },
        customUserNamePasswordValidatorType: {
          type: 'string',
          default: '',
          description:
            '"ExportName, module": a UserNamePasswordValidator subclass constructed without arguments (the module resolved from the config file\'s folder, as <extensions> types are).',
        },
        membershipProviderName: { type: 'string', default: '' },
        includeWindowsGroups: { type: 'boolean', default: true },
        cacheLogonTokens: { type: 'boolean', default: false },
        maxCachedLogonTokens: { type: 'integer', minimum: 1, default: 128 },
        cachedLogonTokenLifetime: { $ref: 'common.schema.json#/$defs/timeSpan', default: '00:15:00' },
      },
      unevaluatedProperties: false,
    },
    windowsAuthentication: {
      type: 'object',
      properties: {
        allowAnonymousLogons: { type: 'boolean', default: false },
        includeWindowsGroups: { type: 'boolean', default: true },
      },
      unevaluatedProperties: false,
    },
    issuedTokenAuthentication: {
      $ref: '#/$defs/x509Authentication',
      properties: {
        allowUntrustedRsaIssuers: { type: 'boolean', default: false },
        audienceUriMode: { enum: ['Never', 'Always', 'BearerKeyOnly'], default: 'Always' },
        trustedStoreLocation: { enum: ['CurrentUser', 'LocalMachine'], default: 'LocalMachine' },
        samlSerializerType: { type: 'string', default: '' },
      },
      unevaluatedProperties: false,
    },
    secureConversationAuthentication: {
      type: 'object',
      properties: {
        securityStateEncoderType: {
          type: 'string',
          default: '',
          description: 'Encoder of cookie session tokens ("" = the default server-encrypted encoder).',
        },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema123 = {
  $ref: '#/$defs/certificateFields',
  properties: {
    storeLocation: {
      enum: ['CurrentUser', 'LocalMachine'],
      default: 'LocalMachine',
      description: 'Store location (service side default LocalMachine).',
    },
  },
  unevaluatedProperties: false,
};
function validate100(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.findValue === undefined) {
      data.findValue = '';
    }
    if (data.storeName === undefined) {
      data.storeName = 'My';
    }
    if (data.x509FindType === undefined) {
      data.x509FindType = 'FindBySubjectDistinguishedName';
    }
    if (typeof data.findValue !== 'string') {
      const err0 = {
        instancePath: instancePath + '/findValue',
        schemaPath: '#/$defs/certificateFields/properties/findValue/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.storeName;
    if (!(
      data1 === 'AddressBook' ||
      data1 === 'AuthRoot' ||
      data1 === 'CertificateAuthority' ||
      data1 === 'Disallowed' ||
      data1 === 'My' ||
      data1 === 'Root' ||
      data1 === 'TrustedPeople' ||
      data1 === 'TrustedPublisher'
    )) {
      const err1 = {
        instancePath: instancePath + '/storeName',
        schemaPath: '#/$defs/certificateFields/properties/storeName/enum',
        keyword: 'enum',
        params: { allowedValues: schema80.properties.storeName.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data2 = data.x509FindType;
    if (!(
      data2 === 'FindByThumbprint' ||
      data2 === 'FindBySubjectName' ||
      data2 === 'FindBySubjectDistinguishedName' ||
      data2 === 'FindByIssuerName' ||
      data2 === 'FindByIssuerDistinguishedName' ||
      data2 === 'FindBySerialNumber' ||
      data2 === 'FindByTimeValid' ||
      data2 === 'FindByTimeNotYetValid' ||
      data2 === 'FindByTimeExpired' ||
      data2 === 'FindByTemplateName' ||
      data2 === 'FindByApplicationPolicy' ||
      data2 === 'FindByCertificatePolicy' ||
      data2 === 'FindByExtension' ||
      data2 === 'FindByKeyUsage' ||
      data2 === 'FindBySubjectKeyIdentifier'
    )) {
      const err2 = {
        instancePath: instancePath + '/x509FindType',
        schemaPath: '#/$defs/certificateFields/properties/x509FindType/enum',
        keyword: 'enum',
        params: { allowedValues: schema80.properties.x509FindType.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.file !== undefined) {
      if (typeof data.file !== 'string') {
        const err3 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/$defs/certificateFields/properties/file/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.keyFile !== undefined) {
      if (typeof data.keyFile !== 'string') {
        const err4 = {
          instancePath: instancePath + '/keyFile',
          schemaPath: '#/$defs/certificateFields/properties/keyFile/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.passwordEnvironmentVariable !== undefined) {
      if (typeof data.passwordEnvironmentVariable !== 'string') {
        const err5 = {
          instancePath: instancePath + '/passwordEnvironmentVariable',
          schemaPath: '#/$defs/certificateFields/properties/passwordEnvironmentVariable/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/$defs/certificateFields/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.storeLocation === undefined) {
      data.storeLocation = 'LocalMachine';
    }
    let data6 = data.storeLocation;
    if (!(data6 === 'CurrentUser' || data6 === 'LocalMachine')) {
      const err7 = {
        instancePath: instancePath + '/storeLocation',
        schemaPath: '#/properties/storeLocation/enum',
        keyword: 'enum',
        params: { allowedValues: schema123.properties.storeLocation.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'storeLocation' &&
        key0 !== 'findValue' &&
        key0 !== 'storeName' &&
        key0 !== 'x509FindType' &&
        key0 !== 'file' &&
        key0 !== 'keyFile' &&
        key0 !== 'passwordEnvironmentVariable'
      ) {
        const err8 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema125 = {
  type: 'object',
  properties: {
    certificateValidationMode: {
      $ref: 'common.schema.json#/$defs/certificateValidationMode',
      default: 'ChainTrust',
      description:
        "How the peer's certificate in a message is trusted: ChainTrust (the Root store of trustedStoreLocation, and the system's roots), PeerTrust (its TrustedPeople store), PeerOrChainTrust, None (tests only), Custom (customCertificateValidatorType).",
    },
    revocationMode: {
      $ref: 'common.schema.json#/$defs/revocationMode',
      default: 'Online',
      description:
        'Indigo checks no revocation (no CRL or OCSP client): left out it does nothing; written, only NoCheck is accepted.',
    },
    customCertificateValidatorType: {
      type: 'string',
      default: '',
      description:
        'With certificateValidationMode="Custom": "ExportName, module", an X509CertificateValidator subclass constructed without arguments (the module resolved from the config file\'s folder, as <extensions> types are).',
    },
  },
};
const schema126 = {
  enum: ['None', 'PeerTrust', 'ChainTrust', 'PeerOrChainTrust', 'Custom'],
  description: 'How a peer certificate is trusted.',
};
const schema127 = {
  enum: ['NoCheck', 'Online', 'Offline'],
  description:
    'Certificate revocation checking. Indigo does not check revocation (as NoCheck) whatever the value.',
};
function validate103(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate103.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.certificateValidationMode === undefined) {
      data.certificateValidationMode = 'ChainTrust';
    }
    if (data.revocationMode === undefined) {
      data.revocationMode = 'Online';
    }
    if (data.customCertificateValidatorType === undefined) {
      data.customCertificateValidatorType = '';
    }
    let data0 = data.certificateValidationMode;
    if (!(
      data0 === 'None' ||
      data0 === 'PeerTrust' ||
      data0 === 'ChainTrust' ||
      data0 === 'PeerOrChainTrust' ||
      data0 === 'Custom'
    )) {
      const err0 = {
        instancePath: instancePath + '/certificateValidationMode',
        schemaPath: 'common.schema.json#/$defs/certificateValidationMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema126.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.revocationMode;
    if (!(data1 === 'NoCheck' || data1 === 'Online' || data1 === 'Offline')) {
      const err1 = {
        instancePath: instancePath + '/revocationMode',
        schemaPath: 'common.schema.json#/$defs/revocationMode/enum',
        keyword: 'enum',
        params: { allowedValues: schema127.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.customCertificateValidatorType !== 'string') {
      const err2 = {
        instancePath: instancePath + '/customCertificateValidatorType',
        schemaPath: '#/properties/customCertificateValidatorType/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
validate103.evaluated = {
  props: { certificateValidationMode: true, revocationMode: true, customCertificateValidatorType: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate99(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate99.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      data.type = '';
    }
    if (data.useIdentityConfiguration === undefined) {
      data.useIdentityConfiguration = false;
    }
    if (data.identityConfiguration === undefined) {
      data.identityConfiguration = '';
    }
    if (typeof data.type !== 'string') {
      const err0 = {
        instancePath: instancePath + '/type',
        schemaPath: '#/properties/type/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data.useIdentityConfiguration !== 'boolean') {
      const err1 = {
        instancePath: instancePath + '/useIdentityConfiguration',
        schemaPath: '#/properties/useIdentityConfiguration/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.identityConfiguration !== 'string') {
      const err2 = {
        instancePath: instancePath + '/identityConfiguration',
        schemaPath: '#/properties/identityConfiguration/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.serviceCertificate !== undefined) {
      if (
        !validate100(data.serviceCertificate, {
          instancePath: instancePath + '/serviceCertificate',
          parentData: data,
          parentDataProperty: 'serviceCertificate',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.clientCertificate !== undefined) {
      let data4 = data.clientCertificate;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.certificate !== undefined) {
          if (
            !validate100(data4.certificate, {
              instancePath: instancePath + '/clientCertificate/certificate',
              parentData: data4,
              parentDataProperty: 'certificate',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data4.authentication !== undefined) {
          let data6 = data4.authentication;
          if (
            !validate103(data6, {
              instancePath: instancePath + '/clientCertificate/authentication',
              parentData: data4,
              parentDataProperty: 'authentication',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
            errors = vErrors.length;
          }
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            if (data6.trustedStoreLocation === undefined) {
              data6.trustedStoreLocation = 'LocalMachine';
            }
            if (data6.mapClientCertificateToWindowsAccount === undefined) {
              data6.mapClientCertificateToWindowsAccount = false;
            }
            if (data6.includeWindowsGroups === undefined) {
              data6.includeWindowsGroups = true;
            }
            let data7 = data6.trustedStoreLocation;
            if (!(data7 === 'CurrentUser' || data7 === 'LocalMachine')) {
              const err3 = {
                instancePath: instancePath + '/clientCertificate/authentication/trustedStoreLocation',
                schemaPath:
                  '#/properties/clientCertificate/properties/authentication/properties/trustedStoreLocation/enum',
                keyword: 'enum',
                params: {
                  allowedValues:
                    schema122.properties.clientCertificate.properties.authentication.properties
                      .trustedStoreLocation.enum,
                },
                message: 'must be equal to one of the allowed values',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (typeof data6.mapClientCertificateToWindowsAccount !== 'boolean') {
              const err4 = {
                instancePath:
                  instancePath + '/clientCertificate/authentication/mapClientCertificateToWindowsAccount',
                schemaPath:
                  '#/properties/clientCertificate/properties/authentication/properties/mapClientCertificateToWindowsAccount/type',
                keyword: 'type',
                params: { type: 'boolean' },
                message: 'must be boolean',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (typeof data6.includeWindowsGroups !== 'boolean') {
              const err5 = {
                instancePath: instancePath + '/clientCertificate/authentication/includeWindowsGroups',
                schemaPath:
                  '#/properties/clientCertificate/properties/authentication/properties/includeWindowsGroups/type',
                keyword: 'type',
                params: { type: 'boolean' },
                message: 'must be boolean',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key0 in data6) {
              if (
                key0 !== 'trustedStoreLocation' &&
                key0 !== 'mapClientCertificateToWindowsAccount' &&
                key0 !== 'includeWindowsGroups' &&
                key0 !== 'certificateValidationMode' &&
                key0 !== 'revocationMode' &&
                key0 !== 'customCertificateValidatorType'
              ) {
                const err6 = {
                  instancePath: instancePath + '/clientCertificate/authentication',
                  schemaPath:
                    '#/properties/clientCertificate/properties/authentication/unevaluatedProperties',
                  keyword: 'unevaluatedProperties',
                  params: { unevaluatedProperty: key0 },
                  message: 'must NOT have unevaluated properties',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          }
        }
        for (const key1 in data4) {
          if (key1 !== 'certificate' && key1 !== 'authentication') {
            const err7 = {
              instancePath: instancePath + '/clientCertificate',
              schemaPath: '#/properties/clientCertificate/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/clientCertificate',
          schemaPath: '#/properties/clientCertificate/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.userNameAuthentication !== undefined) {
      let data10 = data.userNameAuthentication;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.userNamePasswordValidationMode === undefined) {
          data10.userNamePasswordValidationMode = 'Windows';
        }
        if (data10.customUserNamePasswordValidatorType === undefined) {
          data10.customUserNamePasswordValidatorType = '';
        }
        if (data10.membershipProviderName === undefined) {
          data10.membershipProviderName = '';
        }
        if (data10.includeWindowsGroups === undefined) {
          data10.includeWindowsGroups = true;
        }
        if (data10.cacheLogonTokens === undefined) {
          data10.cacheLogonTokens = false;
        }
        if (data10.maxCachedLogonTokens === undefined) {
          data10.maxCachedLogonTokens = 128;
        }
        if (data10.cachedLogonTokenLifetime === undefined) {
          data10.cachedLogonTokenLifetime = '00:15:00';
        }
        let data11 = data10.userNamePasswordValidationMode;
        if (!(data11 === 'Windows' || data11 === 'MembershipProvider' || data11 === 'Custom')) {
          const err9 = {
            instancePath: instancePath + '/userNameAuthentication/userNamePasswordValidationMode',
            schemaPath: '#/properties/userNameAuthentication/properties/userNamePasswordValidationMode/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema122.properties.userNameAuthentication.properties.userNamePasswordValidationMode.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (typeof data10.customUserNamePasswordValidatorType !== 'string') {
          const err10 = {
            instancePath: instancePath + '/userNameAuthentication/customUserNamePasswordValidatorType',
            schemaPath:
              '#/properties/userNameAuthentication/properties/customUserNamePasswordValidatorType/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (typeof data10.membershipProviderName !== 'string') {
          const err11 = {
            instancePath: instancePath + '/userNameAuthentication/membershipProviderName',
            schemaPath: '#/properties/userNameAuthentication/properties/membershipProviderName/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (typeof data10.includeWindowsGroups !== 'boolean') {
          const err12 = {
            instancePath: instancePath + '/userNameAuthentication/includeWindowsGroups',
            schemaPath: '#/properties/userNameAuthentication/properties/includeWindowsGroups/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (typeof data10.cacheLogonTokens !== 'boolean') {
          const err13 = {
            instancePath: instancePath + '/userNameAuthentication/cacheLogonTokens',
            schemaPath: '#/properties/userNameAuthentication/properties/cacheLogonTokens/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        let data16 = data10.maxCachedLogonTokens;
        if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
          const err14 = {
            instancePath: instancePath + '/userNameAuthentication/maxCachedLogonTokens',
            schemaPath: '#/properties/userNameAuthentication/properties/maxCachedLogonTokens/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (typeof data16 == 'number' && isFinite(data16)) {
          if (data16 < 1 || isNaN(data16)) {
            const err15 = {
              instancePath: instancePath + '/userNameAuthentication/maxCachedLogonTokens',
              schemaPath: '#/properties/userNameAuthentication/properties/maxCachedLogonTokens/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 1 },
              message: 'must be >= 1',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        let data17 = data10.cachedLogonTokenLifetime;
        if (typeof data17 === 'string') {
          if (!formats0.validate(data17)) {
            const err16 = {
              instancePath: instancePath + '/userNameAuthentication/cachedLogonTokenLifetime',
              schemaPath: 'common.schema.json#/$defs/timeSpan/format',
              keyword: 'format',
              params: { format: 'timeSpan' },
              message: 'must match format "' + 'timeSpan' + '"',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = {
            instancePath: instancePath + '/userNameAuthentication/cachedLogonTokenLifetime',
            schemaPath: 'common.schema.json#/$defs/timeSpan/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (
            key2 !== 'userNamePasswordValidationMode' &&
            key2 !== 'customUserNamePasswordValidatorType' &&
            key2 !== 'membershipProviderName' &&
            key2 !== 'includeWindowsGroups' &&
            key2 !== 'cacheLogonTokens' &&
            key2 !== 'maxCachedLogonTokens' &&
            key2 !== 'cachedLogonTokenLifetime'
          ) {
            const err18 = {
              instancePath: instancePath + '/userNameAuthentication',
              schemaPath: '#/properties/userNameAuthentication/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/userNameAuthentication',
          schemaPath: '#/properties/userNameAuthentication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.windowsAuthentication !== undefined) {
      let data18 = data.windowsAuthentication;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.allowAnonymousLogons === undefined) {
          data18.allowAnonymousLogons = false;
        }
        if (data18.includeWindowsGroups === undefined) {
          data18.includeWindowsGroups = true;
        }
        if (typeof data18.allowAnonymousLogons !== 'boolean') {
          const err20 = {
            instancePath: instancePath + '/windowsAuthentication/allowAnonymousLogons',
            schemaPath: '#/properties/windowsAuthentication/properties/allowAnonymousLogons/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (typeof data18.includeWindowsGroups !== 'boolean') {
          const err21 = {
            instancePath: instancePath + '/windowsAuthentication/includeWindowsGroups',
            schemaPath: '#/properties/windowsAuthentication/properties/includeWindowsGroups/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key3 in data18) {
          if (key3 !== 'allowAnonymousLogons' && key3 !== 'includeWindowsGroups') {
            const err22 = {
              instancePath: instancePath + '/windowsAuthentication',
              schemaPath: '#/properties/windowsAuthentication/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/windowsAuthentication',
          schemaPath: '#/properties/windowsAuthentication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.issuedTokenAuthentication !== undefined) {
      let data21 = data.issuedTokenAuthentication;
      if (
        !validate103(data21, {
          instancePath: instancePath + '/issuedTokenAuthentication',
          parentData: data,
          parentDataProperty: 'issuedTokenAuthentication',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
        errors = vErrors.length;
      }
      if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
        if (data21.allowUntrustedRsaIssuers === undefined) {
          data21.allowUntrustedRsaIssuers = false;
        }
        if (data21.audienceUriMode === undefined) {
          data21.audienceUriMode = 'Always';
        }
        if (data21.trustedStoreLocation === undefined) {
          data21.trustedStoreLocation = 'LocalMachine';
        }
        if (data21.samlSerializerType === undefined) {
          data21.samlSerializerType = '';
        }
        if (typeof data21.allowUntrustedRsaIssuers !== 'boolean') {
          const err24 = {
            instancePath: instancePath + '/issuedTokenAuthentication/allowUntrustedRsaIssuers',
            schemaPath: '#/properties/issuedTokenAuthentication/properties/allowUntrustedRsaIssuers/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        let data23 = data21.audienceUriMode;
        if (!(data23 === 'Never' || data23 === 'Always' || data23 === 'BearerKeyOnly')) {
          const err25 = {
            instancePath: instancePath + '/issuedTokenAuthentication/audienceUriMode',
            schemaPath: '#/properties/issuedTokenAuthentication/properties/audienceUriMode/enum',
            keyword: 'enum',
            params: {
              allowedValues: schema122.properties.issuedTokenAuthentication.properties.audienceUriMode.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        let data24 = data21.trustedStoreLocation;
        if (!(data24 === 'CurrentUser' || data24 === 'LocalMachine')) {
          const err26 = {
            instancePath: instancePath + '/issuedTokenAuthentication/trustedStoreLocation',
            schemaPath: '#/properties/issuedTokenAuthentication/properties/trustedStoreLocation/enum',
            keyword: 'enum',
            params: {
              allowedValues:
                schema122.properties.issuedTokenAuthentication.properties.trustedStoreLocation.enum,
            },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (typeof data21.samlSerializerType !== 'string') {
          const err27 = {
            instancePath: instancePath + '/issuedTokenAuthentication/samlSerializerType',
            schemaPath: '#/properties/issuedTokenAuthentication/properties/samlSerializerType/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key4 in data21) {
          if (
            key4 !== 'allowUntrustedRsaIssuers' &&
            key4 !== 'audienceUriMode' &&
            key4 !== 'trustedStoreLocation' &&
            key4 !== 'samlSerializerType' &&
            key4 !== 'certificateValidationMode' &&
            key4 !== 'revocationMode' &&
            key4 !== 'customCertificateValidatorType'
          ) {
            const err28 = {
              instancePath: instancePath + '/issuedTokenAuthentication',
              schemaPath: '#/properties/issuedTokenAuthentication/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key4 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      }
    }
    if (data.secureConversationAuthentication !== undefined) {
      let data26 = data.secureConversationAuthentication;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        if (data26.securityStateEncoderType === undefined) {
          data26.securityStateEncoderType = '';
        }
        if (typeof data26.securityStateEncoderType !== 'string') {
          const err29 = {
            instancePath: instancePath + '/secureConversationAuthentication/securityStateEncoderType',
            schemaPath:
              '#/properties/secureConversationAuthentication/properties/securityStateEncoderType/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key5 in data26) {
          if (key5 !== 'securityStateEncoderType') {
            const err30 = {
              instancePath: instancePath + '/secureConversationAuthentication',
              schemaPath: '#/properties/secureConversationAuthentication/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key5 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/secureConversationAuthentication',
          schemaPath: '#/properties/secureConversationAuthentication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    for (const key6 in data) {
      if (
        key6 !== 'type' &&
        key6 !== 'useIdentityConfiguration' &&
        key6 !== 'identityConfiguration' &&
        key6 !== 'serviceCertificate' &&
        key6 !== 'clientCertificate' &&
        key6 !== 'userNameAuthentication' &&
        key6 !== 'windowsAuthentication' &&
        key6 !== 'issuedTokenAuthentication' &&
        key6 !== 'secureConversationAuthentication'
      ) {
        const err32 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key6 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
validate99.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate98(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      data.name = '';
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'serviceCredentials' ||
        key0 === 'serviceDebug' ||
        key0 === 'serviceThrottling' ||
        key0 === 'serviceMetadata'
      )) {
        let data0 = data[key0];
        if (!(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
          const err0 = {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    if (typeof data.name !== 'string') {
      const err1 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.serviceCredentials !== undefined) {
      if (
        !validate99(data.serviceCredentials, {
          instancePath: instancePath + '/serviceCredentials',
          parentData: data,
          parentDataProperty: 'serviceCredentials',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceDebug !== undefined) {
      let data3 = data.serviceDebug;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.includeExceptionDetailInFaults === undefined) {
          data3.includeExceptionDetailInFaults = false;
        }
        if (data3.httpHelpPageEnabled === undefined) {
          data3.httpHelpPageEnabled = true;
        }
        if (data3.httpsHelpPageEnabled === undefined) {
          data3.httpsHelpPageEnabled = true;
        }
        if (data3.httpHelpPageUrl === undefined) {
          data3.httpHelpPageUrl = '';
        }
        if (data3.httpsHelpPageUrl === undefined) {
          data3.httpsHelpPageUrl = '';
        }
        if (data3.httpHelpPageBinding === undefined) {
          data3.httpHelpPageBinding = '';
        }
        if (data3.httpHelpPageBindingConfiguration === undefined) {
          data3.httpHelpPageBindingConfiguration = '';
        }
        if (data3.httpsHelpPageBinding === undefined) {
          data3.httpsHelpPageBinding = '';
        }
        if (data3.httpsHelpPageBindingConfiguration === undefined) {
          data3.httpsHelpPageBindingConfiguration = '';
        }
        if (typeof data3.includeExceptionDetailInFaults !== 'boolean') {
          const err2 = {
            instancePath: instancePath + '/serviceDebug/includeExceptionDetailInFaults',
            schemaPath: '#/$defs/serviceDebug/properties/includeExceptionDetailInFaults/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (typeof data3.httpHelpPageEnabled !== 'boolean') {
          const err3 = {
            instancePath: instancePath + '/serviceDebug/httpHelpPageEnabled',
            schemaPath: '#/$defs/serviceDebug/properties/httpHelpPageEnabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (typeof data3.httpsHelpPageEnabled !== 'boolean') {
          const err4 = {
            instancePath: instancePath + '/serviceDebug/httpsHelpPageEnabled',
            schemaPath: '#/$defs/serviceDebug/properties/httpsHelpPageEnabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (typeof data3.httpHelpPageUrl !== 'string') {
          const err5 = {
            instancePath: instancePath + '/serviceDebug/httpHelpPageUrl',
            schemaPath: '#/$defs/serviceDebug/properties/httpHelpPageUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (typeof data3.httpsHelpPageUrl !== 'string') {
          const err6 = {
            instancePath: instancePath + '/serviceDebug/httpsHelpPageUrl',
            schemaPath: '#/$defs/serviceDebug/properties/httpsHelpPageUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (typeof data3.httpHelpPageBinding !== 'string') {
          const err7 = {
            instancePath: instancePath + '/serviceDebug/httpHelpPageBinding',
            schemaPath: '#/$defs/serviceDebug/properties/httpHelpPageBinding/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (typeof data3.httpHelpPageBindingConfiguration !== 'string') {
          const err8 = {
            instancePath: instancePath + '/serviceDebug/httpHelpPageBindingConfiguration',
            schemaPath: '#/$defs/serviceDebug/properties/httpHelpPageBindingConfiguration/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (typeof data3.httpsHelpPageBinding !== 'string') {
          const err9 = {
            instancePath: instancePath + '/serviceDebug/httpsHelpPageBinding',
            schemaPath: '#/$defs/serviceDebug/properties/httpsHelpPageBinding/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (typeof data3.httpsHelpPageBindingConfiguration !== 'string') {
          const err10 = {
            instancePath: instancePath + '/serviceDebug/httpsHelpPageBindingConfiguration',
            schemaPath: '#/$defs/serviceDebug/properties/httpsHelpPageBindingConfiguration/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (
            key1 !== 'includeExceptionDetailInFaults' &&
            key1 !== 'httpHelpPageEnabled' &&
            key1 !== 'httpsHelpPageEnabled' &&
            key1 !== 'httpHelpPageUrl' &&
            key1 !== 'httpsHelpPageUrl' &&
            key1 !== 'httpHelpPageBinding' &&
            key1 !== 'httpHelpPageBindingConfiguration' &&
            key1 !== 'httpsHelpPageBinding' &&
            key1 !== 'httpsHelpPageBindingConfiguration'
          ) {
            const err11 = {
              instancePath: instancePath + '/serviceDebug',
              schemaPath: '#/$defs/serviceDebug/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/serviceDebug',
          schemaPath: '#/$defs/serviceDebug/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.serviceThrottling !== undefined) {
      let data13 = data.serviceThrottling;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.maxConcurrentCalls !== undefined) {
          let data14 = data13.maxConcurrentCalls;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err13 = {
              instancePath: instancePath + '/serviceThrottling/maxConcurrentCalls',
              schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentCalls/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data14 == 'number' && isFinite(data14)) {
            if (data14 > 2147483647 || isNaN(data14)) {
              const err14 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentCalls',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentCalls/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 2147483647 },
                message: 'must be <= 2147483647',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data14 < 1 || isNaN(data14)) {
              const err15 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentCalls',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentCalls/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data13.maxConcurrentSessions !== undefined) {
          let data15 = data13.maxConcurrentSessions;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err16 = {
              instancePath: instancePath + '/serviceThrottling/maxConcurrentSessions',
              schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentSessions/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 > 2147483647 || isNaN(data15)) {
              const err17 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentSessions',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentSessions/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 2147483647 },
                message: 'must be <= 2147483647',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err18 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentSessions',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentSessions/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data13.maxConcurrentInstances !== undefined) {
          let data16 = data13.maxConcurrentInstances;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err19 = {
              instancePath: instancePath + '/serviceThrottling/maxConcurrentInstances',
              schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentInstances/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 > 2147483647 || isNaN(data16)) {
              const err20 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentInstances',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentInstances/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 2147483647 },
                message: 'must be <= 2147483647',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data16 < 1 || isNaN(data16)) {
              const err21 = {
                instancePath: instancePath + '/serviceThrottling/maxConcurrentInstances',
                schemaPath: '#/$defs/serviceThrottling/properties/maxConcurrentInstances/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        for (const key2 in data13) {
          if (
            key2 !== 'maxConcurrentCalls' &&
            key2 !== 'maxConcurrentSessions' &&
            key2 !== 'maxConcurrentInstances'
          ) {
            const err22 = {
              instancePath: instancePath + '/serviceThrottling',
              schemaPath: '#/$defs/serviceThrottling/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/serviceThrottling',
          schemaPath: '#/$defs/serviceThrottling/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.serviceMetadata !== undefined) {
      let data17 = data.serviceMetadata;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        if (data17.httpGetEnabled === undefined) {
          data17.httpGetEnabled = false;
        }
        if (data17.httpsGetEnabled === undefined) {
          data17.httpsGetEnabled = false;
        }
        if (data17.httpGetUrl === undefined) {
          data17.httpGetUrl = '';
        }
        if (data17.httpsGetUrl === undefined) {
          data17.httpsGetUrl = '';
        }
        if (data17.httpGetBinding === undefined) {
          data17.httpGetBinding = '';
        }
        if (data17.httpGetBindingConfiguration === undefined) {
          data17.httpGetBindingConfiguration = '';
        }
        if (data17.httpsGetBinding === undefined) {
          data17.httpsGetBinding = '';
        }
        if (data17.httpsGetBindingConfiguration === undefined) {
          data17.httpsGetBindingConfiguration = '';
        }
        if (data17.externalMetadataLocation === undefined) {
          data17.externalMetadataLocation = '';
        }
        if (data17.policyVersion === undefined) {
          data17.policyVersion = 'Default';
        }
        if (typeof data17.httpGetEnabled !== 'boolean') {
          const err24 = {
            instancePath: instancePath + '/serviceMetadata/httpGetEnabled',
            schemaPath: '#/$defs/serviceMetadata/properties/httpGetEnabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (typeof data17.httpsGetEnabled !== 'boolean') {
          const err25 = {
            instancePath: instancePath + '/serviceMetadata/httpsGetEnabled',
            schemaPath: '#/$defs/serviceMetadata/properties/httpsGetEnabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (typeof data17.httpGetUrl !== 'string') {
          const err26 = {
            instancePath: instancePath + '/serviceMetadata/httpGetUrl',
            schemaPath: '#/$defs/serviceMetadata/properties/httpGetUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (typeof data17.httpsGetUrl !== 'string') {
          const err27 = {
            instancePath: instancePath + '/serviceMetadata/httpsGetUrl',
            schemaPath: '#/$defs/serviceMetadata/properties/httpsGetUrl/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (typeof data17.httpGetBinding !== 'string') {
          const err28 = {
            instancePath: instancePath + '/serviceMetadata/httpGetBinding',
            schemaPath: '#/$defs/serviceMetadata/properties/httpGetBinding/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (typeof data17.httpGetBindingConfiguration !== 'string') {
          const err29 = {
            instancePath: instancePath + '/serviceMetadata/httpGetBindingConfiguration',
            schemaPath: '#/$defs/serviceMetadata/properties/httpGetBindingConfiguration/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (typeof data17.httpsGetBinding !== 'string') {
          const err30 = {
            instancePath: instancePath + '/serviceMetadata/httpsGetBinding',
            schemaPath: '#/$defs/serviceMetadata/properties/httpsGetBinding/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (typeof data17.httpsGetBindingConfiguration !== 'string') {
          const err31 = {
            instancePath: instancePath + '/serviceMetadata/httpsGetBindingConfiguration',
            schemaPath: '#/$defs/serviceMetadata/properties/httpsGetBindingConfiguration/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (typeof data17.externalMetadataLocation !== 'string') {
          const err32 = {
            instancePath: instancePath + '/serviceMetadata/externalMetadataLocation',
            schemaPath: '#/$defs/serviceMetadata/properties/externalMetadataLocation/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        let data27 = data17.policyVersion;
        if (!(data27 === 'Default' || data27 === 'Policy12' || data27 === 'Policy15')) {
          const err33 = {
            instancePath: instancePath + '/serviceMetadata/policyVersion',
            schemaPath: '#/$defs/serviceMetadata/properties/policyVersion/enum',
            keyword: 'enum',
            params: { allowedValues: schema131.properties.policyVersion.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key3 in data17) {
          if (
            key3 !== 'httpGetEnabled' &&
            key3 !== 'httpsGetEnabled' &&
            key3 !== 'httpGetUrl' &&
            key3 !== 'httpsGetUrl' &&
            key3 !== 'httpGetBinding' &&
            key3 !== 'httpGetBindingConfiguration' &&
            key3 !== 'httpsGetBinding' &&
            key3 !== 'httpsGetBindingConfiguration' &&
            key3 !== 'externalMetadataLocation' &&
            key3 !== 'policyVersion'
          ) {
            const err34 = {
              instancePath: instancePath + '/serviceMetadata',
              schemaPath: '#/$defs/serviceMetadata/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/serviceMetadata',
          schemaPath: '#/$defs/serviceMetadata/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema132 = {
  type: 'object',
  properties: {
    name: { type: 'string', default: '' },
    clientCredentials: { $ref: '#/$defs/clientCredentials' },
  },
  additionalProperties: {
    type: 'object',
    'x-extension': 'behaviorExtensions',
    description: 'A behavior registered under <extensions><behaviorExtensions>.',
  },
};
const schema133 = {
  type: 'object',
  description: "<clientCredentials>: the client's certificate and how the service is authenticated.",
  properties: {
    type: { type: 'string', default: '', description: 'A custom ClientCredentials type (not supported).' },
    supportInteractive: { type: 'boolean', default: true },
    useIdentityConfiguration: { type: 'boolean', default: false },
    clientCertificate: {
      $ref: 'common.schema.json#/$defs/certificateCurrentUser',
      description: 'The client certificate (with private key).',
    },
    serviceCertificate: {
      type: 'object',
      properties: {
        defaultCertificate: { $ref: 'common.schema.json#/$defs/certificateCurrentUser' },
        scopedCertificates: {
          type: 'object',
          properties: {
            add: {
              type: 'array',
              'x-collection': { key: ['targetUri'] },
              items: {
                $ref: 'common.schema.json#/$defs/certificateFields',
                properties: {
                  targetUri: { type: 'string' },
                  storeLocation: { enum: ['CurrentUser', 'LocalMachine'], default: 'CurrentUser' },
                },
                required: ['targetUri'],
                unevaluatedProperties: false,
              },
            },
          },
          unevaluatedProperties: false,
        },
        authentication: { $ref: '#/$defs/serviceCertificateAuthentication' },
        sslCertificateAuthentication: {
          $ref: '#/$defs/serviceCertificateAuthentication',
          description: 'How the TLS certificate of an https service is trusted.',
        },
      },
      unevaluatedProperties: false,
    },
    windows: {
      type: 'object',
      properties: {
        allowedImpersonationLevel: {
          enum: ['None', 'Anonymous', 'Identification', 'Impersonation', 'Delegation'],
          default: 'Identification',
        },
        allowNtlm: { type: 'boolean', default: true },
      },
      unevaluatedProperties: false,
    },
    httpDigest: {
      type: 'object',
      properties: {
        impersonationLevel: {
          enum: ['None', 'Anonymous', 'Identification', 'Impersonation', 'Delegation'],
          default: 'Identification',
        },
      },
      unevaluatedProperties: false,
    },
    issuedToken: {
      type: 'object',
      properties: {
        cacheIssuedTokens: { type: 'boolean', default: true },
        defaultKeyEntropyMode: {
          enum: ['ClientEntropy', 'ServerEntropy', 'CombinedEntropy'],
          default: 'CombinedEntropy',
        },
        issuedTokenRenewalThresholdPercentage: { type: 'integer', minimum: 0, maximum: 100, default: 60 },
        maxIssuedTokenCachingTime: {
          $ref: 'common.schema.json#/$defs/timeSpan',
          default: '10675199.02:48:05.4775807',
        },
        localIssuerChannelBehaviors: { type: 'string', default: '' },
      },
      unevaluatedProperties: false,
    },
  },
  unevaluatedProperties: false,
};
const schema134 = {
  $ref: '#/$defs/certificateFields',
  properties: {
    storeLocation: {
      enum: ['CurrentUser', 'LocalMachine'],
      default: 'CurrentUser',
      description: 'Store location (client side default CurrentUser).',
    },
  },
  unevaluatedProperties: false,
};
function validate110(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.findValue === undefined) {
      data.findValue = '';
    }
    if (data.storeName === undefined) {
      data.storeName = 'My';
    }
    if (data.x509FindType === undefined) {
      data.x509FindType = 'FindBySubjectDistinguishedName';
    }
    if (typeof data.findValue !== 'string') {
      const err0 = {
        instancePath: instancePath + '/findValue',
        schemaPath: '#/$defs/certificateFields/properties/findValue/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    let data1 = data.storeName;
    if (!(
      data1 === 'AddressBook' ||
      data1 === 'AuthRoot' ||
      data1 === 'CertificateAuthority' ||
      data1 === 'Disallowed' ||
      data1 === 'My' ||
      data1 === 'Root' ||
      data1 === 'TrustedPeople' ||
      data1 === 'TrustedPublisher'
    )) {
      const err1 = {
        instancePath: instancePath + '/storeName',
        schemaPath: '#/$defs/certificateFields/properties/storeName/enum',
        keyword: 'enum',
        params: { allowedValues: schema80.properties.storeName.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data2 = data.x509FindType;
    if (!(
      data2 === 'FindByThumbprint' ||
      data2 === 'FindBySubjectName' ||
      data2 === 'FindBySubjectDistinguishedName' ||
      data2 === 'FindByIssuerName' ||
      data2 === 'FindByIssuerDistinguishedName' ||
      data2 === 'FindBySerialNumber' ||
      data2 === 'FindByTimeValid' ||
      data2 === 'FindByTimeNotYetValid' ||
      data2 === 'FindByTimeExpired' ||
      data2 === 'FindByTemplateName' ||
      data2 === 'FindByApplicationPolicy' ||
      data2 === 'FindByCertificatePolicy' ||
      data2 === 'FindByExtension' ||
      data2 === 'FindByKeyUsage' ||
      data2 === 'FindBySubjectKeyIdentifier'
    )) {
      const err2 = {
        instancePath: instancePath + '/x509FindType',
        schemaPath: '#/$defs/certificateFields/properties/x509FindType/enum',
        keyword: 'enum',
        params: { allowedValues: schema80.properties.x509FindType.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.file !== undefined) {
      if (typeof data.file !== 'string') {
        const err3 = {
          instancePath: instancePath + '/file',
          schemaPath: '#/$defs/certificateFields/properties/file/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.keyFile !== undefined) {
      if (typeof data.keyFile !== 'string') {
        const err4 = {
          instancePath: instancePath + '/keyFile',
          schemaPath: '#/$defs/certificateFields/properties/keyFile/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.passwordEnvironmentVariable !== undefined) {
      if (typeof data.passwordEnvironmentVariable !== 'string') {
        const err5 = {
          instancePath: instancePath + '/passwordEnvironmentVariable',
          schemaPath: '#/$defs/certificateFields/properties/passwordEnvironmentVariable/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/$defs/certificateFields/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.storeLocation === undefined) {
      data.storeLocation = 'CurrentUser';
    }
    let data6 = data.storeLocation;
    if (!(data6 === 'CurrentUser' || data6 === 'LocalMachine')) {
      const err7 = {
        instancePath: instancePath + '/storeLocation',
        schemaPath: '#/properties/storeLocation/enum',
        keyword: 'enum',
        params: { allowedValues: schema134.properties.storeLocation.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'storeLocation' &&
        key0 !== 'findValue' &&
        key0 !== 'storeName' &&
        key0 !== 'x509FindType' &&
        key0 !== 'file' &&
        key0 !== 'keyFile' &&
        key0 !== 'passwordEnvironmentVariable'
      ) {
        const err8 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema137 = {
  $ref: '#/$defs/x509Authentication',
  properties: {
    trustedStoreLocation: {
      enum: ['CurrentUser', 'LocalMachine'],
      default: 'CurrentUser',
      description: 'Where trusted roots (Root) and peers (TrustedPeople) are found.',
    },
  },
  unevaluatedProperties: false,
};
function validate113(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate113.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (!validate103(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.trustedStoreLocation === undefined) {
      data.trustedStoreLocation = 'CurrentUser';
    }
    let data0 = data.trustedStoreLocation;
    if (!(data0 === 'CurrentUser' || data0 === 'LocalMachine')) {
      const err0 = {
        instancePath: instancePath + '/trustedStoreLocation',
        schemaPath: '#/properties/trustedStoreLocation/enum',
        keyword: 'enum',
        params: { allowedValues: schema137.properties.trustedStoreLocation.enum },
        message: 'must be equal to one of the allowed values',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (
        key0 !== 'trustedStoreLocation' &&
        key0 !== 'certificateValidationMode' &&
        key0 !== 'revocationMode' &&
        key0 !== 'customCertificateValidatorType'
      ) {
        const err1 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  }
  validate113.errors = vErrors;
  return errors === 0;
}
validate113.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate109(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      data.type = '';
    }
    if (data.supportInteractive === undefined) {
      data.supportInteractive = true;
    }
    if (data.useIdentityConfiguration === undefined) {
      data.useIdentityConfiguration = false;
    }
    if (typeof data.type !== 'string') {
      const err0 = {
        instancePath: instancePath + '/type',
        schemaPath: '#/properties/type/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data.supportInteractive !== 'boolean') {
      const err1 = {
        instancePath: instancePath + '/supportInteractive',
        schemaPath: '#/properties/supportInteractive/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data.useIdentityConfiguration !== 'boolean') {
      const err2 = {
        instancePath: instancePath + '/useIdentityConfiguration',
        schemaPath: '#/properties/useIdentityConfiguration/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.clientCertificate !== undefined) {
      if (
        !validate110(data.clientCertificate, {
          instancePath: instancePath + '/clientCertificate',
          parentData: data,
          parentDataProperty: 'clientCertificate',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceCertificate !== undefined) {
      let data4 = data.serviceCertificate;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.defaultCertificate !== undefined) {
          if (
            !validate110(data4.defaultCertificate, {
              instancePath: instancePath + '/serviceCertificate/defaultCertificate',
              parentData: data4,
              parentDataProperty: 'defaultCertificate',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
            errors = vErrors.length;
          }
        }
        if (data4.scopedCertificates !== undefined) {
          let data6 = data4.scopedCertificates;
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            if (data6.add !== undefined) {
              let data7 = data6.add;
              if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data8 = data7[i0];
                  if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                    if (data8.findValue === undefined) {
                      data8.findValue = '';
                    }
                    if (data8.storeName === undefined) {
                      data8.storeName = 'My';
                    }
                    if (data8.x509FindType === undefined) {
                      data8.x509FindType = 'FindBySubjectDistinguishedName';
                    }
                    if (typeof data8.findValue !== 'string') {
                      const err3 = {
                        instancePath:
                          instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/findValue',
                        schemaPath: 'common.schema.json#/$defs/certificateFields/properties/findValue/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                    }
                    let data10 = data8.storeName;
                    if (!(
                      data10 === 'AddressBook' ||
                      data10 === 'AuthRoot' ||
                      data10 === 'CertificateAuthority' ||
                      data10 === 'Disallowed' ||
                      data10 === 'My' ||
                      data10 === 'Root' ||
                      data10 === 'TrustedPeople' ||
                      data10 === 'TrustedPublisher'
                    )) {
                      const err4 = {
                        instancePath:
                          instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/storeName',
                        schemaPath: 'common.schema.json#/$defs/certificateFields/properties/storeName/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema80.properties.storeName.enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                    let data11 = data8.x509FindType;
                    if (!(
                      data11 === 'FindByThumbprint' ||
                      data11 === 'FindBySubjectName' ||
                      data11 === 'FindBySubjectDistinguishedName' ||
                      data11 === 'FindByIssuerName' ||
                      data11 === 'FindByIssuerDistinguishedName' ||
                      data11 === 'FindBySerialNumber' ||
                      data11 === 'FindByTimeValid' ||
                      data11 === 'FindByTimeNotYetValid' ||
                      data11 === 'FindByTimeExpired' ||
                      data11 === 'FindByTemplateName' ||
                      data11 === 'FindByApplicationPolicy' ||
                      data11 === 'FindByCertificatePolicy' ||
                      data11 === 'FindByExtension' ||
                      data11 === 'FindByKeyUsage' ||
                      data11 === 'FindBySubjectKeyIdentifier'
                    )) {
                      const err5 = {
                        instancePath:
                          instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/x509FindType',
                        schemaPath:
                          'common.schema.json#/$defs/certificateFields/properties/x509FindType/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema80.properties.x509FindType.enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                    if (data8.file !== undefined) {
                      if (typeof data8.file !== 'string') {
                        const err6 = {
                          instancePath:
                            instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/file',
                          schemaPath: 'common.schema.json#/$defs/certificateFields/properties/file/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                      }
                    }
                    if (data8.keyFile !== undefined) {
                      if (typeof data8.keyFile !== 'string') {
                        const err7 = {
                          instancePath:
                            instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/keyFile',
                          schemaPath: 'common.schema.json#/$defs/certificateFields/properties/keyFile/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    if (data8.passwordEnvironmentVariable !== undefined) {
                      if (typeof data8.passwordEnvironmentVariable !== 'string') {
                        const err8 = {
                          instancePath:
                            instancePath +
                            '/serviceCertificate/scopedCertificates/add/' +
                            i0 +
                            '/passwordEnvironmentVariable',
                          schemaPath:
                            'common.schema.json#/$defs/certificateFields/properties/passwordEnvironmentVariable/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err9 = {
                      instancePath: instancePath + '/serviceCertificate/scopedCertificates/add/' + i0,
                      schemaPath: 'common.schema.json#/$defs/certificateFields/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                    if (data8.storeLocation === undefined) {
                      data8.storeLocation = 'CurrentUser';
                    }
                    if (data8.targetUri === undefined) {
                      const err10 = {
                        instancePath: instancePath + '/serviceCertificate/scopedCertificates/add/' + i0,
                        schemaPath:
                          '#/properties/serviceCertificate/properties/scopedCertificates/properties/add/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'targetUri' },
                        message: "must have required property '" + 'targetUri' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    if (data8.targetUri !== undefined) {
                      if (typeof data8.targetUri !== 'string') {
                        const err11 = {
                          instancePath:
                            instancePath + '/serviceCertificate/scopedCertificates/add/' + i0 + '/targetUri',
                          schemaPath:
                            '#/properties/serviceCertificate/properties/scopedCertificates/properties/add/items/properties/targetUri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                    let data16 = data8.storeLocation;
                    if (!(data16 === 'CurrentUser' || data16 === 'LocalMachine')) {
                      const err12 = {
                        instancePath:
                          instancePath +
                          '/serviceCertificate/scopedCertificates/add/' +
                          i0 +
                          '/storeLocation',
                        schemaPath:
                          '#/properties/serviceCertificate/properties/scopedCertificates/properties/add/items/properties/storeLocation/enum',
                        keyword: 'enum',
                        params: {
                          allowedValues:
                            schema133.properties.serviceCertificate.properties.scopedCertificates.properties
                              .add.items.properties.storeLocation.enum,
                        },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                    for (const key0 in data8) {
                      if (
                        key0 !== 'targetUri' &&
                        key0 !== 'storeLocation' &&
                        key0 !== 'findValue' &&
                        key0 !== 'storeName' &&
                        key0 !== 'x509FindType' &&
                        key0 !== 'file' &&
                        key0 !== 'keyFile' &&
                        key0 !== 'passwordEnvironmentVariable'
                      ) {
                        const err13 = {
                          instancePath: instancePath + '/serviceCertificate/scopedCertificates/add/' + i0,
                          schemaPath:
                            '#/properties/serviceCertificate/properties/scopedCertificates/properties/add/items/unevaluatedProperties',
                          keyword: 'unevaluatedProperties',
                          params: { unevaluatedProperty: key0 },
                          message: 'must NOT have unevaluated properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  }
                }
              } else {
                const err14 = {
                  instancePath: instancePath + '/serviceCertificate/scopedCertificates/add',
                  schemaPath:
                    '#/properties/serviceCertificate/properties/scopedCertificates/properties/add/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            for (const key1 in data6) {
              if (key1 !== 'add') {
                const err15 = {
                  instancePath: instancePath + '/serviceCertificate/scopedCertificates',
                  schemaPath:
                    '#/properties/serviceCertificate/properties/scopedCertificates/unevaluatedProperties',
                  keyword: 'unevaluatedProperties',
                  params: { unevaluatedProperty: key1 },
                  message: 'must NOT have unevaluated properties',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/serviceCertificate/scopedCertificates',
              schemaPath: '#/properties/serviceCertificate/properties/scopedCertificates/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.authentication !== undefined) {
          if (
            !validate113(data4.authentication, {
              instancePath: instancePath + '/serviceCertificate/authentication',
              parentData: data4,
              parentDataProperty: 'authentication',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
        if (data4.sslCertificateAuthentication !== undefined) {
          if (
            !validate113(data4.sslCertificateAuthentication, {
              instancePath: instancePath + '/serviceCertificate/sslCertificateAuthentication',
              parentData: data4,
              parentDataProperty: 'sslCertificateAuthentication',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
        for (const key2 in data4) {
          if (
            key2 !== 'defaultCertificate' &&
            key2 !== 'scopedCertificates' &&
            key2 !== 'authentication' &&
            key2 !== 'sslCertificateAuthentication'
          ) {
            const err17 = {
              instancePath: instancePath + '/serviceCertificate',
              schemaPath: '#/properties/serviceCertificate/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key2 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/serviceCertificate',
          schemaPath: '#/properties/serviceCertificate/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.windows !== undefined) {
      let data19 = data.windows;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        if (data19.allowedImpersonationLevel === undefined) {
          data19.allowedImpersonationLevel = 'Identification';
        }
        if (data19.allowNtlm === undefined) {
          data19.allowNtlm = true;
        }
        let data20 = data19.allowedImpersonationLevel;
        if (!(
          data20 === 'None' ||
          data20 === 'Anonymous' ||
          data20 === 'Identification' ||
          data20 === 'Impersonation' ||
          data20 === 'Delegation'
        )) {
          const err19 = {
            instancePath: instancePath + '/windows/allowedImpersonationLevel',
            schemaPath: '#/properties/windows/properties/allowedImpersonationLevel/enum',
            keyword: 'enum',
            params: { allowedValues: schema133.properties.windows.properties.allowedImpersonationLevel.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (typeof data19.allowNtlm !== 'boolean') {
          const err20 = {
            instancePath: instancePath + '/windows/allowNtlm',
            schemaPath: '#/properties/windows/properties/allowNtlm/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key3 in data19) {
          if (key3 !== 'allowedImpersonationLevel' && key3 !== 'allowNtlm') {
            const err21 = {
              instancePath: instancePath + '/windows',
              schemaPath: '#/properties/windows/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/windows',
          schemaPath: '#/properties/windows/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.httpDigest !== undefined) {
      let data22 = data.httpDigest;
      if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
        if (data22.impersonationLevel === undefined) {
          data22.impersonationLevel = 'Identification';
        }
        let data23 = data22.impersonationLevel;
        if (!(
          data23 === 'None' ||
          data23 === 'Anonymous' ||
          data23 === 'Identification' ||
          data23 === 'Impersonation' ||
          data23 === 'Delegation'
        )) {
          const err23 = {
            instancePath: instancePath + '/httpDigest/impersonationLevel',
            schemaPath: '#/properties/httpDigest/properties/impersonationLevel/enum',
            keyword: 'enum',
            params: { allowedValues: schema133.properties.httpDigest.properties.impersonationLevel.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (key4 !== 'impersonationLevel') {
            const err24 = {
              instancePath: instancePath + '/httpDigest',
              schemaPath: '#/properties/httpDigest/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key4 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/httpDigest',
          schemaPath: '#/properties/httpDigest/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.issuedToken !== undefined) {
      let data24 = data.issuedToken;
      if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
        if (data24.cacheIssuedTokens === undefined) {
          data24.cacheIssuedTokens = true;
        }
        if (data24.defaultKeyEntropyMode === undefined) {
          data24.defaultKeyEntropyMode = 'CombinedEntropy';
        }
        if (data24.issuedTokenRenewalThresholdPercentage === undefined) {
          data24.issuedTokenRenewalThresholdPercentage = 60;
        }
        if (data24.maxIssuedTokenCachingTime === undefined) {
          data24.maxIssuedTokenCachingTime = '10675199.02:48:05.4775807';
        }
        if (data24.localIssuerChannelBehaviors === undefined) {
          data24.localIssuerChannelBehaviors = '';
        }
        if (typeof data24.cacheIssuedTokens !== 'boolean') {
          const err26 = {
            instancePath: instancePath + '/issuedToken/cacheIssuedTokens',
            schemaPath: '#/properties/issuedToken/properties/cacheIssuedTokens/type',
            keyword: 'type',
            params: { type: 'boolean' },
            message: 'must be boolean',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        let data26 = data24.defaultKeyEntropyMode;
        if (!(data26 === 'ClientEntropy' || data26 === 'ServerEntropy' || data26 === 'CombinedEntropy')) {
          const err27 = {
            instancePath: instancePath + '/issuedToken/defaultKeyEntropyMode',
            schemaPath: '#/properties/issuedToken/properties/defaultKeyEntropyMode/enum',
            keyword: 'enum',
            params: { allowedValues: schema133.properties.issuedToken.properties.defaultKeyEntropyMode.enum },
            message: 'must be equal to one of the allowed values',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        let data27 = data24.issuedTokenRenewalThresholdPercentage;
        if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
          const err28 = {
            instancePath: instancePath + '/issuedToken/issuedTokenRenewalThresholdPercentage',
            schemaPath: '#/properties/issuedToken/properties/issuedTokenRenewalThresholdPercentage/type',
            keyword: 'type',
            params: { type: 'integer' },
            message: 'must be integer',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (typeof data27 == 'number' && isFinite(data27)) {
          if (data27 > 100 || isNaN(data27)) {
            const err29 = {
              instancePath: instancePath + '/issuedToken/issuedTokenRenewalThresholdPercentage',
              schemaPath: '#/properties/issuedToken/properties/issuedTokenRenewalThresholdPercentage/maximum',
              keyword: 'maximum',
              params: { comparison: '<=', limit: 100 },
              message: 'must be <= 100',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (data27 < 0 || isNaN(data27)) {
            const err30 = {
              instancePath: instancePath + '/issuedToken/issuedTokenRenewalThresholdPercentage',
              schemaPath: '#/properties/issuedToken/properties/issuedTokenRenewalThresholdPercentage/minimum',
              keyword: 'minimum',
              params: { comparison: '>=', limit: 0 },
              message: 'must be >= 0',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let data28 = data24.maxIssuedTokenCachingTime;
        if (typeof data28 === 'string') {
          if (!formats0.validate(data28)) {
            const err31 = {
              instancePath: instancePath + '/issuedToken/maxIssuedTokenCachingTime',
              schemaPath: 'common.schema.json#/$defs/timeSpan/format',
              keyword: 'format',
              params: { format: 'timeSpan' },
              message: 'must match format "' + 'timeSpan' + '"',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        } else {
          const err32 = {
            instancePath: instancePath + '/issuedToken/maxIssuedTokenCachingTime',
            schemaPath: 'common.schema.json#/$defs/timeSpan/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (typeof data24.localIssuerChannelBehaviors !== 'string') {
          const err33 = {
            instancePath: instancePath + '/issuedToken/localIssuerChannelBehaviors',
            schemaPath: '#/properties/issuedToken/properties/localIssuerChannelBehaviors/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key5 in data24) {
          if (
            key5 !== 'cacheIssuedTokens' &&
            key5 !== 'defaultKeyEntropyMode' &&
            key5 !== 'issuedTokenRenewalThresholdPercentage' &&
            key5 !== 'maxIssuedTokenCachingTime' &&
            key5 !== 'localIssuerChannelBehaviors'
          ) {
            const err34 = {
              instancePath: instancePath + '/issuedToken',
              schemaPath: '#/properties/issuedToken/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key5 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/issuedToken',
          schemaPath: '#/properties/issuedToken/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    for (const key6 in data) {
      if (
        key6 !== 'type' &&
        key6 !== 'supportInteractive' &&
        key6 !== 'useIdentityConfiguration' &&
        key6 !== 'clientCertificate' &&
        key6 !== 'serviceCertificate' &&
        key6 !== 'windows' &&
        key6 !== 'httpDigest' &&
        key6 !== 'issuedToken'
      ) {
        const err36 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key6 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate108(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      data.name = '';
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'clientCredentials')) {
        let data0 = data[key0];
        if (!(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
          const err0 = {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    if (typeof data.name !== 'string') {
      const err1 = {
        instancePath: instancePath + '/name',
        schemaPath: '#/properties/name/type',
        keyword: 'type',
        params: { type: 'string' },
        message: 'must be string',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.clientCredentials !== undefined) {
      if (
        !validate109(data.clientCredentials, {
          instancePath: instancePath + '/clientCredentials',
          parentData: data,
          parentDataProperty: 'clientCredentials',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate97(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate97.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.serviceBehaviors === undefined) {
      data.serviceBehaviors = {};
    }
    if (data.endpointBehaviors === undefined) {
      data.endpointBehaviors = {};
    }
    let data0 = data.serviceBehaviors;
    if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
      if (data0.behavior !== undefined) {
        let data1 = data0.behavior;
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !validate98(data1[i0], {
                instancePath: instancePath + '/serviceBehaviors/behavior/' + i0,
                parentData: data1,
                parentDataProperty: i0,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err0 = {
            instancePath: instancePath + '/serviceBehaviors/behavior',
            schemaPath: '#/properties/serviceBehaviors/properties/behavior/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      for (const key0 in data0) {
        if (key0 !== 'behavior') {
          const err1 = {
            instancePath: instancePath + '/serviceBehaviors',
            schemaPath: '#/properties/serviceBehaviors/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key0 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    } else {
      const err2 = {
        instancePath: instancePath + '/serviceBehaviors',
        schemaPath: '#/properties/serviceBehaviors/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    let data3 = data.endpointBehaviors;
    if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
      if (data3.behavior !== undefined) {
        let data4 = data3.behavior;
        if (Array.isArray(data4)) {
          const len1 = data4.length;
          for (let i1 = 0; i1 < len1; i1++) {
            if (
              !validate108(data4[i1], {
                instancePath: instancePath + '/endpointBehaviors/behavior/' + i1,
                parentData: data4,
                parentDataProperty: i1,
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err3 = {
            instancePath: instancePath + '/endpointBehaviors/behavior',
            schemaPath: '#/properties/endpointBehaviors/properties/behavior/type',
            keyword: 'type',
            params: { type: 'array' },
            message: 'must be array',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      for (const key1 in data3) {
        if (key1 !== 'behavior') {
          const err4 = {
            instancePath: instancePath + '/endpointBehaviors',
            schemaPath: '#/properties/endpointBehaviors/unevaluatedProperties',
            keyword: 'unevaluatedProperties',
            params: { unevaluatedProperty: key1 },
            message: 'must NOT have unevaluated properties',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = {
        instancePath: instancePath + '/endpointBehaviors',
        schemaPath: '#/properties/endpointBehaviors/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key2 in data) {
      if (key2 !== 'serviceBehaviors' && key2 !== 'endpointBehaviors') {
        const err6 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key2 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
validate97.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema139 = {
  type: 'object',
  description: "<extensions>: element names bound to code, registered into Indigo's DI registry.",
  properties: {
    bindingElementExtensions: {
      $ref: '#/$defs/extensionCollection',
      description:
        'Binding element kinds for <customBinding>: the export is a BindingElement class (constructed without arguments; attributes set its properties).',
    },
    bindingExtensions: {
      $ref: '#/$defs/extensionCollection',
      description:
        'Binding types for <bindings>: the export is a Binding class (constructed without arguments; attributes set its properties).',
    },
    behaviorExtensions: {
      $ref: '#/$defs/extensionCollection',
      description:
        'Behaviors: the export is a class with applyDispatchBehavior(host, endpoint?) and/or applyClientBehavior(factory) (see Extensions above); attributes set its properties.',
    },
  },
  unevaluatedProperties: false,
};
const schema140 = {
  type: 'object',
  properties: {
    add: {
      type: 'array',
      'x-collection': { key: ['name'] },
      items: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'The element name the extension is used under.',
          },
          type: {
            type: 'string',
            minLength: 1,
            description:
              'Indigo: "ExportName, module-specifier" (as .NET\'s "Type, Assembly"); a relative module is resolved against the config file\'s folder.',
          },
        },
        required: ['name', 'type'],
        unevaluatedProperties: false,
      },
    },
  },
  unevaluatedProperties: false,
};
function validate120(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate120.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.bindingElementExtensions !== undefined) {
      let data0 = data.bindingElementExtensions;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.add !== undefined) {
          let data1 = data0.add;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                  const err0 = {
                    instancePath: instancePath + '/bindingElementExtensions/add/' + i0,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                    message: "must have required property '" + 'name' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                if (data2.type === undefined) {
                  const err1 = {
                    instancePath: instancePath + '/bindingElementExtensions/add/' + i0,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'type' },
                    message: "must have required property '" + 'type' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                if (data2.name !== undefined) {
                  let data3 = data2.name;
                  if (typeof data3 === 'string') {
                    if (func1(data3) < 1) {
                      const err2 = {
                        instancePath: instancePath + '/bindingElementExtensions/add/' + i0 + '/name',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                  } else {
                    const err3 = {
                      instancePath: instancePath + '/bindingElementExtensions/add/' + i0 + '/name',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
                if (data2.type !== undefined) {
                  let data4 = data2.type;
                  if (typeof data4 === 'string') {
                    if (func1(data4) < 1) {
                      const err4 = {
                        instancePath: instancePath + '/bindingElementExtensions/add/' + i0 + '/type',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/type/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  } else {
                    const err5 = {
                      instancePath: instancePath + '/bindingElementExtensions/add/' + i0 + '/type',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                for (const key0 in data2) {
                  if (key0 !== 'name' && key0 !== 'type') {
                    const err6 = {
                      instancePath: instancePath + '/bindingElementExtensions/add/' + i0,
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/unevaluatedProperties',
                      keyword: 'unevaluatedProperties',
                      params: { unevaluatedProperty: key0 },
                      message: 'must NOT have unevaluated properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
              } else {
                const err7 = {
                  instancePath: instancePath + '/bindingElementExtensions/add/' + i0,
                  schemaPath: '#/$defs/extensionCollection/properties/add/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/bindingElementExtensions/add',
              schemaPath: '#/$defs/extensionCollection/properties/add/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key1 in data0) {
          if (key1 !== 'add') {
            const err9 = {
              instancePath: instancePath + '/bindingElementExtensions',
              schemaPath: '#/$defs/extensionCollection/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/bindingElementExtensions',
          schemaPath: '#/$defs/extensionCollection/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.bindingExtensions !== undefined) {
      let data5 = data.bindingExtensions;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.add !== undefined) {
          let data6 = data5.add;
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                if (data7.name === undefined) {
                  const err11 = {
                    instancePath: instancePath + '/bindingExtensions/add/' + i1,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                    message: "must have required property '" + 'name' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data7.type === undefined) {
                  const err12 = {
                    instancePath: instancePath + '/bindingExtensions/add/' + i1,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'type' },
                    message: "must have required property '" + 'type' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data7.name !== undefined) {
                  let data8 = data7.name;
                  if (typeof data8 === 'string') {
                    if (func1(data8) < 1) {
                      const err13 = {
                        instancePath: instancePath + '/bindingExtensions/add/' + i1 + '/name',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = {
                      instancePath: instancePath + '/bindingExtensions/add/' + i1 + '/name',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data7.type !== undefined) {
                  let data9 = data7.type;
                  if (typeof data9 === 'string') {
                    if (func1(data9) < 1) {
                      const err15 = {
                        instancePath: instancePath + '/bindingExtensions/add/' + i1 + '/type',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/type/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = {
                      instancePath: instancePath + '/bindingExtensions/add/' + i1 + '/type',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                for (const key2 in data7) {
                  if (key2 !== 'name' && key2 !== 'type') {
                    const err17 = {
                      instancePath: instancePath + '/bindingExtensions/add/' + i1,
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/unevaluatedProperties',
                      keyword: 'unevaluatedProperties',
                      params: { unevaluatedProperty: key2 },
                      message: 'must NOT have unevaluated properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/bindingExtensions/add/' + i1,
                  schemaPath: '#/$defs/extensionCollection/properties/add/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/bindingExtensions/add',
              schemaPath: '#/$defs/extensionCollection/properties/add/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key3 in data5) {
          if (key3 !== 'add') {
            const err20 = {
              instancePath: instancePath + '/bindingExtensions',
              schemaPath: '#/$defs/extensionCollection/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key3 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/bindingExtensions',
          schemaPath: '#/$defs/extensionCollection/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.behaviorExtensions !== undefined) {
      let data10 = data.behaviorExtensions;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.add !== undefined) {
          let data11 = data10.add;
          if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data12 = data11[i2];
              if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                if (data12.name === undefined) {
                  const err22 = {
                    instancePath: instancePath + '/behaviorExtensions/add/' + i2,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'name' },
                    message: "must have required property '" + 'name' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data12.type === undefined) {
                  const err23 = {
                    instancePath: instancePath + '/behaviorExtensions/add/' + i2,
                    schemaPath: '#/$defs/extensionCollection/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'type' },
                    message: "must have required property '" + 'type' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data12.name !== undefined) {
                  let data13 = data12.name;
                  if (typeof data13 === 'string') {
                    if (func1(data13) < 1) {
                      const err24 = {
                        instancePath: instancePath + '/behaviorExtensions/add/' + i2 + '/name',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/name/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = {
                      instancePath: instancePath + '/behaviorExtensions/add/' + i2 + '/name',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data12.type !== undefined) {
                  let data14 = data12.type;
                  if (typeof data14 === 'string') {
                    if (func1(data14) < 1) {
                      const err26 = {
                        instancePath: instancePath + '/behaviorExtensions/add/' + i2 + '/type',
                        schemaPath:
                          '#/$defs/extensionCollection/properties/add/items/properties/type/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = {
                      instancePath: instancePath + '/behaviorExtensions/add/' + i2 + '/type',
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                for (const key4 in data12) {
                  if (key4 !== 'name' && key4 !== 'type') {
                    const err28 = {
                      instancePath: instancePath + '/behaviorExtensions/add/' + i2,
                      schemaPath: '#/$defs/extensionCollection/properties/add/items/unevaluatedProperties',
                      keyword: 'unevaluatedProperties',
                      params: { unevaluatedProperty: key4 },
                      message: 'must NOT have unevaluated properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = {
                  instancePath: instancePath + '/behaviorExtensions/add/' + i2,
                  schemaPath: '#/$defs/extensionCollection/properties/add/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + '/behaviorExtensions/add',
              schemaPath: '#/$defs/extensionCollection/properties/add/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        for (const key5 in data10) {
          if (key5 !== 'add') {
            const err31 = {
              instancePath: instancePath + '/behaviorExtensions',
              schemaPath: '#/$defs/extensionCollection/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key5 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/behaviorExtensions',
          schemaPath: '#/$defs/extensionCollection/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    for (const key6 in data) {
      if (
        key6 !== 'bindingElementExtensions' &&
        key6 !== 'bindingExtensions' &&
        key6 !== 'behaviorExtensions'
      ) {
        const err33 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key6 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
validate120.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema143 = {
  type: 'object',
  description: 'IIS/WAS hosting settings: accepted and ignored outside IIS (a warning says so).',
  properties: {
    aspNetCompatibilityEnabled: { type: 'boolean', default: false },
    multipleSiteBindingsEnabled: { type: 'boolean', default: false },
    minFreeMemoryPercentageToActivateService: { type: 'integer', minimum: 0, maximum: 99, default: 5 },
    closeIdleServicesAtLowMemory: { type: 'boolean', default: false },
    serviceActivations: { $ref: 'common.schema.json#/$defs/anyXml' },
    baseAddressPrefixFilters: { $ref: 'common.schema.json#/$defs/anyXml' },
    transportConfigurationTypes: { $ref: 'common.schema.json#/$defs/anyXml' },
  },
  unevaluatedProperties: false,
};
function validate122(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate122.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.aspNetCompatibilityEnabled === undefined) {
      data.aspNetCompatibilityEnabled = false;
    }
    if (data.multipleSiteBindingsEnabled === undefined) {
      data.multipleSiteBindingsEnabled = false;
    }
    if (data.minFreeMemoryPercentageToActivateService === undefined) {
      data.minFreeMemoryPercentageToActivateService = 5;
    }
    if (data.closeIdleServicesAtLowMemory === undefined) {
      data.closeIdleServicesAtLowMemory = false;
    }
    if (typeof data.aspNetCompatibilityEnabled !== 'boolean') {
      const err0 = {
        instancePath: instancePath + '/aspNetCompatibilityEnabled',
        schemaPath: '#/properties/aspNetCompatibilityEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (typeof data.multipleSiteBindingsEnabled !== 'boolean') {
      const err1 = {
        instancePath: instancePath + '/multipleSiteBindingsEnabled',
        schemaPath: '#/properties/multipleSiteBindingsEnabled/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    let data2 = data.minFreeMemoryPercentageToActivateService;
    if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
      const err2 = {
        instancePath: instancePath + '/minFreeMemoryPercentageToActivateService',
        schemaPath: '#/properties/minFreeMemoryPercentageToActivateService/type',
        keyword: 'type',
        params: { type: 'integer' },
        message: 'must be integer',
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (typeof data2 == 'number' && isFinite(data2)) {
      if (data2 > 99 || isNaN(data2)) {
        const err3 = {
          instancePath: instancePath + '/minFreeMemoryPercentageToActivateService',
          schemaPath: '#/properties/minFreeMemoryPercentageToActivateService/maximum',
          keyword: 'maximum',
          params: { comparison: '<=', limit: 99 },
          message: 'must be <= 99',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 < 0 || isNaN(data2)) {
        const err4 = {
          instancePath: instancePath + '/minFreeMemoryPercentageToActivateService',
          schemaPath: '#/properties/minFreeMemoryPercentageToActivateService/minimum',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 0 },
          message: 'must be >= 0',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (typeof data.closeIdleServicesAtLowMemory !== 'boolean') {
      const err5 = {
        instancePath: instancePath + '/closeIdleServicesAtLowMemory',
        schemaPath: '#/properties/closeIdleServicesAtLowMemory/type',
        keyword: 'type',
        params: { type: 'boolean' },
        message: 'must be boolean',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.serviceActivations !== undefined) {
      let data4 = data.serviceActivations;
      if (!(data4 && typeof data4 == 'object' && !Array.isArray(data4))) {
        const err6 = {
          instancePath: instancePath + '/serviceActivations',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.baseAddressPrefixFilters !== undefined) {
      let data5 = data.baseAddressPrefixFilters;
      if (!(data5 && typeof data5 == 'object' && !Array.isArray(data5))) {
        const err7 = {
          instancePath: instancePath + '/baseAddressPrefixFilters',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.transportConfigurationTypes !== undefined) {
      let data6 = data.transportConfigurationTypes;
      if (!(data6 && typeof data6 == 'object' && !Array.isArray(data6))) {
        const err8 = {
          instancePath: instancePath + '/transportConfigurationTypes',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    for (const key0 in data) {
      if (
        key0 !== 'aspNetCompatibilityEnabled' &&
        key0 !== 'multipleSiteBindingsEnabled' &&
        key0 !== 'minFreeMemoryPercentageToActivateService' &&
        key0 !== 'closeIdleServicesAtLowMemory' &&
        key0 !== 'serviceActivations' &&
        key0 !== 'baseAddressPrefixFilters' &&
        key0 !== 'transportConfigurationTypes'
      ) {
        const err9 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key0 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
validate122.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.bindings === undefined) {
      data.bindings = {};
    }
    if (data.services === undefined) {
      data.services = {};
    }
    if (data.client === undefined) {
      data.client = {};
    }
    if (data.behaviors === undefined) {
      data.behaviors = {};
    }
    if (data.extensions === undefined) {
      data.extensions = {};
    }
    if (
      !validate23(data.bindings, {
        instancePath: instancePath + '/bindings',
        parentData: data,
        parentDataProperty: 'bindings',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
      errors = vErrors.length;
    }
    if (
      !validate81(data.services, {
        instancePath: instancePath + '/services',
        parentData: data,
        parentDataProperty: 'services',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
      errors = vErrors.length;
    }
    if (
      !validate91(data.client, {
        instancePath: instancePath + '/client',
        parentData: data,
        parentDataProperty: 'client',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
      errors = vErrors.length;
    }
    if (
      !validate97(data.behaviors, {
        instancePath: instancePath + '/behaviors',
        parentData: data,
        parentDataProperty: 'behaviors',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
      errors = vErrors.length;
    }
    if (
      !validate120(data.extensions, {
        instancePath: instancePath + '/extensions',
        parentData: data,
        parentDataProperty: 'extensions',
        rootData,
        dynamicAnchors,
      })
    ) {
      vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
      errors = vErrors.length;
    }
    if (data.serviceHostingEnvironment !== undefined) {
      if (
        !validate122(data.serviceHostingEnvironment, {
          instancePath: instancePath + '/serviceHostingEnvironment',
          parentData: data,
          parentDataProperty: 'serviceHostingEnvironment',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
    if (data.protocolMapping !== undefined) {
      let data6 = data.protocolMapping;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.add !== undefined) {
          let data7 = data6.add;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                if (data8.bindingConfiguration === undefined) {
                  data8.bindingConfiguration = '';
                }
                if (data8.scheme === undefined) {
                  const err0 = {
                    instancePath: instancePath + '/protocolMapping/add/' + i0,
                    schemaPath: '#/$defs/protocolMapping/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'scheme' },
                    message: "must have required property '" + 'scheme' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                if (data8.binding === undefined) {
                  const err1 = {
                    instancePath: instancePath + '/protocolMapping/add/' + i0,
                    schemaPath: '#/$defs/protocolMapping/properties/add/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'binding' },
                    message: "must have required property '" + 'binding' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                if (data8.scheme !== undefined) {
                  if (typeof data8.scheme !== 'string') {
                    const err2 = {
                      instancePath: instancePath + '/protocolMapping/add/' + i0 + '/scheme',
                      schemaPath: '#/$defs/protocolMapping/properties/add/items/properties/scheme/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                }
                if (data8.binding !== undefined) {
                  if (typeof data8.binding !== 'string') {
                    const err3 = {
                      instancePath: instancePath + '/protocolMapping/add/' + i0 + '/binding',
                      schemaPath: '#/$defs/protocolMapping/properties/add/items/properties/binding/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                }
                if (typeof data8.bindingConfiguration !== 'string') {
                  const err4 = {
                    instancePath: instancePath + '/protocolMapping/add/' + i0 + '/bindingConfiguration',
                    schemaPath:
                      '#/$defs/protocolMapping/properties/add/items/properties/bindingConfiguration/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                for (const key0 in data8) {
                  if (key0 !== 'scheme' && key0 !== 'binding' && key0 !== 'bindingConfiguration') {
                    const err5 = {
                      instancePath: instancePath + '/protocolMapping/add/' + i0,
                      schemaPath: '#/$defs/protocolMapping/properties/add/items/unevaluatedProperties',
                      keyword: 'unevaluatedProperties',
                      params: { unevaluatedProperty: key0 },
                      message: 'must NOT have unevaluated properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
              } else {
                const err6 = {
                  instancePath: instancePath + '/protocolMapping/add/' + i0,
                  schemaPath: '#/$defs/protocolMapping/properties/add/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/protocolMapping/add',
              schemaPath: '#/$defs/protocolMapping/properties/add/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key1 in data6) {
          if (key1 !== 'add') {
            const err8 = {
              instancePath: instancePath + '/protocolMapping',
              schemaPath: '#/$defs/protocolMapping/unevaluatedProperties',
              keyword: 'unevaluatedProperties',
              params: { unevaluatedProperty: key1 },
              message: 'must NOT have unevaluated properties',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/protocolMapping',
          schemaPath: '#/$defs/protocolMapping/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.diagnostics !== undefined) {
      let data12 = data.diagnostics;
      if (!(data12 && typeof data12 == 'object' && !Array.isArray(data12))) {
        const err10 = {
          instancePath: instancePath + '/diagnostics',
          schemaPath: 'common.schema.json#/$defs/anyXml/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    for (const key2 in data) {
      if (
        key2 !== 'bindings' &&
        key2 !== 'services' &&
        key2 !== 'client' &&
        key2 !== 'behaviors' &&
        key2 !== 'extensions' &&
        key2 !== 'serviceHostingEnvironment' &&
        key2 !== 'protocolMapping' &&
        key2 !== 'diagnostics'
      ) {
        const err11 = {
          instancePath,
          schemaPath: '#/unevaluatedProperties',
          keyword: 'unevaluatedProperties',
          params: { unevaluatedProperty: key2 },
          message: 'must NOT have unevaluated properties',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://indigo-servicemodel.dev/schemas/serviceModel.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data['system.serviceModel'] === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'system.serviceModel' },
        message: "must have required property '" + 'system.serviceModel' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data['system.serviceModel'] !== undefined) {
      if (
        !validate21(data['system.serviceModel'], {
          instancePath: instancePath + '/system.serviceModel',
          parentData: data,
          parentDataProperty: 'system.serviceModel',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: { 'system.serviceModel': true }, dynamicProps: false, dynamicItems: false };
