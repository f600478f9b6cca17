#!/bin/sh
# Double-click (macOS): starts the browser editor of the Erasmus+ plan site (npm run edit).
cd "$(dirname "$0")" || exit 1
if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js nav uzstādīts. Uzstādiet to no https://nodejs.org/ (LTS) un mēģiniet vēlreiz."
  echo "Node.js is not installed. Install it from https://nodejs.org/ (LTS) and try again."
  read -r _
  exit 1
fi
if [ ! -d node_modules ]; then
  echo "Pirmajā reizē uzstāda vajadzīgo (dažas minūtes)… / First run: installing (a few minutes)…"
  npm ci --no-audit --no-fund || { echo "Uzstādīšana neizdevās. / Installing failed."; read -r _; exit 1; }
fi
npm run edit
