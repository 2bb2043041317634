// What an import reads: a picked or dropped File (read in the import worker), or bytes already fetched from a link.
import type { NamedFile } from './import-files';

export type ImportSource = File | NamedFile;

export const isFile = (source: ImportSource): source is File => typeof Blob !== 'undefined' && source instanceof Blob;
export const sizeOf = (source: ImportSource): number => (isFile(source) ? source.size : source.bytes.byteLength);
