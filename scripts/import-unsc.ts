// Writes the UN Security Council's elected (non-permanent) terms, 1946 on, as membership ties from the table
// in data/unsc-terms.json (one row per state, one period per term). Permanent members stay in memberships-global.json.
// Usage: npx tsx scripts/import-unsc.ts   (re-runnable; writes data/ties/memberships-unsc.json)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sourceSchema, tieSchema, type Tie } from '@/lib/data/schema';
import { z } from 'zod';

const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');
const TABLE_FILE = path.join(DATA_DIR, 'unsc-terms.json');
const OUT_FILE = path.join(DATA_DIR, 'ties', 'memberships-unsc.json');

const termTable = z.strictObject({
  about: z.string(),
  sources: z.array(sourceSchema).min(1),
  notRecorded: z.string(),
  terms: z.array(
    z.strictObject({
      first: z.number().int(),
      last: z.number().int(),
      states: z.array(z.string()).min(1),
      from: z.string().optional(),
      to: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});

function termNote(first: number, last: number, extra: string | undefined): string {
  const years = first === last ? `${first}` : `${first}–${last}`;
  return [`Elected non-permanent member for ${years}.`, extra?.replaceAll(/(\d{4})-(\d{4})/g, '$1–$2')].filter(Boolean).join(' ');
}

async function main(): Promise<void> {
  const table = termTable.parse(JSON.parse(await readFile(TABLE_FILE, 'utf8')));
  const periodsByState = new Map<string, { start: string; end: string; status: 'member'; note: string }[]>();
  for (const term of table.terms) {
    if (term.last < term.first) throw new Error(`${TABLE_FILE}: term ${term.first}–${term.last} ends before it starts`);
    for (const state of term.states) {
      const periods = periodsByState.get(state) ?? [];
      periods.push({
        start: term.from ?? `${term.first}-01-01`,
        end: term.to ?? `${term.last + 1}-01-01`,
        status: 'member',
        note: termNote(term.first, term.last, term.note),
      });
      periodsByState.set(state, periods);
    }
  }
  const ties: Tie[] = [...periodsByState.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([state, periods]) =>
      tieSchema.parse({
        kind: 'membership',
        source: state,
        target: 'unsc',
        periods: periods.sort((a, b) => a.start.localeCompare(b.start)),
        sources: table.sources.slice(0, 1),
        note: 'Elected terms only (two years from 1 January, one year where a term was split or shortened); generated from data/unsc-terms.json.',
      }),
    );
  await writeFile(OUT_FILE, `${JSON.stringify(ties, null, 1)}\n`);
  console.log(`wrote ${ties.length} states' elected terms (${table.terms.length} table rows) to ${path.relative(process.cwd(), OUT_FILE)}`);
}

await main();
