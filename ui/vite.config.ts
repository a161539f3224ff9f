/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The Tauri shell loads `dist/` from disk in release builds and this dev server in `tauri dev`.
export default defineConfig({
  base: './',
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The built-in English fallback is imported from ../locales (see src/i18n-fallback.ts).
    fs: { allow: ['.', '../locales'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // WebView2 (Chromium), WebKitGTK and macOS WKWebView all handle ES2021.
    target: 'es2021',
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
  },
});
