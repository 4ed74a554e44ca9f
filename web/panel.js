// The sandbox panel: the learner's containers, images and volumes, refreshed while the page is visible.
import { getJson, postJson } from './api.js';
import { element } from './dom.js';

const POLL_MILLIS = 2000;

function size(bytes) {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

function table(className, headings, rows) {
  const node = element('table', className);
  const head = node.createTHead().insertRow();
  headings.forEach((heading) => head.append(element('th', null, heading)));
  const body = node.createTBody();
  rows.forEach((cells) => {
    const row = body.insertRow();
    cells.forEach((cell) => {
      const td = row.insertCell();
      td.append(cell);
    });
  });
  return node;
}

/** Renders the panel from GET /api/sandbox into content, and container logs into logs. */
export class SandboxPanel {
  constructor(content, status, logs) {
    this.content = content;
    this.status = status;
    this.logs = logs;
    this.shown = '';
    this.pending = null;
  }

  start() {
    this.refresh();
    setInterval(() => {
      if (document.visibilityState === 'visible') this.refresh();
    }, POLL_MILLIS);
  }

  /** Refreshes now and again shortly, so a command's effect shows as soon as it has one. */
  soon() {
    clearTimeout(this.pending);
    this.refresh();
    this.pending = setTimeout(() => this.refresh(), 700);
  }

  async refresh() {
    try {
      const view = await getJson('/api/sandbox');
      const text = JSON.stringify(view);
      this.status.textContent = view.running ? '' : 'not started';
      if (text !== this.shown) {
        this.shown = text;
        this.render(view);
      }
    } catch (error) {
      this.status.textContent = `not available: ${error.message}`;
    }
  }

  render(view) {
    this.content.replaceChildren();
    if (!view.running) {
      this.content.append(element('p', 'empty', 'You have no sandbox yet: run a block or type in the terminal.'));
      return;
    }
    this.content.append(element('h3', null, `Containers (${view.containers.length})`));
    this.content.append(view.containers.length === 0 ? element('p', 'empty', 'none: docker run makes one')
      : table('containers', ['name', 'image', 'command', 'state', 'ports', ''], view.containers.map((c) => [
        c.name, c.image, element('code', null, c.command), this.state(c), this.ports(c, view.portLinks), this.actions(c)])));
    this.content.append(element('h3', null, `Images (${view.images.length})`));
    this.content.append(table('images', ['tags', 'id', 'size'], view.images.map((image) => [
      image.tags.length ? image.tags.join(', ') : '<none>', image.id, size(image.sizeBytes)])));
    this.content.append(element('h3', null, `Volumes (${view.volumes.length})`));
    this.content.append(view.volumes.length === 0 ? element('p', 'empty', 'none: docker volume create makes one')
      : table('volumes', ['name', 'mounted at'], view.volumes.map((volume) => [
        volume.name, volume.mounts.length ? volume.mounts.map((m) => `${m.container}:${m.destination}`).join(', ') : 'not mounted'])));
  }

  state(container) {
    const node = element('span', `state state-${container.state}`, container.status);
    node.title = container.state;
    return node;
  }

  ports(container, prefix) {
    const cell = element('span', 'ports');
    container.ports.forEach((port) => {
      const label = `${port.hostPort}→${port.containerPort}/${port.protocol}`;
      if (port.protocol === 'tcp') {
        const link = element('a', 'port-link', label);
        link.href = `${prefix}${port.hostPort}/`;
        link.target = '_blank';
        link.rel = 'noopener';
        cell.append(link, ' ');
      } else {
        cell.append(`${label} `);
      }
    });
    return cell;
  }

  actions(container) {
    const cell = element('span', 'actions');
    const action = (label, run) => {
      const node = element('button', 'link', label);
      node.type = 'button';
      node.addEventListener('click', async () => {
        try {
          await run();
        } catch (error) {
          this.status.textContent = error.message;
        }
        this.soon();
      });
      cell.append(node);
    };
    const path = `/api/sandbox/containers/${encodeURIComponent(container.id)}`;
    action('logs', async () => {
      const answer = await getJson(`${path}/logs`);
      this.logs.textContent = `$ docker logs --tail 200 ${container.name}\n${answer.logs}`;
      this.logs.hidden = false;
    });
    if (container.state === 'running') action('stop', () => postJson(`${path}/stop`, {}));
    action('remove', () => postJson(`${path}/remove`, {}));
    return cell;
  }
}
