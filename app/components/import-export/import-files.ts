// The ?file= link's fetch (lib/import/fetch-file.ts) and the import of files (lib/formats/import-files.ts), for the
// import control and its worker.
export { fetchGraphFile, type FetchOptions, type FetchProgress } from '@/lib/import/fetch-file';
export { importFiles, type ImportOutcome, type NamedFile } from '@/lib/formats/import-files';
