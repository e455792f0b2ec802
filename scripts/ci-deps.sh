#!/usr/bin/env bash
# Debian packages `npm run test:host` needs, installed only where missing (for .ci/run):
#   chromium      the browser Playwright drives (playwright-core downloads none)
#   libkrb5-dev   Kerberos headers for code-server's native module (gssapi/gssapi.h)
#   build tools   node-gyp builds that module on first install (make, g++, python3)
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
{ command -v make && command -v g++; } >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -eq 0 ]; then
  echo "ci-deps: chromium, libkrb5-dev and build tools are present"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "ci-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${need[@]}"
