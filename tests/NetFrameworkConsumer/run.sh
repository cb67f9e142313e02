#!/usr/bin/env bash
# Builds the net48 console consumer against the packed Iapt.Rules package and runs it under Mono.
# Usage: tests/NetFrameworkConsumer/run.sh PACKAGE_DIR   (the folder holding Iapt.Rules.<version>.nupkg)
# Installs Mono from Debian's packages when it is missing: mono-devel, because mono-runtime alone lacks the
# netstandard.dll facade that every netstandard2.0 library needs (about 1.5 minutes). Exits non-zero when a check fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packages="$(cd "${1:?usage: run.sh PACKAGE_DIR}" && pwd)"
nupkg="$(ls "$packages"/Iapt.Rules.[0-9]*.nupkg | head -1)"
version="$(basename "$nupkg" .nupkg)"
version="${version#Iapt.Rules.}"

if ! command -v mono >/dev/null || [ ! -f /usr/lib/mono/4.5/Facades/netstandard.dll ]; then
  echo "installing mono-devel (Debian's Mono with the netstandard facade)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mono-devel >/dev/null
fi
mono --version | head -1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A fresh packages folder, so the package just packed is used and never a stale copy of the same version; the
# machine's global folder serves as a read-only fallback for everything else (reference assemblies, NodaTime ...).
dotnet build "$here/NetFrameworkConsumer.csproj" -c Release -nologo -v quiet \
  -p:IaptRulesVersion="$version" \
  -p:RestorePackagesPath="$work/packages" \
  -p:RestoreFallbackFolders="$HOME/.nuget/packages" \
  -p:RestoreAdditionalProjectSources="$packages" \
  -p:BaseIntermediateOutputPath="$work/obj/" -p:OutputPath="$work/bin/" -p:MSBuildProjectExtensionsPath="$work/obj/"
mono "$work/bin/NetFrameworkConsumer.exe"
