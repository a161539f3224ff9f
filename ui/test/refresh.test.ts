import { describe, expect, it } from 'vitest';
import { startApp } from '../src/app';
import type { BrandingUpdate } from '../src/api/types';
import { bootstrap, byTestId, fakeTransport, mount, queryTestId, settle } from './fixtures';

function withUpdates() {
  const { transport } = fakeTransport({}, bootstrap({ flows: ['change'] }));
  let send: ((u: BrandingUpdate) => void) | null = null;
  transport.onBrandingUpdated = async (cb) => {
    send = cb;
    return () => {};
  };
  return { transport, send: (u: BrandingUpdate) => send!(u) };
}

describe('cache-first start', () => {
  it('repaints the start screen with the refreshed branding', async () => {
    const { transport, send } = withUpdates();
    const { root } = await mount(transport);
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso');
    const fresh = bootstrap().branding!;
    send({ branding: { ...fresh, name: 'Contoso Pharma' }, policy: null, offline: false, error: null });
    await settle();
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso Pharma');
    expect(queryTestId(root, 'offline-notice')).toBeNull();
  });

  it('shows the offline notice when the refresh cannot reach the server', async () => {
    const { transport, send } = withUpdates();
    const { root } = await mount(transport);
    send({ branding: null, policy: null, offline: true, error: null });
    await settle();
    expect(byTestId(root, 'offline-notice')).toBeTruthy();
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso');
  });

  it('leaves a flow under way alone', async () => {
    const { transport, send } = withUpdates();
    const { root, app } = await mount(transport);
    app.go('change');
    send({ branding: { ...bootstrap().branding!, name: 'Renamed' }, policy: null, offline: false, error: null });
    await settle();
    expect(app.screen).toBe('change');
    expect(queryTestId(root, 'flow-change')).toBeNull();
  });

  it('shows the bootstrap the window carried before any round trip, then starts its refresh once listening', async () => {
    const { transport, send } = withUpdates();
    const order: string[] = [];
    const listen = transport.onBrandingUpdated!;
    transport.onBrandingUpdated = async (cb) => {
      order.push('listen');
      return listen(cb);
    };
    transport.bootstrap = async () => {
      order.push('bootstrap');
      return bootstrap();
    };
    transport.initialBootstrap = () => bootstrap({ flows: ['change'] });
    transport.refreshBranding = async () => {
      order.push('refresh');
    };
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const started = startApp(root, transport, { evaluateDelayMs: 0 });
    // On the page synchronously: in the first frame.
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso');
    await started;
    expect(order).toEqual(['listen', 'refresh']);
    send({ branding: { ...bootstrap().branding!, name: 'Contoso Pharma' }, policy: null, offline: false, error: null });
    await settle();
    expect(byTestId(root, 'tenant-name').textContent).toBe('Contoso Pharma');
  });
});
