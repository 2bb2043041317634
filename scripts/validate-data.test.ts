import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/data/problems';
import { validateDirectory } from '@/lib/data/validate-directory';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/, edited. */
function dataCopy(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-data-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  edit?.(dir);
  return dir;
}

/** What `npm run validate:data <dir>` prints and its exit status, run as the command does. */
function cli(edit?: (dir: string) => void) {
  const run = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', dataCopy(edit)], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** The same check in this process (no second Node start): the problems as the command prints them. */
async function validate(edit?: (dir: string) => void) {
  const { problems, summary } = await validateDirectory(dataCopy(edit));
  const out = problems.length > 0 ? `${problems.map(formatProblem).join('\n')}\nvalidate:data: ${problems.length} problem(s)` : `is valid: ${summary}`;
  return { status: problems.length > 0 ? 1 : 0, out };
}

describe('npm run validate:data', () => {
  it('passes on the bundled dataset', async () => {
    const { status, out } = await validate();
    expect(out).toMatch(/is valid: \d+ states, \d+ organizations, \d+ ties/);
    expect(status).toBe(0);
  });

  it('fails on a broken row and prints the file, the path and what is wrong', () => {
    const { status, out } = cli((dir) => {
      const file = path.join(dir, 'ties/conflicts.json');
      const rows = JSON.parse(readFileSync(file, 'utf8'));
      rows[0].periods[0].end = '1900-01-01';
      rows[0].target = 'XXX';
      writeFileSync(file, JSON.stringify(rows));
    });
    expect(status).toBe(1);
    expect(out).toMatch(/ties\/conflicts\.json \[0\]\.target: unknown node "XXX"/);
    expect(out).toMatch(/ties\/conflicts\.json \[0\]\.periods\[0\]\.end: .*end 1900-01-01 is not after start/);
    expect(out).toMatch(/validate:data: 2 problem\(s\)/);
  });

  it('fails on a UCDP-derived deployment ended at the data cut-off, and on peacekeeping recorded as an intervention', async () => {
    const { status, out } = await validate((dir) => {
      const file = path.join(dir, 'ties/ucdp-interventions.json');
      const rows = JSON.parse(readFileSync(file, 'utf8')) as { subtype: string; label: string; periods: { status: string }[] }[];
      const continuing = rows.findIndex((r) => r.periods.at(-1)?.status === 'continuing');
      rows[continuing]!.periods.pop();
      const peacekeeping = rows.findIndex((r) => r.subtype === 'peacekeeping');
      rows[peacekeeping]!.subtype = 'intervention';
      writeFileSync(file, JSON.stringify(rows));
    });
    expect(status).toBe(1);
    expect(out).toMatch(/ucdp-interventions\.json \[\d+\]\.periods\[\d+\]\.end: .*ends on 2025-01-01, where UCDP\/PRIO ACD 25\.1 stops/);
    expect(out).toMatch(/ucdp-interventions\.json \[\d+\]\.subtype: .*labelled as a peace operation .* use subtype peacekeeping/);
  });

  it('fails when a WTO original member was no GATT contracting party when the WTO replaced GATT', async () => {
    const { status, out } = await validate((dir) => {
      const file = path.join(dir, 'ties/memberships-gatt.json');
      const rows = JSON.parse(readFileSync(file, 'utf8')) as { source: string }[];
      writeFileSync(file, JSON.stringify(rows.filter((r) => r.source !== 'JPN')));
    });
    expect(status).toBe(1);
    expect(out).toMatch(
      /memberships-regional\.json \[\d+\]\.periods\[0\]: membership:JPN>wto: recorded as an original member, but no gatt membership holds on 1994-12-31/,
    );
  });

  it('fails on an implausible trade share that is not flagged doubtful', async () => {
    const { status, out } = await validate((dir) => {
      const file = path.join(dir, 'ties/trade.json');
      const rows = JSON.parse(readFileSync(file, 'utf8')) as { source: string; target: string; subtype: string; periods: { note?: string }[] }[];
      const gambia = rows.find((r) => r.source === 'GMB' && r.target === 'KAZ' && r.subtype === 'trade-export')!;
      gambia.periods[0]!.note = 'latest Factbook figure (2023)';
      writeFileSync(file, JSON.stringify(rows));
    });
    expect(status).toBe(1);
    expect(out).toMatch(/ties\/trade\.json \[\d+\]\.periods\[0\]\.note: dependency\/trade-export:GMB>KAZ: implausible share .* not flagged/);
  });

  it('fails on a file that is not JSON', async () => {
    const { status, out } = await validate((dir) => writeFileSync(path.join(dir, 'ties/alliances.json'), '[{"kind": '));
    expect(status).toBe(1);
    expect(out).toMatch(/ties\/alliances\.json: not valid JSON/);
  });
}, 60_000);
