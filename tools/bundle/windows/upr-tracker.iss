; Inno Setup script of the Windows installer (https://jrsoftware.org/isinfo.php, free).
; First build the folder on Windows:
;     python tools\build_bundle.py --out build\windows
; then compile this script from the source tree's root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 tools\bundle\windows\upr-tracker.iss
; The installer is written to build\installer\upr-tracker-VERSION-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceRoot "..\..\.."
#define BundleFolder SourceRoot + "\build\windows\upr-tracker"

[Setup]
AppId={{6F1B5C2E-3D4A-4F7B-9C61-0A2E8B7D5C14}
AppName=UPR Tracker
AppVersion={#AppVersion}
AppPublisher=The UPR Tracker authors
DefaultDirName={autopf}\UPR Tracker
DefaultGroupName=UPR Tracker
; Installs for the user alone when not run as an administrator (NGO laptops often lack the rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile={#SourceRoot}\LICENSE
SetupIconFile={#SourceRoot}\resources\icons\upr-tracker.ico
UninstallDisplayIcon={app}\upr-tracker-window.exe
OutputDir={#SourceRoot}\build\installer
OutputBaseFilename=upr-tracker-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\UPR Tracker"; Filename: "{app}\upr-tracker-window.exe"; IconFilename: "{app}\upr-tracker-window.exe"
Name: "{group}\Third-party notices"; Filename: "{app}\_internal\upr_tracker\resources\notices\THIRD_PARTY_NOTICES.md"
Name: "{group}\{cm:UninstallProgram,UPR Tracker}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\UPR Tracker"; Filename: "{app}\upr-tracker-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\upr-tracker-window.exe"; Description: "{cm:LaunchProgram,UPR Tracker}"; Flags: nowait postinstall skipifsilent
