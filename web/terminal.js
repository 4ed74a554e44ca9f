// The lesson page's terminal: xterm.js over a WebSocket to a shell in the learner's sandbox.
import { Terminal } from '/vendor/@xterm/xterm/lib/xterm.mjs';
import { FitAddon } from '/vendor/@xterm/addon-fit/lib/addon-fit.mjs';
import { csrf } from './api.js';

/**
 * A terminal in host, connected to a new shell in the learner's sandbox whenever it has none: at
 * start, and on the first key pressed after the shell ended. onCommand is called after Enter.
 */
export class LessonTerminal {
  constructor(host, status, lessonId, onCommand) {
    this.status = status;
    this.lessonId = lessonId;
    this.onCommand = onCommand;
    this.socket = null;
    this.terminal = new Terminal({ cursorBlink: true, fontSize: 13, scrollback: 5000, convertEol: false,
      theme: { background: '#0f1720', foreground: '#e6edf3' } });
    this.fit = new FitAddon();
    this.terminal.loadAddon(this.fit);
    this.terminal.open(host);
    this.fit.fit();
    this.terminal.onData((data) => this.typed(data));
    this.terminal.onResize(({ cols, rows }) => this.send({ type: 'resize', cols, rows }));
    new ResizeObserver(() => this.fit.fit()).observe(host);
  }

  async connect() {
    if (this.socket) return;
    this.show('starting a shell…');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const query = new URLSearchParams({ cols: this.terminal.cols, rows: this.terminal.rows, csrf: await csrf() });
    const socket = new WebSocket(`${scheme}://${location.host}/api/lessons/${encodeURIComponent(this.lessonId)}/terminal?${query}`);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => this.show('connected');
    socket.onmessage = (event) => {
      if (typeof event.data === 'string') {
        const message = JSON.parse(event.data);
        this.terminal.write(`\r\n\x1b[31m${message.message}\x1b[0m\r\n`);
      } else {
        this.terminal.write(new Uint8Array(event.data));
      }
    };
    socket.onclose = () => {
      this.socket = null;
      this.show('no shell');
      this.terminal.write('\r\n\x1b[2m[the shell ended; press a key to start a new one]\x1b[0m\r\n');
    };
  }

  /** Types text into the shell, as if the learner had, starting a shell first when there is none. */
  async type(text) {
    if (!this.socket) {
      await this.connect();
      await new Promise((resolve) => this.socket.addEventListener('open', resolve, { once: true }));
    }
    this.typed(text);
    this.terminal.focus();
  }

  typed(data) {
    if (!this.socket) {
      this.connect();
      return;
    }
    this.send({ type: 'input', data });
    if (data.includes('\r')) this.onCommand();
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    }
  }

  show(text) {
    this.status.textContent = text;
    this.status.dataset.state = text;
  }
}
