/**
 * The CommonJS loader's compile step, which server/compileCache replaces: undocumented but
 * stable since Node 0.x (v8-compile-cache, ts-node and others replace it too). Node 20.19+
 * passes a format: 'module' for an ES module loaded by require().
 */
declare global {
  namespace NodeJS {
    interface Module {
      _compile(content: string, filename: string, format?: string): unknown;
    }
  }
}

export {};
