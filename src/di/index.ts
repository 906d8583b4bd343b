export * from './BindingElementRegistry';
export * from './IndigoContainer';
