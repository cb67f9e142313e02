#!/usr/bin/env bash
# Records every new public member of Iapt.Rules in src/Iapt.Rules/PublicAPI.Unshipped.txt (RS0016 code fix), and
# removes members that no longer exist (RS0017). Review the diff: a change to the public API is a visible decision.
# The code fix sometimes needs more than one pass (record members), so it runs until nothing changes.
set -euo pipefail
cd "$(dirname "$0")/.."
for pass in 1 2 3; do
  before=$(md5sum src/Iapt.Rules/PublicAPI.Unshipped.txt)
  dotnet format analyzers src/Iapt.Rules/Iapt.Rules.csproj --diagnostics RS0016 RS0017 --severity info >/dev/null 2>&1 || true
  [ "$before" = "$(md5sum src/Iapt.Rules/PublicAPI.Unshipped.txt)" ] && break
done
git diff --stat -- src/Iapt.Rules/PublicAPI.*.txt
