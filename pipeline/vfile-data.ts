/**
 * What the stages hand each other on a vfile's `data`, typed by augmenting vfile's DataMap.
 * Each field says which stage writes it; readers check that it is there.
 */
import type { DocumentMeta } from './corpus/document.js';

declare module 'vfile' {
  interface DataMap {
    /** The document's metadata (written by orchestrate/build-document.ts before any stage runs). */
    meta: DocumentMeta;
  }
}

export {};
