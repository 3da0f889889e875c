#!/usr/bin/env bash
# Installs Debian's chromium for the browser test of @tip/site, only when /usr/bin/chromium is missing.
# Needs root (CI runs as root); prints what it does so a CI log shows why the step took time.
set -euo pipefail
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
