// What a file format is to Entente: its names, extensions and content type, how to read it and how to write it.
import type { EntenteGraph } from '@/lib/graph/types';
import type { CsvMapping } from './csv';
import type { EdgeTypeForm } from './edge-type';
import type { Positions } from './fields';
import type { ImportResult } from './import-result';
import type { XmlImportOptions } from './xml';

export type FormatReadOptions = XmlImportOptions & {
  /** The second file of a format made of two (CSV: the node list), already decoded. */
  companionText?: string;
  mapping?: CsvMapping;
};

export type FormatWriteOptions = {
  positions?: Positions;
  /** For formats with `edgeTypes`: how directed and undirected ties are held (default: the first listed). */
  edgeType?: EdgeTypeForm;
  /** For formats with `parts`: which file (default: the first listed). */
  part?: string;
};

export type FileFormat = {
  /** The `format=` value of GET /api/graph. */
  id: string;
  /** Its name for people, e.g. "GEXF". */
  label: string;
  /** Which tools read it, e.g. "Gephi, Gephi Lite, networkx". */
  readBy: string;
  /** File name extensions read as this format, without the dot; files are written with the first. */
  extensions: readonly string[];
  /** The content type an export is served with. */
  mimeType: string;
  /** Content types of fetched files (?file=) that name this format when the URL has no known extension. */
  contentTypes: RegExp;
  /** A format made of several files (CSV: edges and nodes): their names, the first the default; null for one file. */
  parts: readonly string[] | null;
  /** How the format can hold Entente's mix of directed and undirected ties; the first is the default. Empty: one way. */
  edgeTypes: readonly EdgeTypeForm[];
  read(text: string, options: FormatReadOptions): ImportResult;
  write(graph: EntenteGraph, options: FormatWriteOptions): string;
};
