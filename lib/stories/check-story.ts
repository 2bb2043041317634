// Checks a story against the graph: every date valid, every node and tie a step names existing on that step's date,
// and its view parameters understood by the explorer. Returns located problems; never throws.
import { firstDay } from '@/lib/data/dates';
import type { DataProblem } from '@/lib/data/problems';
import { asOf } from '@/lib/graph/as-of';
import type { EntenteGraph } from '@/lib/graph/types';
import { parseViewState } from '@/lib/view/view-state';
import { viewStateContext } from '@/lib/view/view-state-context';
import type { Story } from './story-schema';

export function checkStory(story: Story, graph: EntenteGraph, file: string, context: { measures: readonly string[]; today: string }): DataProblem[] {
  const problems: DataProblem[] = [];
  const viewContext = viewStateContext(graph, context.measures, context.today);
  story.steps.forEach((step, i) => {
    const at = (path: string, message: string) => problems.push({ file, path: `steps[${i}].view${path}`, message });
    const day = firstDay(step.view.date);
    const view = asOf(graph, day);
    if (step.view.focus !== undefined && !view.hasNode(step.view.focus)) {
      at('.focus', graph.hasNode(step.view.focus) ? `"${step.view.focus}" does not exist on ${day}` : `unknown node "${step.view.focus}"`);
    }
    step.view.highlight?.forEach((key, j) => {
      if (!view.hasEdge(key)) at(`.highlight[${j}]`, graph.hasEdge(key) ? `tie "${key}" does not hold on ${day}` : `unknown tie "${key}"`);
    });
    if (step.view.params) {
      const params = new URLSearchParams(step.view.params);
      for (const reserved of ['date', 'focus', 'story', 'step']) if (params.has(reserved)) at('.params', `set ${reserved} in its own field, not in params`);
      const { notices } = parseViewState(params, viewContext);
      for (const notice of notices) at('.params', notice);
    }
  });
  return problems;
}
