#!/usr/bin/env node
// A stable file for the bin link: it exists before the first build, so package managers can link it.
import('../dist/main.js').then(
  (m) => m.main(process.argv.slice(2)),
  (error) => {
    process.stderr.write(
      `corroborate: the CLI is not built (${error.code ?? error.message}). Run \`npx -y pnpm@10 build\` first.\n`,
    );
    process.exitCode = 2;
  },
);
