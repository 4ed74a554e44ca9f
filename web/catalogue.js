import { getJson } from './api.js';
import { element } from './dom.js';

const list = document.getElementById('lessons');
const status = document.getElementById('status');

function card(lesson) {
  const item = element('li', 'lesson-card');
  item.dataset.lesson = lesson.id;
  const link = element('a', 'lesson-title', lesson.title);
  link.href = `/lessons/${encodeURIComponent(lesson.id)}`;
  item.append(link);
  if (lesson.summary) item.append(element('p', 'summary', lesson.summary));
  const progress = element('p', 'lesson-progress',
    `${lesson.blocksPassed} of ${lesson.blocks} blocks passed · ${lesson.exercisesSolved} of ${lesson.exercises} exercises solved`);
  if (lesson.blocks + lesson.exercises > 0 && lesson.blocksPassed === lesson.blocks && lesson.exercisesSolved === lesson.exercises) {
    progress.classList.add('complete');
  }
  item.append(progress);
  if (lesson.problems.length > 0) {
    const problems = element('ul', 'problems');
    lesson.problems.forEach((problem) => problems.append(element('li', null, problem)));
    item.append(element('p', 'problems-title', 'This lesson has problems:'), problems);
  }
  return item;
}

try {
  const lessons = await getJson('/api/lessons');
  lessons.forEach((lesson) => list.append(card(lesson)));
  status.textContent = lessons.length === 0 ? 'There are no lessons in the lessons folder yet.' : '';
} catch (error) {
  status.textContent = `The lessons could not be loaded: ${error.message}`;
  status.classList.add('error');
}
