// The stylesheet for large graphs (thousands of nodes): few rules, plain shapes and straight edges, labels only on the
// focus and its neighbours, so that Cytoscape's WebGL renderer draws every node as a simple shape (no label textures)
// and styling 100,000 elements stays cheap.
import type { StylesheetJson } from 'cytoscape';
import { CHANGE_STYLESHEET } from './change-styles';
import { PLAIN_EDGE_STYLE } from './tie-styles';

/** Theme colours the large-graph rules need (a subset of stylesheet.ts's CANVAS_THEMES, passed in to avoid a cycle). */
export type LargeGraphTheme = { canvas: string; label: string; focusLabel: string; organization: string };

const NODE_FILL = { light: '#5f6b7a', dark: '#adb5bd' } as const;

export function largeGraphStylesheet(theme: LargeGraphTheme, dark: boolean): StylesheetJson {
  return [
    // No label and no border: the WebGL renderer draws such a node as a simple shape, without a texture.
    {
      selector: 'node',
      style: { shape: 'ellipse', width: 8, height: 8, 'background-color': NODE_FILL[dark ? 'dark' : 'light'], 'border-width': 0, label: '' },
    },
    { selector: 'node[kind = "organization"]', style: { shape: 'round-rectangle', width: 16, height: 10, 'background-color': theme.organization } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': PLAIN_EDGE_STYLE.color, opacity: 0.45, 'target-arrow-shape': 'none' },
    },
    ...CHANGE_STYLESHEET,
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.bloc-a', style: { 'border-width': 3, 'border-color': '#1c7ed6' } },
    { selector: 'node.bloc-b', style: { 'border-width': 3, 'border-color': '#e8590c' } },
    { selector: 'node.bloc-a.bloc-b', style: { 'border-color': '#7048e8' } },
    // The focus and its neighbours are named, with the canvas colour as a halo.
    {
      selector: 'node.focus, node.neighbor',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: theme.focusLabel,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': theme.canvas,
        'text-outline-width': 1.5,
        'z-index': 10,
      },
    },
    { selector: 'node.neighbor', style: { 'border-width': 2, 'border-color': '#1971c2' } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#f59f00', width: 14, height: 14, 'z-index': 30 } },
    { selector: 'edge.highlighted', style: { width: 2, opacity: 1, 'line-color': '#1971c2', 'z-index': 9 } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 3 } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -3 } },
    { selector: 'node.label-hidden, node.faded, node.export-unlabelled', style: { label: '' } },
  ];
}
