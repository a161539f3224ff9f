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
const STATUS_LABEL: Record<DiagCheck['status'], () => string> = {
  ok: () => t('diag-status-ok'),
  warn: () => t('diag-status-warn'),
  fail: () => t('diag-status-fail'),
  skipped: () => t('diag-status-skipped'),
};

const CHECK_LABEL: Record<DiagCheck['id'], () => string> = {
  policy: () => t('diag-check-policy'),
  dns: () => t('diag-check-dns'),
  proxy: () => t('diag-check-proxy'),
  tcp: () => t('diag-check-tcp'),
  tls: () => t('diag-check-tls'),
  clock: () => t('diag-check-clock'),
  api: () => t('diag-check-api'),
};

export function diagReport(checks: DiagCheck[]): string {
  return checks
    .map((c) => `${STATUS_LABEL[c.status]()}: ${CHECK_LABEL[c.id]()}: ${t(diagMessageId(c.code), c.args)} [${c.code}]`)
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
  const copied = h('span', { class: 'copy-status', role: 'status', 'data-testid': 'diag-copied' });
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
          h('span', { class: 'diag-badge' }, STATUS_LABEL[c.status]()),
          ' ',
          h('strong', {}, CHECK_LABEL[c.id]()),
          h('p', { class: 'diag-message' }, t(diagMessageId(c.code), c.args)),
          h('p', { class: 'error-code' }, t('common-error-code', { code: c.code })),
        ),
      ),
    );
    if (boot.kiosk && checks.length) {
      readOut.replaceChildren(h('strong', {}, t('diag-read-out')), h('br'), diagReport(checks));
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
