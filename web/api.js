// Talks to the Slipway server: JSON requests, and runs answered as server-sent events.

let csrfToken;

/** An error answer from the server, with its status and message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function failure(response) {
  try {
    const body = await response.json();
    return new ApiError(response.status, body.error || response.statusText);
  } catch {
    return new ApiError(response.status, response.statusText);
  }
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

async function stateChangingHeaders() {
  if (!csrfToken) {
    csrfToken = (await getJson('/api/me')).csrfToken;
  }
  return { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken };
}

export async function postJson(url, body) {
  const response = await fetch(url, { method: 'POST', headers: await stateChangingHeaders(), body: JSON.stringify(body) });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

/**
 * POSTs body to url and calls onEvent(name, data) for each server-sent event of the answer as it
 * arrives. Resolves when the answer ends.
 */
export async function postStream(url, body, onEvent) {
  const headers = { ...(await stateChangingHeaders()), Accept: 'text/event-stream' };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) {
    throw await failure(response);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), onEvent);
      buffer = buffer.slice(end + 2);
    }
  }
}

function dispatch(frame, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event: ')) {
      name = line.slice(7);
    } else if (line.startsWith('data: ')) {
      data.push(line.slice(6));
    }
  }
  onEvent(name, JSON.parse(data.join('\n')));
}
