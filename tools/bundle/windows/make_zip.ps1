# The portable alternative to the installer: the bundle folder in a zip, to unpack anywhere.
# Run from the source tree's root after `python tools\build_bundle.py --out build\windows`:
#     powershell -ExecutionPolicy Bypass -File tools\bundle\windows\make_zip.ps1 -Version 0.1.0
param([string]$Version = "0.1.0")
$ErrorActionPreference = "Stop"
New-Item -ItemType Directory -Force -Path build\installer | Out-Null
$zip = "build\installer\upr-tracker-$Version-windows-x64.zip"
Compress-Archive -Path build\windows\upr-tracker -DestinationPath $zip -Force
Write-Output (Resolve-Path $zip).Path
