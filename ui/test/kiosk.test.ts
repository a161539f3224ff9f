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
