/**
 * `node:module` for the content check in the browser: `createRequire` gives the one package the
 * check requires by name, js-yaml (the parser Astro reads YAML with), bundled.
 */
import * as jsYaml from 'js-yaml';

export function createRequire(): ((id: string) => unknown) & { resolve(id: string): string } {
  const require = (id: string) => {
    if (id === 'js-yaml') return jsYaml;
    throw new Error(`${id} is not available in the browser`);
  };
  return Object.assign(require, { resolve: (id: string) => id });
}

export default { createRequire };
