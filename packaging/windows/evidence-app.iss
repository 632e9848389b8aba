; Inno Setup 6 script for the Windows installer of Evidence App.
;
; UNTESTED: written from the Inno Setup 6 documentation; no Windows machine was available to
; build or run it. See docs/packaging.md ("Windows") for how to build it and what to check.
;
; packaging/build.py runs it after PyInstaller when `iscc` is on PATH:
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\evidence-app /Odist packaging\windows\evidence-app.iss
; The installer copies the one-folder bundle, adds a Start menu entry for the windowed
; executable (evidence-app-gui.exe) and can be run without administrator rights (per-user
; install in %LOCALAPPDATA%\Programs), which field laptops often need. Workspaces are never
; touched by install, upgrade or uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z ...
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\evidence-app"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\evidence-app.ico"
#endif

[Setup]
; AppId identifies the app to Windows for upgrades and uninstall: never change it.
AppId={{063ABFF1-2E72-4524-AA00-27ACF85F1147}
AppName=Evidence App
AppVersion={#AppVersion}
AppVerName=Evidence App {#AppVersion}
AppPublisher=Evidence App developers
DefaultDirName={autopf}\Evidence App
DefaultGroupName=Evidence App
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=EvidenceApp-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\evidence-app-gui.exe
UninstallDisplayName=Evidence App
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrades replace the program files; a running copy is closed first.
CloseApplications=yes
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Evidence App

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder. The portable marker is never installed: an installed copy keeps
; its workspace in the user's data folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "evidence-app-portable"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships (PyInstaller's _internal folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Evidence App"; Filename: "{app}\evidence-app-gui.exe"
Name: "{autodesktop}\Evidence App"; Filename: "{app}\evidence-app-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\evidence-app-gui.exe"; Description: "{cm:LaunchProgram,Evidence App}"; Flags: nowait postinstall skipifsilent
