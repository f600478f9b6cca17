@echo off
rem Double-click: starts the browser editor of the Erasmus+ plan site (npm run edit).
rem Rediget: atver Erasmus+ plana vietnes redaktoru parluka.
chcp 65001 >nul
cd /d "%~dp0"
where npm >nul 2>nul
if errorlevel 1 (
  echo Node.js nav uzstadits. Uzstadiet to no https://nodejs.org/ (LTS) un meginiet velreiz.
  echo Node.js is not installed. Install it from https://nodejs.org/ (LTS) and try again.
  pause
  exit /b 1
)
if not exist node_modules\ (
  echo Pirmaja reize uzstada vajadzigo, tas aiznem dazas minutes... / First run: installing, this takes a few minutes...
  call npm ci --no-audit --no-fund
  if errorlevel 1 (
    echo Uzstadisana neizdevas. / Installing failed.
    pause
    exit /b 1
  )
)
call npm run edit
pause
