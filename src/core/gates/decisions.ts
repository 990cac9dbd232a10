// The decisions live in the shared model (src/core/model/decisions.ts); this path is kept while importers move.
export * from '../model/decisions';
