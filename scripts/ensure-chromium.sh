#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test when it is missing and we may install packages.
# Never downloads a browser from elsewhere (Playwright drives /usr/bin/chromium).
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will report why" >&2
else
  echo "warning: /usr/bin/chromium missing and cannot be installed here; browser tests will report why" >&2
fi
exit 0
