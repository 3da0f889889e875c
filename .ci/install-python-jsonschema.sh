#!/usr/bin/env bash
# Installs Python's jsonschema for the test that checks the conformance vectors against the committed JSON
# Schemas with a second implementation (packages/testkit/src/vectors/python-agreement.test.ts), only when
# `python3` cannot import it. Needs root (CI runs as root). python3-rfc3987 lets it check the `uri` format.
set -euo pipefail
if python3 -c "import jsonschema" 2>/dev/null || /usr/bin/python3 -c "import jsonschema" 2>/dev/null; then
  echo "python3 jsonschema already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-python-jsonschema: python3 cannot import jsonschema and installing it needs root (apt-get)" >&2
  exit 1
fi
echo "installing python3-jsonschema with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 python3-jsonschema python3-rfc3987
