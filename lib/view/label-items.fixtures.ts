// A node with a label, for the label-placement and declutter tests: a 16 px disc, its label 10 px tall below it.
import type { LabelItem } from './label-placement';

export const labelledNode = (key: string, x: number, y: number, priority = 1, labelWidth = 40): LabelItem => ({
  key,
  priority,
  x,
  y,
  width: 16,
  height: 16,
  labelWidth,
  labelHeight: 10,
  inside: false,
});
