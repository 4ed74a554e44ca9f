// Code completion in a Java cell's editor: Ctrl+Space asks the server what may be typed at the
// caret and lists the candidates under the editor.

import { postJson } from './api.js';

const MAX_SHOWN = 100;

function isCompletionKey(event) {
  return event.ctrlKey && !event.altKey && !event.metaKey && (event.key === ' ' || event.code === 'Space');
}

/**
 * Attaches completion to a textarea. While the list is open, arrows move, Enter or Tab (or a
 * click) puts the chosen candidate in place of the text from the server's anchor to the caret,
 * Escape closes, and typing asks again.
 */
export function attachCompletion(editor) {
  const list = document.createElement('ul');
  list.className = 'completions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Completions');
  list.hidden = true;
  editor.after(list);
  let open = false;
  let asked = 0;
  let shown = { anchor: 0, cursor: 0, candidates: [] };
  let selected = 0;

  function close() {
    open = false;
    list.hidden = true;
    list.replaceChildren();
  }

  function note(text) {
    open = false;
    const item = document.createElement('li');
    item.className = 'completion-note';
    item.textContent = text;
    list.replaceChildren(item);
    list.hidden = false;
  }

  function select(index) {
    const items = list.querySelectorAll('[role=option]');
    if (items.length === 0) return;
    selected = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === selected)));
    items[selected].scrollIntoView({ block: 'nearest' });
  }

  function pick(index) {
    const candidate = shown.candidates[index];
    close();
    const value = editor.value;
    editor.value = value.slice(0, shown.anchor) + candidate + value.slice(shown.cursor);
    const caret = shown.anchor + candidate.length;
    editor.setSelectionRange(caret, caret);
    editor.focus();
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function show(anchor, cursor, candidates) {
    shown = { anchor, cursor, candidates: candidates.slice(0, MAX_SHOWN) };
    list.replaceChildren(...shown.candidates.map((candidate, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.textContent = candidate;
      // mousedown, not click: the editor keeps its focus and caret
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(index);
      });
      return item;
    }));
    open = true;
    list.hidden = false;
    select(0);
  }

  async function ask() {
    const code = editor.value;
    const cursor = editor.selectionStart;
    const request = ++asked;
    let answer;
    try {
      answer = await postJson('/api/complete', { code, cursor });
    } catch (error) {
      if (request === asked) note(`Completion failed: ${error.message}`);
      return;
    }
    // a later request, or typing since, makes this answer stale
    if (request !== asked || editor.value !== code || editor.selectionStart !== cursor) return;
    if (answer.candidates.length === 0) {
      note('Nothing to complete here');
    } else {
      show(answer.anchor, cursor, answer.candidates);
    }
  }

  editor.addEventListener('keydown', (event) => {
    if (isCompletionKey(event)) {
      event.preventDefault();
      ask();
      return;
    }
    if (!open) {
      if (!list.hidden && event.key === 'Escape') close();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(selected + (event.key === 'ArrowDown' ? 1 : -1));
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      event.stopImmediatePropagation();
      pick(selected);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  editor.addEventListener('input', () => {
    if (open) {
      ask();
    } else {
      close();
    }
  });
  editor.addEventListener('blur', close);
}
