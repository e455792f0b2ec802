import { stripVTControlCharacters } from 'node:util';

/**
 * Text from the corpus, a pack, a user's document or the command line, made safe to print for a
 * person: a terminal would act on escape sequences in it (OSC 52 clipboard writes, window-title
 * changes, hidden text, cursor moves). Node's own stripVTControlCharacters removes whole ANSI
 * sequences (CSI, OSC, with either terminator), so no fragment of one is left to read; any
 * control character still there, and the bidirectional overrides that reorder what a line
 * appears to say, are dropped. JSON output never goes through here: JSON.stringify escapes them.
 */

/** C0 and C1 controls except tab and newline, DEL, and the bidi embedding/override/isolate marks. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Safe text, lines kept (a lone carriage return, which would overwrite a line, is dropped). */
export function terminalText(s: string): string {
  return stripVTControlCharacters(s).replace(/\r\n/g, '\n').replace(CONTROLS, '');
}

/** Safe text on one line: newlines and tabs become spaces (a sentence, a title, an error). */
export function terminalLine(s: string): string {
  return terminalText(s).replace(/[\t\n]+/g, ' ');
}
