# Sourced by test.sh: a throw-away PostgreSQL server for the tests on 127.0.0.1.
# Each checkout gets its own folder and a free port, so runs in several work trees do not collide.
checkout_id="$(printf '%s' "$PWD" | cksum | cut -d' ' -f1)"
PG_DIR="${TMPDIR:-/tmp}/prongsai-test-pg-$checkout_id"

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The first port from $1 (default 55432) that nothing listens on.
free_port() {
  local port
  for port in $(seq "${1:-55432}" 55532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port for the test PostgreSQL in 55432-55532" >&2
  return 1
}

start_test_postgres() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  if [ -f "$PG_DIR/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  # Another checkout may take the free port between the check and the start, or a client's connection may still hold
  # it in TIME-WAIT (ports here are also in the ephemeral range): try a few, each further up.
  local attempt next=55432
  for attempt in 1 2 3 4 5; do
    PG_PORT="${PRONGSAI_TEST_PG_PORT:-$(free_port "$next")}"
    next=$((PG_PORT + 1 + RANDOM % 10))
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
      -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null; then
      break
    fi
    [ "$attempt" -eq 5 ] && { cat "$PG_DIR/server.log" >&2; return 1; }
    sleep 1
  done
  export PRONGSAI_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PRONGSAI_TEST_PG_BIN="$PG_BIN"
  echo "test PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

stop_test_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
