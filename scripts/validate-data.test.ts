import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function validate(edit?: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-data-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  edit?.(dir);
  const run = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', dir], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate:data', () => {
  it('passes on the bundled dataset', () => {
    const { status, out } = validate();
    expect(out).toMatch(/is valid: \d+ states, \d+ organizations, \d+ ties/);
    expect(status).toBe(0);
  });

  it('fails on a broken row and prints the file, the path and what is wrong', () => {
    const { status, out } = validate((dir) => {
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

  it('fails on a UCDP-derived deployment ended at the data cut-off, and on peacekeeping recorded as an intervention', () => {
    const { status, out } = validate((dir) => {
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

  it('fails on an implausible trade share that is not flagged doubtful', () => {
    const { status, out } = validate((dir) => {
      const file = path.join(dir, 'ties/trade.json');
      const rows = JSON.parse(readFileSync(file, 'utf8')) as { source: string; target: string; subtype: string; periods: { note?: string }[] }[];
      const gambia = rows.find((r) => r.source === 'GMB' && r.target === 'KAZ' && r.subtype === 'trade-export')!;
      gambia.periods[0]!.note = 'latest Factbook figure (2023)';
      writeFileSync(file, JSON.stringify(rows));
    });
    expect(status).toBe(1);
    expect(out).toMatch(/ties\/trade\.json \[\d+\]\.periods\[0\]\.note: dependency\/trade-export:GMB>KAZ: implausible share .* not flagged/);
  });

  it('fails on a file that is not JSON', () => {
    const { status, out } = validate((dir) => writeFileSync(path.join(dir, 'ties/alliances.json'), '[{"kind": '));
    expect(status).toBe(1);
    expect(out).toMatch(/ties\/alliances\.json: not valid JSON/);
  });
}, 60_000);
