import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own file: piscina loads it by name in every worker thread.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
