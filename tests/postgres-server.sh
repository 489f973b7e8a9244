#!/usr/bin/env bash
# A private PostgreSQL server for the tests, in a temporary folder, on 127.0.0.1 only.
#   tests/postgres-server.sh start   prints the connection string (installs PostgreSQL from Debian when missing)
#   tests/postgres-server.sh stop DIR
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1; }

case "${1:-}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "installing postgresql from Debian" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    fi
    bin=$(bin_dir)
    dir=$(mktemp -d /tmp/sahel-kb-postgres-XXXX)
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # initdb refuses to run as root: the server runs as Debian's postgres user, in its own folder.
    as_server=()
    if [ "$(id -u)" = 0 ]; then
      chown postgres "$dir"
      as_server=(runuser -u postgres --)
    fi
    "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U kb --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start > /dev/null
    echo "Host=127.0.0.1;Port=$port;Username=kb;Database=postgres;Include Error Detail=true|$dir"
    ;;
  stop)
    dir=${2:?usage: postgres-server.sh stop DIR}
    as_server=()
    [ "$(id -u)" = 0 ] && as_server=(runuser -u postgres --)
    "${as_server[@]}" "$(bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
