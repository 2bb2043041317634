// npm run load: the production server under load, on loopback only and bounded in time. wrk at 50 connections for 30 s
// on / , on /api/graph for one date and on /api/metrics?measure=betweenness, then 2,000 distinct dates in a row while
// the server's memory is sampled. Prints the figures against the targets; exits non-zero if one is missed.
// Env: LOAD_PORT (3199), LOAD_SECONDS (30), LOAD_CONNECTIONS (50), LOAD_DATES (2000). Needs a build (npm run build).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PORT = Number(process.env.LOAD_PORT ?? 3199);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DATES = Number(process.env.LOAD_DATES ?? 2000);
const BASE = `http://127.0.0.1:${PORT}`;

/** maxMs ≤ 1000 means no answer took over 1 s. */
type WrkResult = {
  url: string;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
  maxMs: number;
  p99Ms: number;
  cpuMsPerRequest: number;
};
type Target = { what: string; ok: boolean; figure: string };

function ensureWrk(): string | null {
  if (spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined) return 'wrk';
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('wrk is missing: installing Debian’s wrk package with apt-get…');
    const installed = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (installed.status === 0) return 'wrk';
  }
  console.error(
    'npm run load needs wrk (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk); it was not found' +
      (root ? ' and could not be installed.' : ' and installing it needs root.'),
  );
  return null;
}

/** Milliseconds from a wrk duration such as 812.33us, 41.20ms or 1.02s. */
function ms(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000;
}

/** CPU time (ms) the server process and its children have used: a figure that other load on the machine does not skew. */
function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // gone
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

function wrk(binary: string, path: string, pid: number): WrkResult {
  const url = `${BASE}${path}`;
  const cpuBefore = cpuMs(pid);
  // a 10 s timeout so that slow answers are measured (wrk's 2 s default would drop them as timeouts)
  const run = spawnSync(binary, ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '10s', '--latency', url], {
    encoding: 'utf8',
    timeout: (SECONDS + 60) * 1000,
  });
  const out = run.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const latency = /Latency\s+(\S+)\s+(\S+)\s+(\S+)/.exec(out);
  const p99 = /99%\s+(\S+)/.exec(out)?.[1];
  if (run.status !== 0 || Number.isNaN(rps)) console.error(out, run.stderr);
  const cpuMsPerRequest = requests > 0 ? (cpuMs(pid) - cpuBefore) / requests : NaN;
  return { url: path, requestsPerSecond: rps, requests, errors, non2xx, maxMs: latency ? ms(latency[3]!) : NaN, p99Ms: p99 ? ms(p99) : NaN, cpuMsPerRequest };
}

/** The server process and its children. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    tree.push(current);
    stack.push(...(children.get(current) ?? []));
  }
  return tree;
}

/** Resident memory (MiB) of the server process and its children. */
function residentMiB(pid: number): number {
  let kib = 0;
  for (const p of processTree(pid)) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kib / 1024;
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      if ((await fetch(`${BASE}/api/openapi.json`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer within 120 s');
}

/** One GET read to its end; a connection the server closed while idle (keep-alive race) is retried once. */
async function fetchOk(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.ok;
    } catch {
      // retry once
    }
  }
  return false;
}

/** 2,000 distinct dates, one after another, from 1950-01-01 on; memory sampled every 100. */
async function distinctDates(pid: number): Promise<{ samples: number[]; failures: number; seconds: number }> {
  const samples = [residentMiB(pid)];
  let failures = 0;
  const started = performance.now();
  const day = new Date(Date.UTC(1950, 0, 1));
  for (let i = 1; i <= DATES; i++) {
    const asOf = day.toISOString().slice(0, 10);
    day.setUTCDate(day.getUTCDate() + 9);
    if (!(await fetchOk(`${BASE}/api/graph?asOf=${asOf}`))) failures++;
    if (i % 100 === 0) samples.push(residentMiB(pid));
  }
  return { samples, failures, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build: run npm run build first.');
    return 1;
  }
  const binary = ensureWrk();
  if (!binary) return 1;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  try {
    await waitForServer(server);
    const date = '2000-01-01';
    for (const path of ['/', `/api/graph?asOf=${date}`, `/api/metrics?measure=betweenness&asOf=${date}`]) await fetchOk(`${BASE}${path}`); // warm
    console.log(`wrk -t2 -c${CONNECTIONS} -d${SECONDS}s on ${BASE} (loopback); memory over ${DATES} distinct dates`);
    const pid = server.pid!;
    const report = (r: WrkResult) => {
      console.log(
        `${r.url.padEnd(48)} ${r.requestsPerSecond.toFixed(1).padStart(8)} req/s  ${String(r.requests).padStart(7)} requests  errors ${r.errors + r.non2xx}  p99 ${r.p99Ms.toFixed(0)} ms  max ${r.maxMs.toFixed(0)} ms  server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request (≈ ${(2000 / r.cpuMsPerRequest).toFixed(0)} req/s on 2 idle cores)`,
      );
      return r;
    };
    const home = report(wrk(binary, '/', pid));
    const graph = report(wrk(binary, `/api/graph?asOf=${date}`, pid));
    const metrics = report(wrk(binary, `/api/metrics?measure=betweenness&asOf=${date}`, pid));
    const soak = await distinctDates(server.pid!);
    const first = soak.samples[1] ?? soak.samples[0]!;
    const last = soak.samples[soak.samples.length - 1]!;
    const peak = Math.max(...soak.samples);
    console.log(
      `${DATES} distinct dates in ${soak.seconds.toFixed(0)} s, ${soak.failures} failed; server memory (MiB) ${soak.samples.map((m) => m.toFixed(0)).join(' ')}`,
    );
    const quiet = (r: WrkResult) => r.errors + r.non2xx === 0 && r.maxMs <= 1000;
    const targets: Target[] = [
      { what: '/ : no errors, no answer over 1 s', ok: quiet(home), figure: `errors ${home.errors + home.non2xx}, max ${home.maxMs.toFixed(0)} ms` },
      {
        what: '/api/graph (one date): no errors, no answer over 1 s, ≥ 300 req/s',
        ok: quiet(graph) && graph.requestsPerSecond >= 300,
        figure: `${graph.requestsPerSecond.toFixed(0)} req/s, max ${graph.maxMs.toFixed(0)} ms`,
      },
      {
        what: '/api/metrics?measure=betweenness: ≥ 100 req/s',
        ok: metrics.requestsPerSecond >= 100 && metrics.errors + metrics.non2xx === 0,
        figure: `${metrics.requestsPerSecond.toFixed(0)} req/s`,
      },
      // bounded: after the first 100 dates fill the cache's share, memory grows by less than the cache's 96 MB bound plus slack
      {
        what: `${DATES} distinct dates: memory bounded`,
        ok: soak.failures === 0 && last - first < 200 && peak < first + 250,
        figure: `${first.toFixed(0)} → ${last.toFixed(0)} MiB (peak ${peak.toFixed(0)})`,
      },
    ];
    for (const t of targets) console.log(`${t.ok ? 'ok  ' : 'MISS'} ${t.what}: ${t.figure}`);
    return targets.every((t) => t.ok) ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
  }
}

process.exit(await main());
