#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (`test:browser` of @tip/site, examples/browser-labels), only
# when no browser is there: CHROME_PATH names one, or /usr/bin/chromium exists. Needs root (CI runs as root);
# prints what it does so a CI log shows why the step took time. `npm test` does not run this: on a machine
# without a browser it skips the browser tests with a message, except in CI.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ]; then
  if [ -x "$CHROME_PATH" ]; then
    echo "browser from CHROME_PATH: $("$CHROME_PATH" --version 2>/dev/null || echo "$CHROME_PATH")"
    exit 0
  fi
  echo "install-chromium: CHROME_PATH is set to $CHROME_PATH, which is not an executable file" >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium is missing and installing it needs root (apt-get)" >&2
  exit 1
fi
echo "installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
/usr/bin/chromium --version
