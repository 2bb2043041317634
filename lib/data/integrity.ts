// Cross-row checks zod cannot express: unique keys, endpoints that exist and fit the tie kind, ordered periods.
import { firstDay } from './dates';
import type { ParsedDataset, RowOrigin } from './parse';
import type { DataProblem } from './problems';
import type { Dataset, Tie } from './schema';
import { formatPeriodRange, withinSpans, type Span } from './spans';
import { tieKey } from './tie-key';
import { TIE_KIND_TABLE, type NodeKind } from './tie-kinds';
import { INDICATORS_FILE, LIFESPANS_FILE, STATES_FILE } from './files';
import { checkTieRules } from './content-rules';
import { checkSuccessions } from './succession';
import { DOUBTFUL_PREFIX, REVIEWED_PREFIX, tradeContext, unflaggedDoubts } from './trade-plausibility';

/** Which node kinds each end of a tie kind may be: the tie-kind registry's endpoints. */
const endpointKinds = (kind: Tie['kind'], end: 'source' | 'target'): readonly NodeKind[] => TIE_KIND_TABLE[kind].endpoints[end];

const withArticle = (kind: NodeKind) => (kind === 'organization' ? 'an organization' : 'a state');

type Dated = { start: string; end: string | null };

/** Problems with a sequence of periods: each must end after it starts, and start no earlier than the previous one ended. */
export function checkPeriods(periods: readonly Dated[]): { index: number; field: 'start' | 'end'; message: string }[] {
  const found: { index: number; field: 'start' | 'end'; message: string }[] = [];
  periods.forEach((period, index) => {
    if (period.end !== null && firstDay(period.end) <= firstDay(period.start)) {
      found.push({ index, field: 'end', message: `end ${period.end} is not after start ${period.start}` });
    }
    const previous = periods[index - 1];
    if (!previous) return;
    if (previous.end === null) {
      found.push({ index, field: 'start', message: `period ${index - 1} is still ongoing (end: null), so this period overlaps it` });
    } else if (firstDay(period.start) < firstDay(previous.end)) {
      found.push({ index, field: 'start', message: `start ${period.start} overlaps or precedes period ${index - 1}, which ends ${previous.end}` });
    }
  });
  return found;
}

const unknownOrigin = (index: number): RowOrigin => ({ file: '?', index });

export function checkIntegrity(dataset: Dataset, origins: ParsedDataset['origins']): DataProblem[] {
  const problems: DataProblem[] = [];
  const nodeKinds = new Map<string, NodeKind>();
  /** When each node existed: lifespans for states, founded–dissolved for organizations. */
  const spans = new Map<string, Span[]>();

  dataset.states.forEach((state, index) => {
    const origin = origins.states[index] ?? unknownOrigin(index);
    if (nodeKinds.has(state.key)) problems.push({ file: origin.file, path: `[${origin.index}].key`, message: `duplicate node key "${state.key}"` });
    nodeKinds.set(state.key, 'state');
  });
  dataset.organizations.forEach((org, index) => {
    const origin = origins.organizations[index] ?? unknownOrigin(index);
    const at = (path: string) => `[${origin.index}]${path}`;
    if (nodeKinds.has(org.key)) problems.push({ file: origin.file, path: at('.key'), message: `duplicate node key "${org.key}"` });
    nodeKinds.set(org.key, 'organization');
    for (const p of checkPeriods(org.names)) {
      problems.push({ file: origin.file, path: at(`.names[${p.index}].${p.field}`), message: p.message });
    }
    if (org.dissolved !== null && firstDay(org.dissolved) <= firstDay(org.founded)) {
      problems.push({ file: origin.file, path: at('.dissolved'), message: `dissolved ${org.dissolved} is not after founded ${org.founded}` });
    }
    spans.set(org.key, [{ start: org.founded, end: org.dissolved }]);
  });

  dataset.lifespans.forEach((row, index) => {
    const origin = origins.lifespans[index] ?? unknownOrigin(index);
    const at = (path: string) => `[${origin.index}]${path}`;
    if (nodeKinds.get(row.state) !== 'state') {
      problems.push({ file: LIFESPANS_FILE, path: at('.state'), message: `unknown state "${row.state}"` });
    }
    if (spans.has(row.state)) problems.push({ file: LIFESPANS_FILE, path: at('.state'), message: `a second lifespan row for "${row.state}"` });
    for (const p of checkPeriods(row.periods)) {
      problems.push({ file: LIFESPANS_FILE, path: at(`.periods[${p.index}].${p.field}`), message: `${row.state}: ${p.message}` });
    }
    spans.set(row.state, row.periods);
  });

  const withIndicators = new Set<string>();
  dataset.indicators.forEach((row, index) => {
    if (nodeKinds.get(row.state) !== 'state') {
      problems.push({ file: INDICATORS_FILE, path: `[${index}].state`, message: `unknown state "${row.state}" (not in ${STATES_FILE})` });
    }
    if (withIndicators.has(row.state)) problems.push({ file: INDICATORS_FILE, path: `[${index}].state`, message: `a second row for "${row.state}"` });
    withIndicators.add(row.state);
  });

  const seenTies = new Map<string, RowOrigin>();
  dataset.ties.forEach((tie, i) => {
    const origin = origins.ties[i] ?? unknownOrigin(i);
    const at = (path: string) => `[${origin.index}]${path}`;
    const key = tieKey(tie);

    for (const end of ['source', 'target'] as const) {
      const kind = nodeKinds.get(tie[end]);
      const allowed = endpointKinds(tie.kind, end);
      if (kind === undefined) {
        problems.push({ file: origin.file, path: at(`.${end}`), message: `unknown node "${tie[end]}" (not a state or an organization in data/)` });
      } else if (!allowed.includes(kind)) {
        problems.push({ file: origin.file, path: at(`.${end}`), message: `a ${tie.kind} tie's ${end} must be ${allowed.map(withArticle).join(' or ')}, but "${tie[end]}" is ${withArticle(kind)}` });
      }
    }
    if (tie.source === tie.target) problems.push({ file: origin.file, path: at('.target'), message: `a tie cannot link "${tie.source}" to itself` });

    const twin = seenTies.get(key);
    if (twin) problems.push({ file: origin.file, path: at(''), message: `duplicate tie ${key} (first defined in ${twin.file} [${twin.index}]); put both periods on one tie` });
    else seenTies.set(key, origin);

    if (tie.kind === 'conflict') {
      tie.periods.forEach((period, index) => {
        if (period.status === 'active' && period.intensity === null && !period.note?.trim()) {
          problems.push({ file: origin.file, path: at(`.periods[${index}].intensity`), message: `${key}: an active conflict period needs an intensity (minor or war), or a note saying why it has none` });
        }
      });
    }
    if ('weight' in tie && tie.weight && tie.weight.unit.startsWith('%') && tie.weight.value > 100) {
      problems.push({ file: origin.file, path: at('.weight.value'), message: `${key}: a share of ${tie.weight.value}${tie.weight.unit} is above 100%` });
    }

    for (const p of checkTieRules(tie, key)) problems.push({ file: origin.file, path: at(p.path), message: p.message });

    const periodProblems = checkPeriods(tie.periods);
    for (const p of periodProblems) {
      problems.push({ file: origin.file, path: at(`.periods[${p.index}].${p.field}`), message: `${key}: ${p.message}` });
    }
    if (periodProblems.length > 0) return;
    tie.periods.forEach((period, index) => {
      for (const node of [tie.source, tie.target]) {
        const nodeSpans = spans.get(node);
        if (nodeSpans && !withinSpans(period, nodeSpans)) {
          problems.push({
            file: origin.file,
            path: at(`.periods[${index}]`),
            message: `${key}: period ${formatPeriodRange(period)} falls outside the time "${node}" existed (${nodeSpans.map(formatPeriodRange).join(', ')})`,
          });
        }
      }
    });
  });
  for (const { index, path, message } of checkSuccessions(dataset.ties)) {
    const origin = origins.ties[index] ?? unknownOrigin(index);
    problems.push({ file: origin.file, path: `[${origin.index}]${path}`, message });
  }
  const context = tradeContext(dataset.states, dataset.indicators);
  for (const { index, reason } of unflaggedDoubts(dataset.ties, context)) {
    const origin = origins.ties[index] ?? unknownOrigin(index);
    const tie = dataset.ties[index]!;
    problems.push({
      file: origin.file,
      path: `[${origin.index}].periods[${tie.periods.length - 1}].note`,
      message: `${tieKey(tie)}: implausible share (${reason}) not flagged: start the note with "${DOUBTFUL_PREFIX}" and the reason, or with "${REVIEWED_PREFIX}" and why it is right`,
    });
  }
  return problems;
}
