#!/usr/bin/env bash
# Runs every test. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Sahel.Kb.sln --configuration Release "$@"
