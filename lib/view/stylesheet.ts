// The Cytoscape stylesheet as data: looks come from tie-styles, UI states are classes (.faded, .focus, .neighbor).
import type { StylesheetJson } from 'cytoscape';
import { CHANGE_STYLESHEET } from './change-styles';
import { largeGraphStylesheet } from './large-graph-style';
import { CURVE_STEP } from './focus-layout';
import { ENDED_TIE_STYLE, PENDING_TIE_STYLE, PLAIN_EDGE_STYLE, MEMBERSHIP_STATUS_STYLES, NODE_STYLES, TIE_STYLES } from './tie-styles';
import { PENDING_STATUSES } from '@/lib/data/tie-kinds';
import type { TieKind } from '@/lib/data/schema';

const tieRules: StylesheetJson = (Object.keys(TIE_STYLES) as TieKind[]).map((kind) => {
  const style = TIE_STYLES[kind];
  return {
    selector: `edge[kind = "${kind}"]`,
    style: {
      'line-color': style.color,
      'line-style': style.lineStyle,
      width: style.width,
      'target-arrow-shape': style.arrow ? 'triangle' : 'none',
      'target-arrow-color': style.color,
      'arrow-scale': 0.8,
    },
  };
});

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 9,
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 6,
    },
  },
  {
    selector: 'node[kind = "state"]',
    style: {
      shape: NODE_STYLES.state.shape,
      width: 16,
      height: 16,
      'background-color': NODE_STYLES.state.color,
      'border-color': NODE_STYLES.state.border,
      'border-width': 1,
    },
  },
  {
    // States with no tie on the date: small and quiet, labelled once the user zooms in.
    selector: 'node[kind = "state"][[degree = 0]]',
    style: { width: 8, height: 8, 'font-size': 5, 'min-zoomed-font-size': 9, 'border-width': 0.5 },
  },
  {
    selector: 'node[kind = "organization"]',
    style: {
      shape: NODE_STYLES.organization.shape,
      width: 54,
      height: 26,
      'background-color': NODE_STYLES.organization.color,
      'border-color': NODE_STYLES.organization.border,
      color: '#ffffff',
      'font-size': 11,
      'font-weight': 'bold',
      'text-valign': 'center',
      'text-margin-y': 0,
    },
  },
  {
    selector: 'edge',
    // No opacity transitions: animating a focus change restyles every element on every frame.
    // A lone tie is a straight line; several ties between the same two nodes are drawn as separate curves, CURVE_STEP
    // apart (focus views give them room).
    style: { 'curve-style': 'straight', opacity: 0.85 },
  },
  { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier', 'control-point-step-size': CURVE_STEP } },
  ...tieRules,
  // A plain imported graph's edges: one neutral look, whatever kind they were mapped to.
  {
    selector: 'edge[?plain]',
    style: { 'line-color': PLAIN_EDGE_STYLE.color, 'target-arrow-color': PLAIN_EDGE_STYLE.color, 'line-style': 'solid', width: PLAIN_EDGE_STYLE.width },
  },
  // An undirected tie (an alliance, a conflict, an imported file's undirected edge) has no arrowhead, whatever its kind.
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
  {
    selector: 'edge[kind = "membership"][status = "suspended"], edge[kind = "membership"][status = "frozen"]',
    style: { 'line-color': MEMBERSHIP_STATUS_STYLES.strained.color, 'line-style': MEMBERSHIP_STATUS_STYLES.strained.lineStyle, width: 2.5 },
  },
  {
    selector: 'edge[kind = "membership"][status = "observer"], edge[kind = "membership"][status = "partner"]',
    style: { 'line-color': MEMBERSHIP_STATUS_STYLES.associate.color, 'line-style': MEMBERSHIP_STATUS_STYLES.associate.lineStyle, width: 1 },
  },
  { selector: 'edge[kind = "conflict"][status != "active"]', style: { width: 1.5 } },
  // Agreed but not in effect (a treaty signed, not in force): the kind's colour, dashed and thin.
  ...(PENDING_STATUSES.length > 0
    ? [
        {
          selector: PENDING_STATUSES.map(([kind, status]) => `edge[kind = "${kind}"][status = "${status}"]`).join(', '),
          style: { 'line-style': PENDING_TIE_STYLE.lineStyle, width: PENDING_TIE_STYLE.width },
        },
      ]
    : []),
  // Ended ties (holds.ts), drawn only when the user asks for them: recessive, whatever their kind.
  {
    selector: 'edge[?ended]',
    style: {
      'line-color': ENDED_TIE_STYLE.color,
      'line-style': ENDED_TIE_STYLE.lineStyle,
      width: ENDED_TIE_STYLE.width,
      'target-arrow-shape': 'none',
      opacity: 0.7,
    },
  },
  // Held on the reference data's last date, not verified since: drawn dotted.
  { selector: 'edge[status = "continuing"]', style: { 'line-style': 'dotted' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  // Label placement in focus views (lib/view/label-placement.ts): moved to a free side, or left to the tooltip.
  // An organization's label too small to read inside its box at the view's zoom is drawn larger, below it (apply-labels.ts).
  { selector: 'node.label-out', style: { 'text-valign': 'bottom', 'text-margin-y': 3 } },
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 3 } },
  { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -3 } },
  { selector: 'node.label-hidden', style: { label: '' } },
  { selector: 'node.faded', style: { label: '' } },
  { selector: '.hidden', style: { display: 'none' } },
  // Nodes sized by the chosen measure carry a size; states keep their shape, organizations stay wider than tall.
  { selector: 'node[kind = "state"][size]', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node[kind = "organization"][boxWidth]', style: { width: 'data(boxWidth)' } },
  { selector: 'node[kind = "organization"][size]', style: { width: 'data(orgWidth)', height: 'data(orgHeight)' } },
  { selector: 'node[kind = "state"][color]', style: { 'background-color': 'data(color)' } },
  // Blocs compared side by side: members of the first get a blue ring, of the second an orange one, of both a double ring.
  { selector: 'node.bloc-a', style: { 'border-width': 4, 'border-color': '#1c7ed6' } },
  { selector: 'node.bloc-b', style: { 'border-width': 4, 'border-color': '#e8590c' } },
  { selector: 'node.bloc-a.bloc-b', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#7048e8' } },
  { selector: 'node.neighbor', style: { 'border-width': 2, 'border-color': '#1971c2' } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#f59f00', 'z-index': 10 } },
  { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 9 } },
  // Neighbours change only colours and z-order (a font change on many nodes at once left cached label textures clipped).
  { selector: 'node.focus, node.neighbor', style: { 'z-index': 10 } },
  ...CHANGE_STYLESHEET,
  // The focus is drawn above every other node (its label with it, so no neighbour's box can cover it), and its label is
  // drawn at any zoom, larger, on a plate of the canvas colour (themeRules) so that ties crossing it do not blur it.
  { selector: 'node.focus', style: { 'z-index': 30, 'min-zoomed-font-size': 0 } },
  {
    selector: 'node[kind = "state"].focus',
    style: { 'font-size': 12, 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'text-background-shape': 'roundrectangle' },
  },
];

/** The canvas backgrounds the labels sit on, per theme (the same values as --canvas and --land in app/globals.css). */
export const CANVAS_THEMES = {
  light: {
    canvas: '#ffffff',
    land: '#eef1f4',
    label: '#212529',
    focusLabel: '#000000',
    organization: NODE_STYLES.organization.color,
    organizationLabel: '#ffffff',
  },
  dark: { canvas: '#1a1d21', land: '#23282e', label: '#dee2e6', focusLabel: '#ffffff', organization: '#364fc7', organizationLabel: '#ffffff' },
} as const;
export type CanvasTheme = keyof typeof CANVAS_THEMES;

/** Label colours per theme: labels get a halo of the canvas colour so that ties under them do not lower their contrast. */
function themeRules(theme: CanvasTheme): StylesheetJson {
  const t = CANVAS_THEMES[theme];
  return [
    { selector: 'node', style: { color: t.label, 'text-outline-color': t.canvas, 'text-outline-width': 1.5, 'text-outline-opacity': 0.85 } },
    {
      selector: 'node[kind = "organization"]',
      style: { 'background-color': t.organization, 'border-color': t.organization, color: t.organizationLabel, 'text-outline-width': 0 },
    },
    // The focus and its neighbours have the strongest labels: full-contrast colour and a solid halo.
    { selector: 'node.focus, node.neighbor', style: { color: t.focusLabel, 'text-outline-opacity': 1 } },
    { selector: 'node[kind = "state"].focus', style: { 'text-background-color': t.canvas } },
    { selector: 'node[kind = "organization"].focus, node[kind = "organization"].neighbor', style: { color: t.organizationLabel } },
    // An organization's label drawn outside its box reads like a state's.
    { selector: 'node.label-out', style: { color: t.focusLabel, 'text-outline-width': 1.5, 'text-outline-opacity': 1 } },
  ];
}

/** The stylesheet for a theme and a graph size class (large graphs: lib/view/large-graph-style.ts). */
export function stylesheetFor(theme: CanvasTheme, large: boolean): StylesheetJson {
  if (large) return largeGraphStylesheet(CANVAS_THEMES[theme], theme === 'dark');
  const base = STYLESHEET;
  // Label and organization colours go right after the node-kind rules, so that data rules (measure colours) and class
  // rules (blocs, focus rings) still win; the focus label colours go last.
  const at = base.findIndex((rule) => rule.selector === 'edge');
  const rules = themeRules(theme);
  const focusRules = rules.slice(2);
  // Labels an exported image leaves out so that none overlaps another (lib/view/declutter.ts).
  const exportRules: StylesheetJson = [{ selector: 'node.export-unlabelled', style: { label: '' } }];
  return [...base.slice(0, at), ...rules.slice(0, 2), ...base.slice(at), ...focusRules, ...exportRules];
}
