/** The help directory: data, schema and the queries the popup's help views use. */
export { helpDirectory } from './data/index.ts';
export { CONFIRMED_ON, READ_ON } from './data/checked.ts';
export { peerSupportGaps } from './data/peer-gaps.ts';
export * from './schema.ts';
export * from './locale.ts';
export * from './queries.ts';
export * from './links.ts';
export * from './staleness.ts';
export * from './format.ts';
