import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ContentError } from './content-error.ts';

/**
 * A content file's text. A file saved in another encoding (Latin-1, Windows-1252: "æøå" as
 * single bytes) stops the build at the first wrong byte instead of publishing "�".
 */
export function readContentText(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD'));
    const byte = bytes[Buffer.byteLength(before)].toString(16).toUpperCase();
    const lines = before.split('\n');
    throw new ContentError(
      { file: relative(process.cwd(), path), line: lines.length, column: lines.at(-1)!.length + 1 },
      `byte 0x${byte} is not UTF-8: the file was saved in another encoding (Latin-1 or Windows-1252, perhaps)`,
      'Save the file as UTF-8 (in VS Code: "Reopen with Encoding" → Western (Windows 1252), then "Save with Encoding" → UTF-8) and check its æ, ø and å.',
    );
  }
}
