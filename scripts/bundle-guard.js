// A webpack plugin that fails the build when a forbidden module is bundled:
// GPL code (HyperFormula is a test oracle only) in every build, and the
// playground (fake Excel runtime) in the production add-in.
'use strict';

class BundleGuardPlugin {
  /** @param {{ forbid: { test: RegExp, why: string }[] }} options */
  constructor(options) {
    this.forbid = options.forbid;
  }

  apply(compiler) {
    compiler.hooks.afterCompile.tap('BundleGuardPlugin', (compilation) => {
      for (const module of compilation.modules) {
        const resources = [module.resource, ...((module.modules || []).map((m) => m.resource))].filter(Boolean);
        for (const resource of resources) {
          for (const rule of this.forbid) {
            if (rule.test.test(resource)) compilation.errors.push(new Error(`${rule.why}: ${resource}`));
          }
        }
      }
    });
  }
}

const NO_GPL = { test: /[\\/]node_modules[\\/]hyperformula[\\/]/, why: 'HyperFormula (GPL) must not be bundled' };
const NO_PLAYGROUND = { test: /[\\/]src[\\/]playground[\\/]/, why: 'The playground must not be part of the production add-in' };

module.exports = { BundleGuardPlugin, NO_GPL, NO_PLAYGROUND };
