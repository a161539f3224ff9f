import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, byTestId, fakeTransport, mount, queryTestId, settle } from './fixtures';

describe('kiosk idle wipe', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns, then wipes the visit and returns to the start', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { transport, calls } = fakeTransport({}, bootstrap({ kiosk: true, idle_timeout_secs: 30, flows: ['change'] }));
    const { root, app } = await mount(transport, { idleTickMs: 1000 });
    app.go('change');
    const field = root.querySelector<HTMLInputElement>('input')!;
    field.value = 'half-typed secret';
    vi.advanceTimersByTime(21_000);
    await settle();
    expect(byTestId(document.body, 'idle-warning').textContent).toMatch(/clears itself in \d+ seconds/);
    vi.advanceTimersByTime(10_000);
    await settle();
    expect(app.screen).toBe('start');
    expect(queryTestId(document.body, 'idle-warning')).toBeNull();
    expect(calls.map((c) => c.method)).toEqual(expect.arrayContaining(['resetCancel', 'sessionSignOut']));
    expect([...root.querySelectorAll('input')].every((i) => i.value === '')).toBe(true);
    app.stop();
  });

  it('any input keeps the visit, and "still here" dismisses the warning', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { transport } = fakeTransport({}, bootstrap({ kiosk: true, idle_timeout_secs: 30, flows: ['change'] }));
    const { app } = await mount(transport, { idleTickMs: 1000 });
    app.go('change');
    vi.advanceTimersByTime(25_000);
    await settle();
    byTestId<HTMLButtonElement>(document.body, 'idle-stay').click();
    expect(queryTestId(document.body, 'idle-warning')).toBeNull();
    vi.advanceTimersByTime(15_000);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(20_000);
    await settle();
    expect(app.screen).toBe('change');
    app.stop();
  });

  it('never wipes outside kiosk mode', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { transport } = fakeTransport({}, bootstrap({ kiosk: false, idle_timeout_secs: 5, flows: ['change'] }));
    const { app } = await mount(transport, { idleTickMs: 1000 });
    app.go('change');
    vi.advanceTimersByTime(60_000);
    await settle();
    expect(app.screen).toBe('change');
    app.stop();
  });
});

describe('kiosk visits leave nothing', () => {
  it('ends the visit through the Rust side when a flow goes back to the start', async () => {
    const ended: string[] = [];
    let wiped: (() => void) | null = null;
    const { transport, calls } = fakeTransport({}, bootstrap({ kiosk: true, idle_timeout_secs: 0, flows: ['reset', 'change'] }));
    transport.kioskEndVisit = async () => {
      ended.push('end');
      wiped?.();
    };
    transport.onKioskWiped = async (cb) => {
      wiped = cb;
      return () => {};
    };
    const { app } = await mount(transport);
    app.go('change');
    app.go('start');
    await settle();
    expect(ended).toEqual(['end']);
    // The wipe reloads the bootstrap (language back to the policy's).
    expect(calls.filter((c) => c.method === 'bootstrap').length).toBeGreaterThanOrEqual(2);
    app.stop();
  });

  it('shows help-desk contacts as text, never as links, and offers no autofill', async () => {
    const { root, app } = await mount(fakeTransport({}, bootstrap({ kiosk: true, flows: ['change'] })).transport);
    const helpdesk = byTestId(root, 'helpdesk');
    expect(helpdesk.querySelectorAll('a')).toHaveLength(0);
    expect(helpdesk.textContent).toContain('+1 425 555 0100');
    app.go('change');
    const inputs = [...root.querySelectorAll('input')];
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((i) => i.getAttribute('autocomplete') === 'off')).toBe(true);
    const menu = new MouseEvent('contextmenu', { cancelable: true, bubbles: true });
    document.body.dispatchEvent(menu);
    expect(menu.defaultPrevented).toBe(true);
    app.stop();
  });
});
