/**
 * Bounds on what the engine hands out, and the control characters it never passes on. Knowledge
 * comes from people's documents and packs: one 35 KB paragraph or a 2,000-character heading must
 * not become an answer no chat can deliver, and an escape sequence in a document must not reach a
 * terminal or an editor. Pure.
 */

/** Longest excerpt a citation carries (one or two sentences; a longer "sentence" is cut). */
export const MAX_EXCERPT_CHARS = 1000;
/** Longest passage title or document heading kept. */
export const MAX_TITLE_CHARS = 200;
/** Longest section path ("A > B > C") kept. */
export const MAX_SECTION_CHARS = 600;
/** Longest answer text composed (well under the chat protocol's 16,000). */
export const MAX_ANSWER_CHARS = 8000;

/**
 * C0 and C1 control characters except tab and line breaks: ESC starts terminal sequences (OSC 52
 * clipboard writes, title changes), NUL and the rest have no place in prose.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same, line breaks and tabs included: for one-line fields (titles, sections). */
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text with control characters removed (tabs and line breaks kept). */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** A one-line field: control characters removed, line breaks and tabs become spaces. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}

/** Whether a string holds a control character other than tab and line breaks. */
export function hasControls(text: string): boolean {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text);
}

/**
 * At most `max` characters: cut at the last space in the final fifth when there is one, else
 * mid-word, and marked with an ellipsis. Never splits a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (cut > 0 && /[\ud800-\udbff]/.test(text[cut - 1])) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}
