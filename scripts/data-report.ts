// Prints the dataset's coverage: counts per node kind, tie kind, organization and decade, and the share of ties with
// a primary source. Usage: npm run data:report [-- <data dir>]
import path from 'node:path';
import { todayIso } from '@/lib/data/dates';
import { loadDataset } from '@/lib/data/load';
import { coverageReport } from '@/lib/data/report';

const dir = path.resolve(process.argv[2] ?? 'data');
const { dataset, origins, problems } = await loadDataset(dir);
if (problems.length > 0) console.warn(`warning: ${problems.length} validation problem(s); run npm run validate:data\n`);
const report = coverageReport(dataset, todayIso(), origins.ties);
const table = (title: string, rows: Record<string, number | string>) => {
  console.log(`\n${title}`);
  for (const [key, value] of Object.entries(rows)) console.log(`  ${key.padEnd(34)} ${String(value).padStart(6)}`);
};
console.log(`Entente dataset coverage (data as of ${dataset.info.asOf}, report ${todayIso()})`);
table('Nodes', report.nodes);
table('Ties by kind', report.ties);
table('Ties by kind/subtype', report.subtypes);
table(
  'Memberships per organization today (rows; members + frozen or suspended = in; observers and partners; former)',
  Object.fromEntries(
    Object.entries(report.memberships)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([org, m]) => [org, `${m.rows}; ${m.members} + ${m.strained} = ${m.current}; ${m.associates}; ${m.former}`]),
  ),
);
table('Ties by decade of their first period', report.tiesByDecade);
table('Totals', {
  ties: dataset.ties.length,
  periods: report.periods,
  'source citations': report.sources,
  'ties with a primary source': `${report.tiesWithPrimarySource.count} (${(report.tiesWithPrimarySource.share * 100).toFixed(1)}%)`,
});
table(
  'Hand-curated ties citing a primary source, per kind (target: 90%)',
  Object.fromEntries(Object.entries(report.primaryByKind).map(([kind, r]) => [kind, `${r.withPrimary}/${r.ties} (${(r.share * 100).toFixed(1)}%)`])),
);
console.log(`\nHand-curated ties without a primary source (${report.lackingPrimary.length})`);
for (const key of report.lackingPrimary) console.log(`  ${key}`);
console.log('\nSuspensions per organization (state: start – end)');
for (const [org, list] of Object.entries(report.suspensions).sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${org} (${list.length}): ${list.map((s) => `${s.state} ${s.start} – ${s.end ?? 'ongoing'}`).join('; ')}`);
}
console.log(`\nDoubtful figures, kept as published and flagged by the plausibility check (${report.doubtful.length})`);
for (const { key, reason } of report.doubtful) console.log(`  ${key}: ${reason}`);
