#!/usr/bin/env bash
# Runs every test. Extra arguments go to `dotnet test`.
# Installs what the tests need when it is missing: Debian's Chromium for the browser tests,
# Java with the Nu HTML Checker (npm's vnu-jar, under .tools/) for the HTML validity test,
# zim-tools and kiwix-tools for the offline edition's ZIM file, and
# PostgreSQL, of which it starts a private server on 127.0.0.1 for the tests and stops it after.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java > /dev/null || missing+=(default-jre-headless)
command -v zimwriterfs > /dev/null || missing+=(zim-tools)
command -v kiwix-serve > /dev/null || missing+=(kiwix-tools)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi

if [ ! -f .tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "installing the Nu HTML Checker (vnu-jar) from npm"
  npm install --prefix .tools/vnu --no-audit --no-fund --silent vnu-jar@26.9.27
fi

server=$(tests/postgres-server.sh start)
export KB_TEST_POSTGRES=${server%|*}
trap 'tests/postgres-server.sh stop "${server#*|}"' EXIT

dotnet test Sahel.Kb.sln --configuration Release "$@"
