import type { Branding, Flow } from '../api/types';
import { h } from '../dom';
import { locale, t } from '../i18n';
import type { AppContext, Screen, ScreenName } from './context';
import { apiProblem, brandHeader, errorBox, page } from './layout';

/** The flows this UI can run, in the order they are offered, with the screen each starts on. */
const FLOW_SCREENS: [Flow, ScreenName][] = [
  ['reset', 'reset'],
  ['unlock', 'unlock'],
  ['change', 'change'],
  ['security_info', 'sign-in'],
];

const FLOW_LABEL: Record<Flow, () => string> = {
  reset: () => t('start-flow-reset'),
  unlock: () => t('start-flow-unlock'),
  change: () => t('start-flow-change'),
  security_info: () => t('start-flow-security-info'),
};

export function renderStart(ctx: AppContext): Screen {
  const { boot } = ctx;
  if (!boot.tenant || !boot.branding) return renderNotReady(ctx);

  // "My security info" first asks whether a session kept in the OS keyring still holds.
  async function open(screen: ScreenName) {
    if (screen === 'sign-in' && boot.stay_signed_in?.offered && ctx.transport.sessionResume) {
      const kept = await ctx.transport.sessionResume().catch(() => null);
      if (kept?.resumed) return ctx.go('security-info');
      // The keyring could not be read: say so on the sign-in screen instead of a silent sign-in.
      if (kept?.problem) ctx.flow.notice = () => t('stay-signed-in-unreadable');
    }
    ctx.go(screen);
  }
  const buttons = FLOW_SCREENS.filter(([flow]) => boot.flows.includes(flow)).map(([flow, screen]) =>
    h(
      'button',
      { type: 'button', class: 'flow primary', 'data-testid': `flow-${flow.replace(/_/g, '-')}`, onclick: () => void open(screen) },
      FLOW_LABEL[flow](),
    ),
  );

  const card = h(
    'main',
    { class: 'card start' },
    brandHeader(boot.branding, true),
    signInText(boot.branding) && h('p', { class: 'sign-in-text', dir: 'auto' }, signInText(boot.branding)),
    boot.offline &&
      h('p', { class: 'notice', role: 'status', 'data-testid': 'offline-notice' }, t('start-offline', { tenant: boot.branding.name })),
    buttons.length
      ? h('nav', { class: 'flows', 'aria-label': t('start-flows-label') }, buttons)
      : h('p', { class: 'notice', 'data-testid': 'no-flows' }, t('start-no-flows')),
  );
  return { element: page(ctx, card, { localePicker: true }), initialFocus: buttons[0] };
}

/** The tenant's sign-in text in the language showing (the server checked the tags), else its default. */
function signInText(branding: Branding): string | undefined {
  return branding.sign_in_text_translations?.[locale()] ?? branding.sign_in_text;
}

/** No tenant configured, or its settings could not be loaded: say so, never a blank page. */
function renderNotReady(ctx: AppContext): Screen {
  const { boot } = ctx;
  const code = boot.error?.code ?? (boot.tenant ? 'network.unreachable' : 'config.no_tenant');
  const kind = !boot.tenant && code.startsWith('config.') ? 'not-set-up' : code.startsWith('network.') ? 'unreachable' : 'failed';
  const title = { 'not-set-up': () => t('start-not-set-up-title'), unreachable: () => t('start-unreachable-title'), failed: () => t('start-failed-title') }[kind]();
  const help = { 'not-set-up': () => t('start-not-set-up-help'), unreachable: () => t('start-unreachable-help'), failed: () => t('start-failed-help') }[kind]();
  const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'retry', onclick: () => void retryBootstrap() }, t('common-retry'));
  async function retryBootstrap() {
    retry.disabled = true;
    retry.textContent = t('common-retrying');
    await ctx.reload();
  }
  const card = h(
    'main',
    { class: 'card not-ready', 'data-testid': 'not-ready', 'data-kind': kind },
    brandHeader(boot.branding, false),
    h('h1', {}, title),
    h('p', {}, help),
    errorBox(apiProblem({ code, args: boot.error?.args ?? {} }), boot.branding?.helpdesk),
    h('div', { class: 'actions' }, retry),
  );
  // The error box already names the help desk; the footer would only repeat it.
  return { element: page(ctx, card, { localePicker: true, helpdesk: false }), initialFocus: retry };
}
