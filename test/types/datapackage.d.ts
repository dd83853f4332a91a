// The Frictionless JavaScript library ships no types; the tests use this much of it.
declare module 'datapackage' {
  interface Resource {
    readonly name: string;
    readonly descriptor: { readonly path: string; readonly format: string };
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: unknown;
    readonly resources: Resource[];
    getResource(name: string): Resource;
  }
  const datapackage: { Package: { load(descriptor: string | object, basePath?: string): Promise<Package> } };
  export default datapackage;
}
