// Rewrites the README's view-state table from the registries (lib/view/view-state.ts, lib/view/filter-fields.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { withViewStateTable } from '@/lib/view/view-state-docs';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const next = withViewStateTable(readme);
if (next === null) throw new Error('README.md has no view-state table markers');
if (next === readme) console.log('README.md: the view-state table is up to date');
else {
  writeFileSync(path, next);
  console.log('README.md: view-state table rewritten');
}
