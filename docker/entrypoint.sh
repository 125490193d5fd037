#!/bin/sh
# Migrations are their own step: apply them, then hand PID 1 to the service so it gets SIGTERM.
set -eu
if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL must be set in a container (the embedded PostgreSQL is for local development)." >&2
  exit 1
fi
node dist/apps/cli/src/main.js db:migrate
exec node dist/apps/quiz-service/src/main.js
