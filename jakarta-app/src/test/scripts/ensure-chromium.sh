#!/usr/bin/env bash
# The browser test drives Debian's Chromium through ChromeDriver. Install both when missing (as root, through
# apt, the way a fresh CI machine needs it); otherwise say what to install.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and ChromeDriver for the browser test..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
    exit 0
fi
echo "The browser test needs Chromium and ChromeDriver: sudo apt-get install -y chromium chromium-driver" >&2
exit 1
