import { getJson, postJson, postStream } from './api.js';
import { AnsiWriter } from './ansi.js';
import { LessonTerminal } from './terminal.js';
import { SandboxPanel } from './panel.js';
import { element } from './dom.js';
import { attachCompletion } from './completion.js';

const RUNNABLE = new Set(['transcript', 'script', 'file', 'terminal', 'java', 'solution']);
// Terminal blocks are typed into the terminal, where nothing checks them: practice, not steps.
const STEPS = new Set(['transcript', 'script', 'file', 'java']);
const FOLD_AFTER_LINES = 30;
const VERDICTS = { PASSED: 'passed', FAILED: 'failed', ERROR: 'error', TIMED_OUT: 'timed out', SKIPPED: 'skipped' };

const lessonId = decodeURIComponent(location.pathname.split('/').pop());
const article = document.getElementById('lesson');
const status = document.getElementById('status');
const progressLabel = document.getElementById('progress');
const passed = new Set();
const solved = new Set();
let exercises = [];
let running = false;
const panel = new SandboxPanel(document.getElementById('sandbox-content'), document.getElementById('sandbox-status'),
  document.getElementById('sandbox-logs'));
let terminal;

function button(label, className, onClick) {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

function seconds(millis) {
  return `${(millis / 1000).toFixed(1)} s`;
}

function steps() {
  return [...article.querySelectorAll('.block')].filter((block) => STEPS.has(block.dataset.kind));
}

function showProgress() {
  const total = steps();
  const done = total.filter((block) => passed.has(Number(block.dataset.block))).length;
  progressLabel.textContent = `${done} of ${total.length} blocks passed · ${solved.size} of ${exercises.length} exercises solved`;
}

/** The area under a block or an exercise where a run's output and verdict appear. */
function resultArea() {
  const area = element('div', 'run');
  area.hidden = true;
  const verdict = element('div', 'verdict');
  const output = element('pre', 'output');
  const fold = button('Show all output', 'link fold', () => {
    output.classList.toggle('folded');
    fold.textContent = output.classList.contains('folded') ? 'Show all output' : 'Fold output';
  });
  fold.hidden = true;
  const message = element('pre', 'message');
  message.hidden = true;
  area.append(verdict, output, fold, message);
  return { area, verdict, output, fold, message };
}

function showMessage(ui, text) {
  ui.message.replaceChildren();
  ui.message.hidden = !text;
  for (const line of (text || '').split('\n')) {
    const className = line.startsWith('+') ? 'diff-add' : line.startsWith('-') ? 'diff-del' : null;
    ui.message.append(element('span', className, `${line}\n`));
  }
}

function showVerdict(ui, outcome) {
  const word = VERDICTS[outcome.verdict] || outcome.verdict.toLowerCase();
  ui.verdict.className = `verdict verdict-${outcome.verdict.toLowerCase().replace('_', '-')}`;
  ui.verdict.textContent = `${word} in ${seconds(outcome.elapsedMillis)}`;
  showMessage(ui, [outcome.message, ...outcome.notes].filter(Boolean).join('\n'));
}

function setRunning(value) {
  running = value;
  document.body.classList.toggle('running', value);
  article.querySelectorAll('button.run-button').forEach((node) => { node.disabled = value; });
}

/** Streams one run into ui; resolves with the result event, or undefined when the server refused. */
async function stream(url, body, ui) {
  ui.area.hidden = false;
  ui.output.replaceChildren();
  ui.output.classList.remove('folded');
  ui.fold.hidden = true;
  showMessage(ui, '');
  ui.verdict.className = 'verdict verdict-running';
  ui.verdict.textContent = 'running…';
  const writer = new AnsiWriter(ui.output);
  let outcome;
  try {
    await postStream(url, body, (name, data) => {
      if (name === 'output') {
        writer.write(data.text, data.stream);
        if (writer.lines > FOLD_AFTER_LINES && ui.fold.hidden) {
          ui.fold.hidden = false;
          ui.output.classList.add('folded');
        }
        ui.output.scrollTop = ui.output.scrollHeight;
      } else if (name === 'result') {
        outcome = data;
      }
    });
    if (outcome) {
      showVerdict(ui, outcome);
    } else {
      ui.verdict.className = 'verdict verdict-error';
      ui.verdict.textContent = 'the connection ended before the result';
    }
  } catch (error) {
    ui.verdict.className = 'verdict verdict-error';
    ui.verdict.textContent = `not run: ${error.message}`;
  }
  return outcome;
}

async function runBlock(block) {
  const text = block.editor.value;
  const body = text === block.original ? {} : { text };
  const outcome = await stream(`/api/lessons/${encodeURIComponent(lessonId)}/blocks/${block.dataset.block}/run`, body, block.ui);
  if (outcome && outcome.verdict === 'PASSED' && text === block.original) {
    passed.add(Number(block.dataset.block));
    block.classList.add('passed');
    showProgress();
  }
  return outcome;
}

async function exclusive(action) {
  if (running) return;
  setRunning(true);
  try {
    await action();
  } finally {
    setRunning(false);
    panel.soon();
  }
}

/** A terminal block's commands, without their $ prompts, typed into the terminal one a line. */
function typeIntoTerminal(block) {
  const lines = block.editor.value.split('\n').map((line) => line.replace(/^\$ ?/, '')).filter((line) => line.trim());
  terminal.type(lines.map((line) => `${line}\r`).join(''));
}

function runAllAbove(block) {
  return exclusive(async () => {
    const index = Number(block.dataset.block);
    for (const step of steps().filter((candidate) => Number(candidate.dataset.block) < index)) {
      const outcome = await runBlock(step);
      if (!outcome || outcome.verdict !== 'PASSED' && outcome.verdict !== 'SKIPPED') {
        step.scrollIntoView({ block: 'center' });
        return;
      }
    }
  });
}

function makeRunnable(block) {
  const original = block.querySelector('code').textContent;
  const editor = element('textarea', 'editor');
  editor.value = original;
  editor.spellcheck = false;
  editor.setAttribute('aria-label', `Block ${block.dataset.block}, editable`);
  const resize = () => { editor.rows = Math.max(1, editor.value.replace(/\n$/, '').split('\n').length); };
  resize();
  block.querySelector('pre.block-code').replaceWith(editor);
  // before the Run keys, so that Enter in an open completion list picks rather than runs
  if (block.dataset.kind === 'java') attachCompletion(editor);
  block.original = original;
  block.editor = editor;
  block.ui = resultArea();
  const restore = button('Restore original', 'secondary restore', () => {
    editor.value = original;
    resize();
    restore.hidden = true;
    block.classList.remove('edited');
  });
  restore.hidden = true;
  editor.addEventListener('input', () => {
    resize();
    const edited = editor.value !== original;
    restore.hidden = !edited;
    block.classList.toggle('edited', edited);
  });
  const run = block.dataset.kind === 'terminal' ? () => typeIntoTerminal(block) : () => exclusive(() => runBlock(block));
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      run();
    }
  });
  const tools = element('div', 'tools');
  tools.append(button('Run', block.dataset.kind === 'terminal' ? 'run-in-terminal' : 'run-button', run));
  if (STEPS.has(block.dataset.kind) && steps().some((step) => Number(step.dataset.block) < Number(block.dataset.block))) {
    tools.append(button('Run all blocks above', 'secondary run-button run-above', () => runAllAbove(block)));
  }
  const keys = { terminal: 'Run types it into the terminal', java: 'Shift+Enter runs · Ctrl+Space completes' };
  tools.append(restore, element('span', 'hint-keys', keys[block.dataset.kind] || 'Shift+Enter runs'));
  block.append(tools, block.ui.area);
  if (passed.has(Number(block.dataset.block))) {
    block.classList.add('passed');
  }
}

function makeExercise(exercise) {
  const parts = [...article.querySelectorAll('.block')].filter((block) => block.dataset.exercise === exercise.id);
  const heading = [...article.querySelectorAll('[data-exercise]')].find((node) => !node.classList.contains('block')
    && node.dataset.exercise === exercise.id);
  if (parts.length === 0) return;
  const panel = element('div', 'exercise');
  panel.dataset.exercise = exercise.id;
  const ui = resultArea();
  const tools = element('div', 'tools');
  const solvedBadge = element('span', 'solved-badge', 'solved');
  solvedBadge.hidden = !solved.has(exercise.id);
  tools.append(button('Check', 'run-button check', () => exclusive(async () => {
    const outcome = await stream(`/api/lessons/${encodeURIComponent(lessonId)}/exercises/${encodeURIComponent(exercise.id)}/check`, {}, ui);
    if (outcome && outcome.solved) {
      solved.add(exercise.id);
      solvedBadge.hidden = false;
      heading?.classList.add('solved');
      showProgress();
    }
  })));
  const reveal = (kind, label) => {
    const hidden = parts.filter((block) => block.dataset.kind === kind);
    if (hidden.length > 0) {
      tools.append(button(label, `secondary show-${kind}`, () => hidden.forEach((block) => { block.hidden = !block.hidden; })));
    }
  };
  reveal('hint', 'Hint');
  reveal('solution', 'Solution');
  tools.append(solvedBadge);
  panel.append(tools, ui.area);
  parts[parts.length - 1].after(panel);
  if (solved.has(exercise.id)) heading?.classList.add('solved');
}

async function load() {
  try {
    const view = await getJson(`/api/lessons/${encodeURIComponent(lessonId)}`);
    document.title = `${view.title} · Slipway`;
    view.blocksPassed.forEach((index) => passed.add(index));
    view.exercisesSolved.forEach((id) => solved.add(id));
    exercises = view.exercises;
    article.innerHTML = view.html; // rendered by the server with every text escaped
    if (view.problems.length > 0) {
      const list = document.getElementById('problems');
      view.problems.forEach((problem) => list.append(element('li', null, problem)));
      list.hidden = false;
    }
    article.querySelectorAll('.block').forEach((block) => {
      if (RUNNABLE.has(block.dataset.kind)) makeRunnable(block);
    });
    exercises.forEach(makeExercise);
    showProgress();
    status.textContent = '';
    terminal = new LessonTerminal(document.getElementById('terminal'), document.getElementById('terminal-status'), lessonId,
      () => panel.soon());
    terminal.connect();
    panel.start();
  } catch (error) {
    status.textContent = `The lesson could not be loaded: ${error.message}`;
    status.classList.add('error');
  }
}

document.getElementById('reset').addEventListener('click', () => exclusive(async () => {
  status.textContent = 'Resetting your sandbox…';
  try {
    await postJson('/api/sandbox/reset', {});
    status.textContent = 'Your sandbox was reset. Run the blocks from the top again; your progress is kept.';
  } catch (error) {
    status.textContent = `The sandbox could not be reset: ${error.message}`;
  }
}));

load();
