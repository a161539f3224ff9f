import type { DiagCheck } from '../api/types';
import { copyText } from '../clipboard';
import { h } from '../dom';
import { t } from '../i18n';
import type { AppContext, Screen } from './context';
import { brandHeader, heading, page } from './layout';

/** `diag.tls_expired` → `diag-tls-expired`, the Fluent id of a result. */
export function diagMessageId(code: string): string {
  return code.replace(/[._]/g, '-');
}

/** The report as text: one line per check, the code in brackets (what the help desk asks for). */
export function diagReport(checks: DiagCheck[]): string {
  return checks
    .map((c) => `${t(`diag-status-${c.status}`)}: ${t(`diag-check-${c.id}`)}: ${t(diagMessageId(c.code), c.args)} [${c.code}]`)
    .join('\n');
}

/**
 * Check connection: policy, DNS, proxy, TCP, TLS, clock and API version, checked by the Rust side,
 * each with a status and a code to read to the help desk. "Copy report" outside kiosk mode; a
 * kiosk shows the report as text to read out instead.
 */
export function renderDiagnose(ctx: AppContext): Screen {
  const { boot, transport } = ctx;
  const list = h('ol', { class: 'diag-list', 'data-testid': 'diag-list', 'aria-live': 'polite' });
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': 'diag-status' });
  const again = h('button', { type: 'button', class: 'primary', 'data-testid': 'diag-run', onclick: () => void runChecks() }, t('diag-run'));
  const copied = h('span', { class: 'copy-status', role: 'status' });
  const copy = boot.kiosk
    ? null
    : h('button', { type: 'button', class: 'secondary', 'data-testid': 'diag-copy', disabled: true }, t('diag-copy'));
  const readOut = h('pre', { class: 'diag-report', 'data-testid': 'diag-report', hidden: true, dir: 'ltr' });
  let checks: DiagCheck[] = [];
  let disposed = false;

  copy?.addEventListener('click', async () => {
    copied.textContent = (await copyText(diagReport(checks))) ? t('common-copied') : t('common-copy-failed');
  });

  async function runChecks() {
    again.disabled = true;
    status.textContent = t('diag-running');
    list.replaceChildren();
    try {
      checks = (await transport.diagnose?.()) ?? [];
    } catch {
      checks = [];
    }
    if (disposed) return;
    again.disabled = false;
    status.textContent = '';
    if (copy) copy.disabled = checks.length === 0;
    list.replaceChildren(
      ...checks.map((c) =>
        h(
          'li',
          { class: `diag-item diag-${c.status}`, 'data-testid': `diag-${c.id}`, 'data-status': c.status, 'data-code': c.code },
          h('span', { class: 'diag-badge' }, t(`diag-status-${c.status}`)),
          ' ',
          h('strong', {}, t(`diag-check-${c.id}`)),
          h('p', { class: 'diag-message' }, t(diagMessageId(c.code), c.args)),
          h('p', { class: 'error-code' }, t('common-error-code', { code: c.code })),
        ),
      ),
    );
    if (boot.kiosk && checks.length) {
      readOut.textContent = `${t('diag-read-out')}\n${diagReport(checks)}`;
      readOut.hidden = false;
    }
  }

  const back = h('button', { type: 'button', class: 'secondary', 'data-testid': 'back', onclick: () => ctx.go('start') }, t('diag-back'));
  const card = h(
    'main',
    { class: 'card diagnose', 'data-testid': 'diagnose' },
    brandHeader(boot.branding, false),
    heading(t('diag-title')),
    h('p', {}, t('diag-intro')),
    status,
    list,
    readOut,
    h('div', { class: 'actions' }, back, copy, again),
    copied,
  );
  void runChecks();
  return {
    element: page(ctx, card),
    initialFocus: again,
    dispose: () => {
      disposed = true;
    },
  };
}
