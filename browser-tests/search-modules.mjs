// Imports the search page's ES modules (templates/assets/search/*.js) into Node for unit tests. They are plain .js
// files with no package.json beside them (whatever sits in templates/assets/ is published), so Node would read them
// as CommonJS: a loader hook reads them as ES modules instead.
import { register } from 'node:module';

const hooks = `
import { readFile } from 'node:fs/promises';
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.includes('/templates/assets/search/')) {
    return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
  }
  return next(url, context);
}`;
register('data:text/javascript,' + encodeURIComponent(hooks));

/** The module templates/assets/search/NAME.js. */
export function searchModule(name) {
  return import(new URL(`../templates/assets/search/${name}.js`, import.meta.url).href);
}
