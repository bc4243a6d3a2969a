// The synthesis project: a versioned file holding the coding of many events' notes and the
// analyst's review of it (named decisions with undo, an audit log, progress).
export * from './schema';
export * from './migrations';
export * from './create';
export * from './registry';
export * from './history';
export * from './audit';
export * from './progress';
export * from './extend';
export * from './view';
export { notesOfGroup } from './noteOperations';
export { findTheme } from './definition';
