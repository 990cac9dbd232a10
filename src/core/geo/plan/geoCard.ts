// The geo card's shape lives in the shared model (src/core/model/geoCard.ts); this path is kept while importers move.
export * from '../../model/geoCard';
