// Unpack kuromoji's dictionary into dist/kuromoji-dict (see pipeline/transcribe/dictionary-files.ts):
// run by "prepare" after the TypeScript build, so every tokenizer load afterwards skips the
// gunzip of 18 MB. Without it kaikyo still works, loading the stock .dat.gz files.
import { dictionaryPath } from '../dist/pipeline/transcribe/tokenizer.js';
import { unpackDictionary, unpackedFolder } from '../dist/pipeline/transcribe/dictionary-files.js';
import { packageRoot } from '../dist/pipeline/data/package-root.js';

unpackDictionary(dictionaryPath(), unpackedFolder(packageRoot()));
