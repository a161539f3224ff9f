// A minimal W3C WebDriver client over fetch: enough to drive the Latchkey window through
// tauri-driver (which forwards to WebKitWebDriver). No browser download, no dependencies.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecc';

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const res = await call(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application } } },
    });
    return new Session(base, res.sessionId ?? res.value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css, timeoutMs = 15000) {
    const until = Date.now() + timeoutMs;
    let last;
    while (Date.now() < until) {
      try {
        const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        return new Element(this, v[ELEMENT] ?? v.ELEMENT ?? Object.values(v)[0]);
      } catch (e) {
        last = e;
        await sleep(150);
      }
    }
    throw new Error(`no element ${css}: ${last?.message}`);
  }

  async exists(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.length > 0;
  }

  async waitFor(predicate, what, timeoutMs = 15000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await predicate()) return;
      await sleep(150);
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  exec(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  async end() {
    try {
      await this.cmd('DELETE', '');
    } catch {
      // The app may already be gone.
    }
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.id = id;
  }
  text() {
    return this.s.cmd('GET', `/element/${this.id}/text`);
  }
  attr(name) {
    return this.s.cmd('GET', `/element/${this.id}/attribute/${name}`);
  }
  css(name) {
    return this.s.cmd('GET', `/element/${this.id}/css/${name}`);
  }
  click() {
    return this.s.cmd('POST', `/element/${this.id}/click`, {});
  }
  type(text) {
    return this.s.cmd('POST', `/element/${this.id}/value`, { text });
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.value?.error) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.value ?? json).slice(0, 300)}`);
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
