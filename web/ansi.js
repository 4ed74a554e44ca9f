// Renders terminal output into an element: text only ever goes in as textContent, and ANSI
// colour codes become spans with classes, so output can never inject HTML or script.

const SEQUENCE = /\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b[=>78]/g;
const INCOMPLETE = /\x1b(?:\[[0-9;?]*|\][^\x07\x1b]*|[()])?$/;

/** Writes chunks of one command's output, keeping the colour state between chunks. */
export class AnsiWriter {
  constructor(target) {
    this.target = target;
    this.fg = null;
    this.bg = null;
    this.bold = false;
    this.underline = false;
    this.pending = '';
    this.lines = 0;
  }

  /** Appends text that arrived on stream ('stdout' or 'stderr'). */
  write(text, stream) {
    let input = (this.pending + text).replace(/\r\n/g, '\n').replace(/\r(?!$)/g, '\n');
    this.pending = '';
    const incomplete = input.match(INCOMPLETE);
    if (incomplete) {
      this.pending = incomplete[0];
      input = input.slice(0, incomplete.index);
    }
    let last = 0;
    for (const match of input.matchAll(SEQUENCE)) {
      this.append(input.slice(last, match.index), stream);
      if (match[2] === 'm') {
        this.style(match[1]);
      }
      last = match.index + match[0].length;
    }
    this.append(input.slice(last), stream);
  }

  append(text, stream) {
    if (!text) {
      return;
    }
    const span = document.createElement('span');
    span.textContent = text;
    span.className = stream;
    if (this.fg !== null) span.classList.add(`ansi-fg-${this.fg}`);
    if (this.bg !== null) span.classList.add(`ansi-bg-${this.bg}`);
    if (this.bold) span.classList.add('ansi-bold');
    if (this.underline) span.classList.add('ansi-underline');
    this.target.append(span);
    this.lines += (text.match(/\n/g) || []).length;
  }

  style(parameters) {
    const codes = parameters === '' ? [0] : parameters.split(';').map(Number);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code === 0) {
        this.fg = this.bg = null;
        this.bold = this.underline = false;
      } else if (code === 1) {
        this.bold = true;
      } else if (code === 4) {
        this.underline = true;
      } else if (code === 22) {
        this.bold = false;
      } else if (code === 24) {
        this.underline = false;
      } else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
        this.fg = code;
      } else if (code === 39) {
        this.fg = null;
      } else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
        this.bg = code;
      } else if (code === 49) {
        this.bg = null;
      } else if (code === 38 || code === 48) {
        i += codes[i + 1] === 5 ? 2 : 4; // 256-colour and RGB colours are shown uncoloured
      }
    }
  }
}
