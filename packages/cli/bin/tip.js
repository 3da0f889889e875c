#!/usr/bin/env node
// The `tip` launcher. It is committed (dist/ is not) so that npm can link the bin at install time, before the
// first build: `npm ci && npm run build` then gives a working `npx tip` in the repo.
import module from "node:module";

// From Node 22.1, Node keeps the command's compiled code on disk between runs (in its own cache folder, see
// NODE_COMPILE_CACHE); only modules loaded after this call use it, hence the dynamic import. Older Node has no
// such cache and starts as before.
module.enableCompileCache?.();
await import("../dist/command/cli.js");
