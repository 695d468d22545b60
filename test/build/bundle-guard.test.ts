// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BundleGuardPlugin, NO_GPL, NO_PLAYGROUND } = require('../../scripts/bundle-guard') as {
  BundleGuardPlugin: new (o: { forbid: unknown[] }) => { apply(compiler: unknown): void };
  NO_GPL: unknown;
  NO_PLAYGROUND: unknown;
};

/** Runs the plugin's afterCompile hook on a compilation holding these module paths. */
function errorsFor(resources: (string | string[])[]): string[] {
  let hook: ((c: unknown) => void) | null = null;
  new BundleGuardPlugin({ forbid: [NO_GPL, NO_PLAYGROUND] }).apply({ hooks: { afterCompile: { tap: (_n: string, fn: (c: unknown) => void) => (hook = fn) } } });
  const compilation = {
    errors: [] as Error[],
    modules: resources.map((r) => (Array.isArray(r) ? { modules: r.map((resource) => ({ resource })) } : { resource: r })),
  };
  (hook as unknown as (c: unknown) => void)(compilation);
  return compilation.errors.map((e) => e.message);
}

describe('the production bundle guard', () => {
  it('passes the add-in’s own modules', () => {
    expect(errorsFor(['/w/src/taskpane/index.tsx', '/w/node_modules/react/index.js', '/w/src/office/render.ts'])).toEqual([]);
  });

  it('fails on HyperFormula (GPL) and on the playground, also inside concatenated modules', () => {
    expect(errorsFor(['/w/node_modules/hyperformula/es/index.js', ['/w/src/taskpane/App.tsx', '/w/src/playground/fake-excel/index.ts']])).toEqual([
      'HyperFormula (GPL) must not be bundled: /w/node_modules/hyperformula/es/index.js',
      'The playground must not be part of the production add-in: /w/src/playground/fake-excel/index.ts',
    ]);
  });
});
