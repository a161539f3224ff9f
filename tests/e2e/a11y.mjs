// Accessibility and layout checks inside the real window, through WebDriver:
// - axe-core (pinned in ui/package.json) with the WCAG 2.0/2.1/2.2 A and AA rules; any
//   violation fails with the rule, the element and axe's advice.
// - no clipping: nothing scrolls sideways and no box cuts off its own text (for the
//   pseudo-locale, whose text is 40% longer than English).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const AXE = readFileSync(join(here, '..', '..', 'ui', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the current screen; throws on any violation. Returns the number of rules passed. */
export async function assertAccessible(session, screen) {
  const loaded = await session.exec('return typeof window.axe === "object"');
  if (!loaded) await session.exec(`${AXE}\nreturn true;`);
  const raw = await session.cmd('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      window.axe
        .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] })
        .then((r) => done(JSON.stringify({
          passes: r.passes.length,
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
          })),
        })))
        .catch((e) => done(JSON.stringify({ error: String(e) })));`,
    args: [],
  });
  const result = JSON.parse(raw);
  if (result.error) throw new Error(`axe failed on ${screen}: ${result.error}`);
  if (result.violations.length) {
    const lines = result.violations.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `  ${n.target}: ${n.summary.replace(/\n/g, ' ')}`),
    ]);
    throw new Error(`accessibility violations on ${screen}:\n${lines.join('\n')}`);
  }
  return result.passes;
}

/** Elements whose text is cut off, and whether the page scrolls sideways. */
export async function clipping(session) {
  return session.exec(`
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
    for (const el of document.querySelectorAll('body *')) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const cs = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(cs.overflowX) || ['hidden', 'clip'].includes(cs.overflowY);
      if (!clips || el.classList.contains('sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push((el.dataset.testid || el.className || el.tagName) + ': ' + (el.textContent || '').trim().slice(0, 60));
      }
    }
    return out;`);
}
