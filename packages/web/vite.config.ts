import react from '@vitejs/plugin-react';
import { defineConfig, defaultClientConditions } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ortAssets } from './build/ort-assets';

/** Cross-origin isolation: SharedArrayBuffer, hence WASM threads, needs both headers. */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// The API's address for the dev proxy; the only environment the web build reads.
const apiTarget = process.env.DERMA_API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [
    react(),
    ortAssets(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'derma-edge',
        short_name: 'derma-edge',
        description: 'On-device skin analysis',
        theme_color: '#0f766e',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['ort/**'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/trpc/, /^\/models/, /^\/health/, /^\/metrics/],
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // The runtime is big and versioned by the app build: fetch once, then serve offline.
            urlPattern: ({ url }) => url.pathname.startsWith('/ort/'),
            handler: 'CacheFirst',
            options: { cacheName: 'derma-ort-runtime', expiration: { maxEntries: 8 } },
          },
        ],
      },
    }),
  ],
  resolve: {
    // onnxruntime-web without its runtime embedded: the worker loads it from /ort/ (ortAssets).
    conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions],
  },
  server: {
    headers: isolation,
    proxy: { '/trpc': apiTarget, '/models': apiTarget, '/health': apiTarget },
  },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
});
