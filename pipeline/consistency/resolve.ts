/**
 * The consistency stage resolves with the names stage's resolver (pipeline/names/resolve.ts):
 * one module decides which entry an occurrence is, for every output.
 */
export { resolveEntry, type Resolution, type ResolveBasis, type ResolveContext } from '../names/resolve.js';
