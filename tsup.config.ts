import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // Peer dependencies come from the app; runtime dependencies are installed beside us.
  external: ['react', 'react-dom', '@react-email/components', '@react-email/render', 'juice', 'html-to-text', 'zod', 'cheerio', 'caniemail', '@adobe/css-tools'],
});
