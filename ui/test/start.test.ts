import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/error';
import { startApp } from '../src/app';
import { bootstrap, byTestId, fakeTransport, localeBundle, mount, painted, queryTestId, settle } from './fixtures';

describe('start screen', () => {
  it('shows the tenant, its sign-in text and logo', async () => {
    const boot = bootstrap();
    boot.branding!.logo_url = 'data:image/png;base64,iVBORw0KGgo=';
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso');
    expect(root.textContent).toContain('Use your Contoso account.');
    const logo = root.querySelector('img')!;
    expect(logo.alt).toBe('Contoso');
    expect(logo.getAttribute('src')).toBe(boot.branding!.logo_url);
    expect(document.title).toBe('Contoso');
  });

  it('offers exactly the flows it was given, no placeholders', async () => {
    const { root } = await mount(fakeTransport({}, bootstrap({ flows: ['change'] })).transport);
    expect(byTestId(root, 'flow-change').textContent).toBe('Change my password');
    for (const flow of ['reset', 'unlock', 'security-info', 'security_info']) expect(queryTestId(root, `flow-${flow}`)).toBeNull();
    expect(root.querySelectorAll('.flows button')).toHaveLength(1);
  });

  it('says so when no flow is offered', async () => {
    const { root } = await mount(fakeTransport({}, bootstrap({ flows: [] })).transport);
    expect(queryTestId(root, 'flow-change')).toBeNull();
    expect(byTestId(root, 'no-flows').textContent).toContain('help desk');
  });

  it('shows the offline notice only when offline', async () => {
    let { root } = await mount(fakeTransport({}, bootstrap({ offline: true })).transport);
    expect(byTestId(root, 'offline-notice').textContent).toContain("You're offline");
    ({ root } = await mount(fakeTransport({}, bootstrap({ offline: false })).transport));
    expect(queryTestId(root, 'offline-notice')).toBeNull();
  });

  it('shows every help-desk channel in the footer', async () => {
    const { root } = await mount(fakeTransport().transport);
    const helpdesk = byTestId(root, 'helpdesk');
    const links = [...helpdesk.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://help.contoso.test', 'mailto:help@contoso.test', 'tel:+14255550100']);
    expect(helpdesk.textContent).toContain('+1 425 555 0100');
  });

  it('keeps addresses and numbers left to right, and the tenant text in its own direction', async () => {
    // In a right-to-left page a bare "+1 425 555 0100" would be shown as "0100 555 425 1+".
    const { root } = await mount(fakeTransport().transport);
    for (const a of byTestId(root, 'helpdesk').querySelectorAll('a')) expect(a.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('.sign-in-text')!.getAttribute('dir')).toBe('auto');
  });

  it('switches language and re-renders', async () => {
    const { transport, calls } = fakeTransport();
    const { root } = await mount(transport);
    const picker = byTestId<HTMLSelectElement>(root, 'locale-picker');
    expect([...picker.options].map((o) => o.textContent)).toEqual(['English (US)', 'Deutsch']);
    expect(picker.value).toBe('en-US');
    picker.value = 'de';
    picker.dispatchEvent(new Event('change'));
    await settle();
    expect(calls).toContainEqual({ method: 'setLocale', arg: 'de' });
    expect(byTestId(root, 'flow-change').textContent).toBe('Kennwort ändern');
    expect(byTestId<HTMLSelectElement>(root, 'locale-picker').value).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('names only the language showing in the first frame, all the others right after it', async () => {
    // Names in other scripts cost font look-ups on the first frame (see `localePicker`).
    const boot = bootstrap({ locale: 'de', ftl: localeBundle('de').ftl });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await startApp(root, fakeTransport({}, boot).transport, { evaluateDelayMs: 0 });
    const picker = byTestId<HTMLSelectElement>(root, 'locale-picker');
    expect([...picker.options].map((o) => o.value)).toEqual(['de']);
    await painted();
    expect([...picker.options].map((o) => [o.value, o.lang])).toEqual([
      ['en-US', 'en-US'],
      ['de', 'de'],
    ]);
    expect(picker.value).toBe('de');
  });

  it("shows the tenant's sign-in text in the language showing, and its default text in others", async () => {
    const boot = bootstrap();
    boot.branding!.sign_in_text_translations = { de: 'Verwenden Sie Ihr Contoso-Konto.' };
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(root.querySelector('.sign-in-text')!.textContent).toBe('Use your Contoso account.');
    const picker = byTestId<HTMLSelectElement>(root, 'locale-picker');
    picker.value = 'de';
    picker.dispatchEvent(new Event('change'));
    await settle();
    expect(root.querySelector('.sign-in-text')!.textContent).toBe('Verwenden Sie Ihr Contoso-Konto.');
  });

  it('uses the Rust-chosen locale from bootstrap', async () => {
    const boot = bootstrap({ locale: 'de', ftl: localeBundle('de').ftl });
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(byTestId(root, 'flow-change').textContent).toBe('Kennwort ändern');
  });

  it('marks kiosk mode on the body', async () => {
    await mount(fakeTransport({}, bootstrap({ kiosk: true })).transport);
    expect(document.body.classList.contains('kiosk')).toBe(true);
  });

  it('explains a missing setup instead of showing a blank page', async () => {
    const boot = bootstrap({ tenant: null, branding: null, flows: [], policy: null, error: { code: 'config.no_tenant' } });
    const { root } = await mount(fakeTransport({}, boot).transport);
    expect(byTestId(root, 'not-ready').dataset.kind).toBe('not-set-up');
    expect(root.querySelector('h1')!.textContent).toBe("This app isn't set up yet");
    const error = byTestId(root, 'error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain("isn't connected to your organization's password server");
    expect(error.textContent).toContain('config.no_tenant');
    expect(queryTestId(root, 'flow-change')).toBeNull();
    expect(queryTestId(root, 'locale-picker')).not.toBeNull();
  });

  it('explains an unreachable server when branding was never fetched, and retries', async () => {
    let reachable = false;
    const { transport, calls } = fakeTransport({
      bootstrap: async () =>
        reachable ? bootstrap() : bootstrap({ branding: null, error: { code: 'network.unreachable' } }),
    });
    const { root } = await mount(transport);
    expect(byTestId(root, 'not-ready').dataset.kind).toBe('unreachable');
    expect(byTestId(root, 'error').textContent).toContain("Can't reach the password server");
    reachable = true;
    byTestId(root, 'retry').click();
    await settle();
    expect(calls.filter((c) => c.method === 'bootstrap')).toHaveLength(2);
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso');
  });

  it('still explains itself when bootstrap itself fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { transport } = fakeTransport({
      bootstrap: async () => {
        throw new ApiError('internal.error');
      },
    });
    const { root } = await mount(transport);
    expect(byTestId(root, 'not-ready').dataset.kind).toBe('failed');
    expect(byTestId(root, 'error').textContent).toContain('internal problem');
  });
});
