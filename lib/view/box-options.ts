// Cytoscape boundingBox options for a node's body alone and its label alone (overlays left out).
export const BODY_ONLY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false } as const;
export const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as const;
