#!/usr/bin/env bash
# Installs and starts Debian's PostgreSQL for the exchange node's tests, and creates a role and a database
# for them. Prints the URL to export as TIP_TEST_DATABASE_URL on its last line. Needs root (CI runs as root).
# Without it, `npm test` runs the node's tests on the embedded PGlite only, except in CI, where the tests
# that need a server fail.
set -euo pipefail
ROLE=tip_test
DB=tip_test
PASSWORD=tip_test
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-postgres: PostgreSQL is missing and installing it needs root (apt-get)" >&2
    exit 1
  fi
  echo "installing postgresql with apt-get" >&2
  apt-get update -qq
  apt-get install -y -qq postgresql >&2
fi
# Debian creates a cluster with the package; start every cluster that is down.
pg_lsclusters --no-header | while read -r version cluster port status _; do
  if [ "$status" != "online" ]; then
    echo "starting cluster $version/$cluster on port $port" >&2
    pg_ctlcluster "$version" "$cluster" start >&2
  fi
done
PORT=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
as_postgres() { su postgres -c "$1"; }
as_postgres "psql -p $PORT -v ON_ERROR_STOP=1 -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"" | grep -q 1 ||
  as_postgres "psql -p $PORT -v ON_ERROR_STOP=1 -qc \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\"" >&2
as_postgres "psql -p $PORT -v ON_ERROR_STOP=1 -qtAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1 ||
  as_postgres "createdb -p $PORT -O $ROLE $DB" >&2
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
