#!/usr/bin/env node
// The `tip` launcher. It is committed (dist/ is not) so that npm can link the bin at install time, before the
// first build: `npm ci && npm run build` then gives a working `npx tip` in the repo.
import "../dist/command/cli.js";
