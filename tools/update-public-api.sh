#!/usr/bin/env bash
# Records every new public member of Iapt.Rules in src/Iapt.Rules/PublicAPI.Unshipped.txt (RS0016 code fix), and
# removes members that no longer exist (RS0017). Review the diff: a change to the public API is a visible decision.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/Iapt.Rules/Iapt.Rules.csproj --diagnostics RS0016 RS0017 --severity info
git diff --stat -- src/Iapt.Rules/PublicAPI.*.txt
