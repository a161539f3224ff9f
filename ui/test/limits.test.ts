import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, byTestId, fakeTransport, mount } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

describe('time limits are said, with the tenant’s numbers', () => {
  it('announces the reset session’s length up front, warns once near the end, and names it when it ended', async () => {
    const fake = fakeTransport({}, bootstrap({ flows: ['reset'] }));
    const { root, app } = await mount(fake.transport);
    byTestId(root, 'flow-reset').click();
    vi.useFakeTimers();
    byTestId<HTMLInputElement>(root, 'reset-username').value = 'jdoe';
    byTestId(root, 'reset-next').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.screen).toBe('reset-verify');
    expect(byTestId(root, 'reset-time-limit').textContent).toBe(
      "You have 15 minutes to finish. To keep your account safe this time can't be extended; if it runs out, start again.",
    );
    await vi.advanceTimersByTimeAsync(781_000);
    const timer = byTestId(root, 'reset-timer');
    expect(timer.hidden).toBe(false);
    expect(timer.querySelector('[role="status"]')!.textContent).toBe('Less than 2 minutes left to finish.');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(app.screen).toBe('reset-expired');
    expect(byTestId(root, 'reset-expired-text').textContent).toContain('a reset session lasts only 15 minutes');
  });
});
