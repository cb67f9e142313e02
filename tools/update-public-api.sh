#!/usr/bin/env bash
# Records every new public member of Iapt.Rules in src/Iapt.Rules/PublicAPI.Unshipped.txt (the RS0016 code fix), and
# removes the entries of members that no longer exist (RS0017). Review the diff: a change to the public API is a
# visible decision. The code fix sometimes needs more than one pass (record members), so it runs until nothing changes.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/Iapt.Rules/PublicAPI.Unshipped.txt
for pass in 1 2 3; do
  before=$(md5sum "$api")
  dotnet format analyzers src/Iapt.Rules/Iapt.Rules.csproj --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
  # RS0017: declared entries whose member is gone; remove those lines.
  dotnet build src/Iapt.Rules/Iapt.Rules.csproj -f net10.0 2>&1 \
    | grep -oE "PublicAPI.Unshipped.txt\([0-9]+,1\): error RS0017" | grep -oE "\([0-9]+" | tr -d '(' | sort -rn -u \
    | while read -r line; do sed -i "${line}d" "$api"; done
  [ "$before" = "$(md5sum "$api")" ] && break
done
git diff --stat -- src/Iapt.Rules/PublicAPI.*.txt
