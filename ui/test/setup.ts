import { afterEach, beforeEach, expect, vi } from 'vitest';

// A missing or broken Fluent message shows up as a console warning: fail the test on it.
let warnings: unknown[][] = [];
beforeEach(() => {
  warnings = [];
  const original = console.warn;
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args);
    original(...args);
  });
});
afterEach(() => {
  const fluent = warnings.filter((w) => typeof w[0] === 'string' && /^(missing Fluent message|ftl )/.test(w[0]));
  expect(fluent).toEqual([]);
});
