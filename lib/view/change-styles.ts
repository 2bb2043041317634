// How the Changes mode and story highlights look: one table for the Cytoscape rules and the changes legend.
import type { StylesheetJson } from 'cytoscape';
import { CHANGE_CLASSES } from '@/lib/changes/changes-view';

export type ChangeStyle = { label: string; color: string; dashed: boolean; width: number; opacity: number };

/** Tie looks in the Changes mode; nodes that appeared or disappeared get a ring in the same colours. */
export const CHANGE_STYLES = {
  new: { label: 'New: started between the two dates', color: '#2f9e44', dashed: false, width: 4, opacity: 1 },
  changed: { label: 'Status changed (e.g. member → frozen)', color: '#f08c00', dashed: false, width: 4, opacity: 1 },
  gone: { label: 'Gone: ended between the two dates', color: '#868e96', dashed: true, width: 2, opacity: 0.7 },
  unchanged: { label: 'Unchanged', color: '#adb5bd', dashed: false, width: 1, opacity: 0.3 },
} as const satisfies Record<string, ChangeStyle>;

export const CHANGE_STYLESHEET: StylesheetJson = [
  ...(Object.keys(CHANGE_STYLES) as (keyof typeof CHANGE_STYLES)[]).map((name) => {
    const style = CHANGE_STYLES[name];
    return {
      selector: `edge.${CHANGE_CLASSES[name]}`,
      style: {
        'line-color': style.color,
        'target-arrow-color': style.color,
        width: style.width,
        opacity: style.opacity,
        'line-style': style.dashed ? 'dashed' : 'solid',
      },
    } as const;
  }),
  { selector: `node.${CHANGE_CLASSES.appeared}`, style: { 'border-width': 4, 'border-color': CHANGE_STYLES.new.color } },
  {
    selector: `node.${CHANGE_CLASSES.disappeared}`,
    style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': CHANGE_STYLES.gone.color, opacity: 0.5 },
  },
  // A story step's highlighted ties and nodes: a yellow glow under the element, whatever its own style.
  {
    selector: 'edge.story-highlight',
    style: { 'underlay-color': '#fab005', 'underlay-opacity': 0.55, 'underlay-padding': 5, width: 5, opacity: 1, 'z-index': 20 },
  },
  { selector: 'node.story-highlight', style: { 'underlay-color': '#fab005', 'underlay-opacity': 0.55, 'underlay-padding': 6, 'z-index': 20 } },
  // a focus still fades what lies outside it, whatever its change class
  { selector: '.faded', style: { opacity: 0.1 } },
];

export const STORY_HIGHLIGHT_CLASS = 'story-highlight';
