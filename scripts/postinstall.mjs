// After `npm install` of the packed kaikyo (a tarball or the registry), where dist/ arrives
// compiled but without the unpacked kuromoji dictionary (62 MB, left out of the package):
// unpack it once, so each cold build loads it in 0.2 s instead of 1.0 s. In a checkout,
// "prepare" (which runs after this) builds dist/ and unpacks it itself, so there is nothing to do
// when dist/ is not there yet. A failure only costs speed: kaikyo then reads kuromoji's own files.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/pipeline/transcribe/dictionary-files.js', import.meta.url);
if (existsSync(compiled)) {
  try {
    const { isCurrentUnpacked, unpackDictionary, unpackedFolder } = await import(compiled.href);
    const { dictionaryPath } = await import(new URL('../dist/pipeline/transcribe/tokenizer.js', import.meta.url).href);
    const { packageRoot } = await import(new URL('../dist/pipeline/data/package-root.js', import.meta.url).href);
    const folder = unpackedFolder(packageRoot());
    if (!isCurrentUnpacked(folder, dictionaryPath())) unpackDictionary(dictionaryPath(), folder);
  } catch (error) {
    process.stderr.write(`kaikyo: the kuromoji dictionary was not unpacked (${error.message}); builds read kuromoji's own files instead\n`);
  }
}
