// npm run load: the production server under load, on loopback only and bounded in time. wrk at 50 connections for 30 s
// on / , on /api/graph for one date and on /api/metrics?measure=betweenness, then 2,000 distinct dates in a row while
// the server's memory is sampled. Prints the figures against the targets; exits non-zero if one is missed.
// Each figure comes with the machine's load average and with the CPU time the server and wrk spent per request, so that
// a figure lowered by other work on the machine can be told from a slow server.
// Env: LOAD_PORT (3199), LOAD_SECONDS (30), LOAD_CONNECTIONS (50), LOAD_DATES (2000), LOAD_SCENARIOS (home,graph,metrics,
// dates: a comma-separated subset to run). Needs a build (npm run build).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const PORT = Number(process.env.LOAD_PORT ?? 3199);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DATES = Number(process.env.LOAD_DATES ?? 2000);
const BASE = `http://127.0.0.1:${PORT}`;
const SCENARIOS = new Set((process.env.LOAD_SCENARIOS ?? 'home,graph,metrics,dates').split(',').map((s) => s.trim()));

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
  /** CPU time wrk itself spent per request (the load generator shares the machine's cores with the server). */
  wrkCpuMsPerRequest: number;
  load: string;
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

/** The 1, 5 and 15 minute load averages, as uptime prints them. */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

function wrk(binary: string, path: string, pid: number): WrkResult {
  const url = `${BASE}${path}`;
  const cpuBefore = cpuMs(pid);
  const loadBefore = loadAverage();
  // a 10 s timeout so that slow answers are measured (wrk's 2 s default would drop them as timeouts); bash's `times`
  // prints the CPU time of wrk (its child) on its last line
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '10s', '--latency', url];
  const run = spawnSync('bash', ['-c', '"$0" "$@"; times', binary, ...args], { encoding: 'utf8', timeout: (SECONDS + 60) * 1000 });
  const out = run.stdout;
  const times = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(out);
  const wrkCpuMs = times ? (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) * 1000 : NaN;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const latency = /Latency\s+(\S+)\s+(\S+)\s+(\S+)/.exec(out);
  const p99 = /99%\s+(\S+)/.exec(out)?.[1];
  if (run.status !== 0 || Number.isNaN(rps)) console.error(out, run.stderr);
  const cpuMsPerRequest = requests > 0 ? (cpuMs(pid) - cpuBefore) / requests : NaN;
  return {
    url: path,
    requestsPerSecond: rps,
    requests,
    errors,
    non2xx,
    maxMs: latency ? ms(latency[3]!) : NaN,
    p99Ms: p99 ? ms(p99) : NaN,
    cpuMsPerRequest,
    wrkCpuMsPerRequest: requests > 0 ? wrkCpuMs / requests : NaN,
    load: `${loadBefore} → ${loadAverage()}`,
  };
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

/** 2,000 distinct dates, one after another, from 1950-01-01 on; memory sampled every 100. Stops if the server stops. */
async function distinctDates(server: ChildProcess): Promise<{ samples: number[]; failures: number; seconds: number; requested: number }> {
  const pid = server.pid!;
  const samples = [residentMiB(pid)];
  let failures = 0;
  let requested = 0;
  const started = performance.now();
  const day = new Date(Date.UTC(1950, 0, 1));
  for (let i = 1; i <= DATES && server.exitCode === null && server.signalCode === null; i++) {
    const asOf = day.toISOString().slice(0, 10);
    day.setUTCDate(day.getUTCDate() + 9);
    requested = i;
    if (!(await fetchOk(`${BASE}/api/graph?asOf=${asOf}`))) failures++;
    if (i % 100 === 0) samples.push(residentMiB(pid));
  }
  return { samples, failures, seconds: (performance.now() - started) / 1000, requested };
}

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build: run npm run build first.');
    return 1;
  }
  const binary = SCENARIOS.has('home') || SCENARIOS.has('graph') || SCENARIOS.has('metrics') ? ensureWrk() : 'wrk';
  if (!binary) return 1;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  let stopping = false;
  // a server that stops on its own says how: an exit code (a crash prints its error above) or the signal that ended it
  server.on('exit', (code, signal) => {
    if (!stopping) console.error(`The server stopped during the run: ${signal ? `killed by ${signal} (not by this script)` : `exit code ${code}`}.`);
  });
  try {
    await waitForServer(server);
    const date = '2000-01-01';
    for (const path of ['/', `/api/graph?asOf=${date}`, `/api/metrics?measure=betweenness&asOf=${date}`]) await fetchOk(`${BASE}${path}`); // warm
    console.log(`wrk -t2 -c${CONNECTIONS} -d${SECONDS}s on ${BASE} (loopback); scenarios ${[...SCENARIOS].join(', ')}; load average ${loadAverage()}`);
    const pid = server.pid!;
    const report = (r: WrkResult) => {
      const both = r.cpuMsPerRequest + r.wrkCpuMsPerRequest;
      console.log(
        `${r.url.padEnd(48)} ${r.requestsPerSecond.toFixed(1).padStart(8)} req/s  ${String(r.requests).padStart(7)} requests  errors ${r.errors + r.non2xx}  p99 ${r.p99Ms.toFixed(0)} ms  max ${r.maxMs.toFixed(0)} ms\n` +
          `${''.padEnd(48)} CPU per request: server ${r.cpuMsPerRequest.toFixed(3)} ms, wrk ${r.wrkCpuMsPerRequest.toFixed(3)} ms (≈ ${(2000 / both).toFixed(0)} req/s if both had the 2 cores alone); load average ${r.load}`,
      );
      return r;
    };
    const quiet = (r: WrkResult) => r.errors + r.non2xx === 0 && r.maxMs <= 1000;
    const targets: Target[] = [];
    if (SCENARIOS.has('home')) {
      const home = report(wrk(binary, '/', pid));
      targets.push({
        what: '/ : no errors, no answer over 1 s',
        ok: quiet(home),
        figure: `errors ${home.errors + home.non2xx}, max ${home.maxMs.toFixed(0)} ms`,
      });
    }
    if (SCENARIOS.has('graph')) {
      const graph = report(wrk(binary, `/api/graph?asOf=${date}`, pid));
      targets.push({
        what: '/api/graph (one date): no errors, no answer over 1 s, ≥ 300 req/s',
        ok: quiet(graph) && graph.requestsPerSecond >= 300,
        figure: `${graph.requestsPerSecond.toFixed(0)} req/s, errors ${graph.errors + graph.non2xx}, max ${graph.maxMs.toFixed(0)} ms`,
      });
    }
    if (SCENARIOS.has('metrics')) {
      const metrics = report(wrk(binary, `/api/metrics?measure=betweenness&asOf=${date}`, pid));
      targets.push({
        what: '/api/metrics?measure=betweenness: ≥ 100 req/s',
        ok: metrics.requestsPerSecond >= 100 && metrics.errors + metrics.non2xx === 0,
        figure: `${metrics.requestsPerSecond.toFixed(0)} req/s, errors ${metrics.errors + metrics.non2xx}`,
      });
    }
    if (SCENARIOS.has('dates')) {
      const loadBefore = loadAverage();
      const soak = await distinctDates(server);
      const half = soak.samples[Math.floor((soak.samples.length - 1) / 2)]!;
      const last = soak.samples[soak.samples.length - 1]!;
      const peak = Math.max(...soak.samples);
      console.log(
        `${soak.requested} of ${DATES} distinct dates in ${soak.seconds.toFixed(0)} s, ${soak.failures} failed; server memory (MiB) every 100: ${soak.samples.map((m) => m.toFixed(0)).join(' ')}; load average ${loadBefore} → ${loadAverage()}`,
      );
      // bounded: the caches (the API's 96 MB and serve.mjs's 64 MB of answers) fill over the first dates, then memory
      // stays level: over the second half of the dates it grows by less than 64 MiB
      targets.push({
        what: `${DATES} distinct dates: memory bounded (level over the second half)`,
        ok: soak.requested === DATES && soak.failures === 0 && peak - half < 64,
        figure: `${soak.samples[0]!.toFixed(0)} → ${half.toFixed(0)} at half → ${last.toFixed(0)} MiB (peak ${peak.toFixed(0)})`,
      });
    }
    for (const t of targets) console.log(`${t.ok ? 'ok  ' : 'MISS'} ${t.what}: ${t.figure}`);
    return targets.every((t) => t.ok) ? 0 : 1;
  } finally {
    stopping = true;
    server.kill('SIGTERM');
  }
}

process.exit(await main());
