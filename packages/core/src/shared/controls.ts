/**
 * Characters that steer a terminal or reorder text rather than being text: C0 controls except tab, line feed and
 * carriage return, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069) that make a file name or quote read differently from what it holds.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Whole terminal sequences, so that no fragment ("[0m") is left to be read as words or numbers: CSI (ESC [ or
 * U+009B, parameters, final byte), OSC/DCS/APC/PM strings up to their terminator (bounded, so a missing terminator
 * costs a bounded scan), and two-character escapes.
 */
const SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]{0,64}[\u0020-\u002f]{0,16}[\u0040-\u007e]|(?:\u001b[\]P^_]|[\u009d\u0090\u009e\u009f])[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\|\u009c)|\u001b[\u0020-\u002f]{0,4}[\u0030-\u007e]/g;

function spaces(match: string): string {
  return ' '.repeat(match.length);
}

/**
 * The article text with every control character and terminal sequence replaced by as many spaces, so that no
 * offset moves (evidence keeps its `line:column`) and nothing of an escape reaches extraction as data.
 */
export function blankControls(text: string): string {
  // Most articles have none: keep them the same string.
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(SEQUENCE, spaces).replace(CONTROL, ' ');
}

/**
 * Text for a terminal, a Markdown or an HTML page, with each control character shown as one visible character: a
 * C0 control as its Unicode control picture (ESC as ␛, BEL as ␇), DEL as ␡, C1 controls and bidirectional
 * overrides as U+FFFD. One character each, so cutting a quote can never split an escape.
 */
export function visibleControls(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** Every C0 control (tab and line breaks too), and the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\u0000-\u001f\u2028\u2029]/g;

/**
 * Text for one line of a terminal (a warning on stderr): as visibleControls, and line breaks and tabs shown too
 * (LF as ␊, CR as ␍, tab as ␉; U+2028 and U+2029 as U+FFFD), so that a file name holding a line break can never
 * make one warning look like two.
 */
export function visibleLine(text: string): string {
  const visible = visibleControls(text);
  LINE_BREAKING.lastIndex = 0;
  if (!LINE_BREAKING.test(visible)) return visible;
  return visible.replace(LINE_BREAKING, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
  });
}
