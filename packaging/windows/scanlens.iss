; SPDX-License-Identifier: Apache-2.0
; Inno Setup 6 script for the Windows installer of ScanLens.
; GENERATED from packaging/windows/scanlens.iss.in and desktop_app/imaging/formats.py by
;   python packaging/scanlens_packaging.py iss
; Edit the template, not the .iss. Build on Windows after `make dist` (see README, "Install without
; internet / packaging"):  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\scanlens.iss

#define AppName "ScanLens"
#define AppVersion "0.1.0"
#define AppExe "ScanLens.exe"
#define CliExe "scanlens-cli.exe"

[Setup]
AppId={{6F1C2A7E-4B7D-4E55-9C1B-5C4A1D9E2B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ScanLens project
VersionInfoVersion=0.1.0.0
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed on a clinic PC); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
InfoBeforeFile=THIRD_PARTY_NOTICES.md

[Tasks]
Name: "associate"; Description: "Open DICOM files (.dcm, .dicom) with {#AppName} by default"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" self-test"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; DICOM image: .dcm, .dicom
Root: HKA; Subkey: "Software\Classes\ScanLens.dicom"; ValueType: string; ValueName: ""; ValueData: "DICOM image"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ScanLens.dicom\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ScanLens.dicom\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.dcm\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.dicom"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dcm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.dcm"; ValueType: string; ValueName: ""; ValueData: "ScanLens.dicom"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.dicom\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.dicom"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".dicom"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.dicom"; ValueType: string; ValueName: ""; ValueData: "ScanLens.dicom"; Flags: uninsdeletevalue; Tasks: associate
; PNG image: .png
Root: HKA; Subkey: "Software\Classes\ScanLens.png"; ValueType: string; ValueName: ""; ValueData: "PNG image"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ScanLens.png\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ScanLens.png\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.png"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
; JPEG image: .jpg, .jpeg
Root: HKA; Subkey: "Software\Classes\ScanLens.jpeg"; ValueType: string; ValueName: ""; ValueData: "JPEG image"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ScanLens.jpeg\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ScanLens.jpeg\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.jpeg"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.jpeg"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""
; TIFF image: .tif, .tiff
Root: HKA; Subkey: "Software\Classes\ScanLens.tiff"; ValueType: string; ValueName: ""; ValueData: "TIFF image"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ScanLens.tiff\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ScanLens.tiff\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.tif\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.tiff"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.tiff\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.tiff"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".tiff"; ValueData: ""
; BMP image: .bmp
Root: HKA; Subkey: "Software\Classes\ScanLens.bmp"; ValueType: string; ValueName: ""; ValueData: "BMP image"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ScanLens.bmp\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ScanLens.bmp\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.bmp\OpenWithProgids"; ValueType: string; ValueName: "ScanLens.bmp"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".bmp"; ValueData: ""

[Run]
Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" self-test"; Description: "Run the {#AppName} self-test now"; Flags: postinstall skipifsilent unchecked
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
