// @ts-check
// Angular publishes its packages partially compiled (`ɵɵngDeclare…`); the Angular linker finishes them at build
// time, as the Angular CLI does, so the app needs no JIT compiler in the browser. Our own code is compiled by `ngc`.
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';

/** @returns {import('vite').Plugin} */
export function angularLinkerPlugin() {
  return {
    name: 'klantbeeld-example-angular-linker',
    async transform(code, id) {
      if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
      const result = await transformAsync(code, {
        filename: id,
        sourceMaps: true,
        compact: false,
        configFile: false,
        babelrc: false,
        plugins: [[angularLinker, { linkerJitMode: false }]],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
