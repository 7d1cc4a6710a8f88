# SPDX-License-Identifier: MIT
<#
.SYNOPSIS
    Collects what nestready needs to judge whether iEchor Desktop can run on this Windows machine.

.DESCRIPTION
    Read-only. Needs no administrator rights: items that do (bcdedit) are reported as "needs-admin".
    Every item runs in its own runspace, all at once; the whole run stays within -BudgetMs, and programs
    it starts (wsl.exe, bcdedit.exe, whoami.exe) are stopped after 3 s each.
    In Constrained Language Mode (AppLocker/WDAC) runspaces and Add-Type are blocked: the items then run
    one after the other in this session and whatever can be read is still written.
    Writes one JSON document in ASCII (so UTF-8 too; format: docs/windows-evidence.md) to standard output
    or -OutFile. Works with Windows PowerShell 5.1 and PowerShell 7.

    By hand, for support:
        powershell -NoProfile -ExecutionPolicy Bypass -File collect-evidence.ps1 -OutFile evidence.json
    then, on any machine:
        nestready check --windows-evidence evidence.json

    Personal data is left out on purpose: serial numbers, UUIDs, user, owner, organization, computer and
    domain names, the computer description and inventory asset tags are removed from the CIM classes;
    sessions are counted, never named; no registration token.

.PARAMETER OutFile
    Write the document to this file instead of standard output.

.PARAMETER BudgetMs
    Budget for the whole run, in milliseconds: what has not answered by then is left out and recorded
    as "timed-out".

.PARAMETER TestDoubles
    Test-only (docs/windows-evidence.md, "How the tests run the collector"). A script that is dot-sourced
    into this session and into every runspace the collector opens, after the collector's own helper
    functions and before each item, so that its functions replace the Windows-only commands with doubles.
    nestready never passes it outside its tests; without it the collector is unchanged.
#>
[CmdletBinding()]
param(
    [string]$OutFile,
    [int]$BudgetMs = 9500,
    [string]$TestDoubles
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$collectorVersion = 2
# Get-Date and DateTime work in every language mode; a Stopwatch does not in Constrained Language Mode.
$startedAt = [DateTime]::UtcNow
function Get-ElapsedMs { [int](([DateTime]::UtcNow - $startedAt).TotalMilliseconds) }

# The executable names of iEchor Desktop's processes. Not published by the vendor: these mirror Docker
# Desktop's names (the vendor publishes none) and could not be confirmed.
$productProcessNames = @('iEchor Desktop', 'com.iechor.backend', 'com.iechor.build', 'com.iechor.service')

# Helpers every item may call. Defined in this session and, as text, at the top of every runspace. What
# Constrained Language Mode blocks (ProcessStartInfo, Add-Type) is used only in Full Language.
$prelude = {
    # Limits that keep the document small whatever a machine answers.
    $maxStringChars = 4096
    $maxListItems = 128
    $maxDepth = 6
    $maxCimInstances = 16

    # Properties that name or identify the machine, its owner or its user: never collected. Caption of
    # Win32_ComputerSystem is the computer name, Description of Win32_OperatingSystem the owner's text
    # for the computer. SMBIOSAssetTag (Win32_SystemEnclosure) is often an inventory number: it is kept
    # only when it is a tag a cloud sets on every machine, which nestready's detection reads: Azure's
    # (https://learn.microsoft.com/azure/automation/troubleshoot/update-agent-issues-linux), Oracle
    # Cloud's (cloud-init DataSourceOracle) and EC2's
    # (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/identify_ec2_instances.html).
    $privateEverywhere = @('SerialNumber', 'UUID', 'IdentifyingNumber', 'ProcessorId', 'UniqueId', 'RegisteredUser',
                           'Organization', 'UserName', 'PrimaryOwnerName', 'PrimaryOwnerContact', 'CSName',
                           'DNSHostName', 'Domain', 'Workgroup', 'SystemName', 'OEMStringArray', 'Roles',
                           'InstanceIdentifier')
    $privateByClass = @{
        Win32_ComputerSystem  = @('Caption', 'Name')
        Win32_OperatingSystem = @('Description')
        Win32_SystemEnclosure = @('Name')
    }
    $cloudAssetTags = @('7783-7084-3265-9085-8269-3286-77', 'OracleCloud.com', 'Amazon EC2')

    function Get-Reason($errorRecord) {
        $e = $errorRecord.Exception
        while ($e.InnerException) { $e = $e.InnerException }
        $text = [string]$e.Message
        if (-not $text) { $text = [string]$errorRecord }
        if ($text.Length -gt 500) { $text = $text.Substring(0, 500) }
        $text
    }

    # Runs $reader and stores its answer as section $sectionName, or why it failed.
    function Add-Section([string]$sectionName, [scriptblock]$reader, [switch]$AsList) {
        try {
            if ($AsList) { $sections[$sectionName] = @(& $reader) } else { $sections[$sectionName] = & $reader }
        } catch {
            $failures[$sectionName] = Get-Reason $_
        }
    }

    # Cuts long strings and lists and deep nesting, so that no answer can make the document huge.
    function Limit-Value($value, [int]$depth) {
        if ($null -eq $value) { return $null }
        if ($value -is [string]) {
            if ($value.Length -gt $maxStringChars) { return $value.Substring(0, $maxStringChars) + ' [cut]' }
            return $value
        }
        if ($value -is [ValueType]) { return $value }
        if ($depth -ge $maxDepth) { return '[too deep]' }
        if ($value -is [System.Collections.IDictionary]) {
            $o = [ordered]@{}
            foreach ($k in @($value.Keys)) {
                if ($o.Count -ge $maxListItems) { break }
                $o[[string]$k] = Limit-Value $value[$k] ($depth + 1)
            }
            return $o
        }
        if ($value -is [System.Collections.IEnumerable]) {
            $list = @()
            foreach ($item in $value) {
                if ($list.Count -ge $maxListItems) { break }
                $list += , (Limit-Value $item ($depth + 1))
            }
            return , $list
        }
        Limit-Value ([string]$value) $depth
    }

    function Convert-CimValue($value) {
        if ($null -eq $value) { return $null }
        if ($value -is [datetime]) { return $value.ToUniversalTime().ToString('o') }
        if ($value -is [string] -or $value -is [ValueType]) { return $value }
        if ($value -is [array]) {
            $list = @()
            foreach ($v in $value) { $list += , (Convert-CimValue $v) }
            return , $list
        }
        [string]$value  # an embedded instance or anything else: its text only
    }

    # A CIM class with its property names unchanged, private properties left out. One instance is an
    # object and several an array, as Get-CimInstance | ConvertTo-Json renders them.
    function Read-Cim([string]$class, [string]$namespace, [string]$filter) {
        if (-not $namespace) { $namespace = 'root\cimv2' }
        $query = @{ ClassName = $class; Namespace = $namespace; OperationTimeoutSec = 5 }
        if ($filter) { $query['Filter'] = $filter }
        $drop = $privateEverywhere
        if ($privateByClass.ContainsKey($class)) { $drop = $drop + $privateByClass[$class] }
        $instances = @()
        foreach ($i in @(Get-CimInstance @query)) {
            if ($instances.Count -ge $maxCimInstances) { break }
            $o = [ordered]@{}
            foreach ($p in @($i.CimInstanceProperties)) {
                if ($drop -contains $p.Name) { continue }
                if ($p.Name -eq 'SMBIOSAssetTag' -and $cloudAssetTags -notcontains [string]$p.Value) { continue }
                $o[$p.Name] = Convert-CimValue $p.Value
            }
            $instances += , $o
        }
        if ($instances.Count -eq 1) { return $instances[0] }
        if ($instances.Count -gt 1) { return , $instances }
        $null
    }

    # Runs a program with an empty, closed standard input (a program that reads it gets end-of-file at
    # once and never waits for a person), its output captured, and a deadline after which it is stopped.
    # Output is decoded from UTF-8, or from UTF-16 when it has NULs (wsl.exe writes UTF-16 unless
    # WSL_UTF8=1, and the inbox wsl.exe ignores that).
    function Invoke-Program([string]$path, [string[]]$arguments, [int]$seconds) {
        if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
            return [ordered]@{ outcome = 'missing'; exitCode = $null; output = $null }
        }
        if ($ExecutionContext.SessionState.LanguageMode -eq 'FullLanguage') {
            $psi = New-Object Diagnostics.ProcessStartInfo
            $psi.FileName = $path
            $psi.Arguments = $arguments -join ' '
            $psi.UseShellExecute = $false
            $psi.CreateNoWindow = $true
            $psi.RedirectStandardInput = $true
            $psi.RedirectStandardOutput = $true
            $psi.RedirectStandardError = $true
            $p = [Diagnostics.Process]::Start($psi)
            $p.StandardInput.Close()
            $buffer = New-Object IO.MemoryStream
            $copy = $p.StandardOutput.BaseStream.CopyToAsync($buffer)
            $null = $p.StandardError.ReadToEndAsync()
            if (-not $p.WaitForExit($seconds * 1000)) {
                try { $p.Kill() } catch { }
                return [ordered]@{ outcome = 'timed-out'; exitCode = $null; output = $null }
            }
            $null = $copy.Wait(1000)
            $bytes = $buffer.ToArray()
            $utf16 = $bytes.Length -ge 2 -and ($bytes[1] -eq 0 -or ($bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE))
            $text = if ($utf16) { [Text.Encoding]::Unicode.GetString($bytes) } else { [Text.Encoding]::UTF8.GetString($bytes) }
            return [ordered]@{ outcome = 'ok'; exitCode = $p.ExitCode; output = $text.TrimStart([char]0xFEFF) }
        }
        # Constrained Language Mode blocks ProcessStartInfo; Start-Process works there, with standard
        # input from an empty file. On Windows it hands the program the files themselves, so the bytes
        # are the program's.
        $files = @(New-TemporaryFile; New-TemporaryFile; New-TemporaryFile)
        try {
            $p = Start-Process -FilePath $path -ArgumentList $arguments -NoNewWindow -PassThru `
                -RedirectStandardInput $files[0].FullName -RedirectStandardOutput $files[1].FullName `
                -RedirectStandardError $files[2].FullName
            # Windows PowerShell loses the exit code of such a process unless its handle is opened early.
            $null = $p.Handle
            Wait-Process -InputObject $p -Timeout $seconds -ErrorAction SilentlyContinue
            if (-not $p.HasExited) {
                Stop-Process -InputObject $p -Force -ErrorAction SilentlyContinue
                return [ordered]@{ outcome = 'timed-out'; exitCode = $null; output = $null }
            }
            $text = Get-Content -LiteralPath $files[1].FullName -Raw -Encoding UTF8
            if ($text -and $text.Contains([string][char]0)) {
                $text = Get-Content -LiteralPath $files[1].FullName -Raw -Encoding Unicode
            }
            if ($null -eq $text) { $text = '' }
            [ordered]@{ outcome = 'ok'; exitCode = $p.ExitCode; output = $text.TrimStart([char]0xFEFF) }
        } finally {
            foreach ($f in $files) { Remove-Item -LiteralPath $f.FullName -Force -ErrorAction SilentlyContinue }
        }
    }

    function Get-SystemProgram([string]$name) { Join-Path $env:SystemRoot (Join-Path 'System32' $name) }

    # Whether this process runs elevated: the mandatory label SIDs in `whoami /groups` are the same in
    # every display language (S-1-16-12288 High, S-1-16-16384 System). $null when it cannot be told.
    function Test-Elevated {
        $r = Invoke-Program (Get-SystemProgram 'whoami.exe') @('/groups', '/fo', 'csv', '/nh') 3
        if ($r.outcome -ne 'ok' -or $r.exitCode -ne 0) { return $null }
        [bool]($r.output -match 'S-1-16-12288|S-1-16-16384')
    }

    # WTSEnumerateSessions: every session, to any user, without names. Needs Add-Type (Full Language).
    function Get-WtsSessionTable {
        Add-Type -Namespace NestReady -Name Wts -MemberDefinition @'
[DllImport("wtsapi32.dll", SetLastError=true)] public static extern bool WTSEnumerateSessionsW(System.IntPtr server, int reserved, int version, out System.IntPtr info, out int count);
[DllImport("wtsapi32.dll", SetLastError=true)] public static extern bool WTSQuerySessionInformationW(System.IntPtr server, int session, int infoClass, out System.IntPtr buffer, out int bytes);
[DllImport("wtsapi32.dll")] public static extern void WTSFreeMemory(System.IntPtr memory);
'@
        $info = [IntPtr]::Zero; $count = 0
        if (-not [NestReady.Wts]::WTSEnumerateSessionsW([IntPtr]::Zero, 0, 1, [ref]$info, [ref]$count)) {
            throw "WTSEnumerateSessions failed: $([Runtime.InteropServices.Marshal]::GetLastWin32Error())"
        }
        $size = [IntPtr]::Size * 3  # WTS_SESSION_INFOW: DWORD SessionId, LPWSTR pWinStationName, int State (padded)
        for ($i = 0; $i -lt $count; $i++) {
            $entry = [IntPtr]($info.ToInt64() + $i * $size)
            $id = [Runtime.InteropServices.Marshal]::ReadInt32($entry, 0)
            $station = [Runtime.InteropServices.Marshal]::PtrToStringUni([Runtime.InteropServices.Marshal]::ReadIntPtr($entry, [IntPtr]::Size))
            $state = [Runtime.InteropServices.Marshal]::ReadInt32($entry, [IntPtr]::Size * 2)
            $user = [IntPtr]::Zero; $bytes = 0; $hasUser = $null
            if ([NestReady.Wts]::WTSQuerySessionInformationW([IntPtr]::Zero, $id, 5, [ref]$user, [ref]$bytes)) {  # WTSUserName
                $hasUser = [Runtime.InteropServices.Marshal]::PtrToStringUni($user).Length -gt 0
                [NestReady.Wts]::WTSFreeMemory($user)
            }
            [ordered]@{ SessionId = $id; WinStationName = $station; State = $state; HasUser = $hasUser }
        }
        [NestReady.Wts]::WTSFreeMemory($info)
    }
}

# Each item: a name, the sections of the document it fills and a script block. The block stores each
# section with Add-Section; a section that throws is recorded in Collector.errors with its message; an
# item still running when the budget is spent has its sections recorded as "timed-out" and left out.
$items = @(
    @{ Name = 'Cim'
       Sections = @('Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS', 'Win32_SystemEnclosure')
       Script = {
        foreach ($class in 'Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS',
                           'Win32_SystemEnclosure') {
            Add-Section $class { Read-Cim $class }
        }
    } },
    @{ Name = 'DeviceGuard'; Sections = @('Win32_DeviceGuard'); Script = {
        # Virtualization-based security: VirtualizationBasedSecurityStatus 2 means VBS runs, that is
        # Windows' own hypervisor (https://learn.microsoft.com/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity).
        # May be unreadable without elevation: the error then says so.
        Add-Section 'Win32_DeviceGuard' { Read-Cim 'Win32_DeviceGuard' 'root\Microsoft\Windows\DeviceGuard' }
    } },
    @{ Name = 'Registry'; Sections = @('Registry'); Script = {
        function Values($path, [string[]]$names) {
            if (-not (Test-Path -LiteralPath $path)) { return $null }
            $props = Get-ItemProperty -LiteralPath $path
            $o = [ordered]@{ Present = $true }
            foreach ($n in $names) {
                $p = $props.PSObject.Properties[$n]
                $o[$n] = if ($p) { $p.Value } else { $null }
            }
            $o
        }
        Add-Section 'Registry' {
            $cv = Values 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' @('EditionID', 'CurrentBuild',
                'CurrentBuildNumber', 'UBR', 'DisplayVersion', 'ReleaseId', 'ProductName', 'InstallationType',
                'CurrentMajorVersionNumber', 'CurrentMinorVersionNumber')
            $ts = Values 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' @('GlassSessionId')
            [ordered]@{
                CurrentVersion = $cv
                # Presence and versions only: ListOfDDCs names servers and RegistrationToken is a secret.
                Vdi = [ordered]@{
                    Citrix       = Values 'HKLM:\SOFTWARE\Citrix\VirtualDesktopAgent' @('ProductVersion')
                    CitrixIca    = Values 'HKLM:\SOFTWARE\Citrix\Ica\Session' @()
                    Horizon      = Values 'HKLM:\SOFTWARE\VMware, Inc.\VMware VDM\Agent' @('ProductVersion')
                    Omnissa      = Values 'HKLM:\SOFTWARE\Omnissa\Horizon\Agent' @('ProductVersion')
                    RDInfraAgent = Values 'HKLM:\SOFTWARE\Microsoft\RDInfraAgent' @('IsRegistered')
                }
                GlassSessionId = if ($ts) { $ts.GlassSessionId } else { $null }
            }
        }
    } },
    @{ Name = 'OptionalFeatures'; Sections = @('OptionalFeatures'); Script = {
        # Win32_OptionalFeature needs no elevation (Get-WindowsOptionalFeature does). InstallState:
        # 1 Enabled, 2 Disabled, 3 Absent, 4 Unknown. A feature this edition does not offer is null.
        Add-Section 'OptionalFeatures' {
            $names = @('Microsoft-Hyper-V-All', 'Microsoft-Hyper-V', 'Containers', 'VirtualMachinePlatform',
                       'Microsoft-Windows-Subsystem-Linux', 'HypervisorPlatform')
            $filter = ($names | ForEach-Object { "Name='$_'" }) -join ' OR '
            $found = @{}
            foreach ($f in @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter $filter -OperationTimeoutSec 5)) {
                $found[[string]$f.Name] = switch ([int]$f.InstallState) { 1 { 'Enabled' } 2 { 'Disabled' } 3 { 'Absent' } default { 'Unknown' } }
            }
            $out = [ordered]@{}
            foreach ($n in $names) { $out[$n] = if ($found.ContainsKey($n)) { $found[$n] } else { $null } }
            $out
        }
    } },
    @{ Name = 'Services'; Sections = @('Services'); Script = {
        # Enum names (Running, Automatic, ...) are the same in every display language.
        Add-Section 'Services' {
            $out = [ordered]@{}
            foreach ($n in 'vmcompute', 'vmms', 'LxssManager', 'WslService', 'BrokerAgent', 'RDAgentBootLoader',
                           'RDAgent', 'wsnm') {
                $s = Get-Service -Name $n -ErrorAction SilentlyContinue
                $out[$n] = if ($s) { [ordered]@{ Status = [string]$s.Status; StartType = [string]$s.StartType } } else { $null }
            }
            $out
        }
    } },
    @{ Name = 'Wsl'; Sections = @('Wsl'); Script = {
        # The package and file versions are language-neutral and come first; `wsl --version` is the
        # documented check (https://docs.docker.com/desktop/setup/install/windows-install/) and its text is localized.
        Add-Section 'Wsl' {
            $env:WSL_UTF8 = '1'
            $wsl = Get-SystemProgram 'wsl.exe'
            $package = $null
            try {
                $pkg = Get-AppxPackage -Name 'MicrosoftCorporationII.WindowsSubsystemForLinux' | Select-Object -First 1
                if ($pkg) { $package = [string]$pkg.Version }
            } catch { }
            $fileVersion = $null
            $msi = Join-Path $env:ProgramFiles 'WSL\wsl.exe'
            if (Test-Path -LiteralPath $msi) { $fileVersion = [string](Get-Item -LiteralPath $msi).VersionInfo.ProductVersion }
            [ordered]@{
                packageVersion = $package
                programFilesVersion = $fileVersion
                version = Invoke-Program $wsl @('--version') 3
                status = Invoke-Program $wsl @('--status') 3
            }
        }
    } },
    @{ Name = 'Bcdedit'; Sections = @('Bcdedit'); Script = {
        Add-Section 'Bcdedit' {
            if ($elevated -eq $false) { return [ordered]@{ outcome = 'needs-admin'; exitCode = $null; hypervisorlaunchtype = $null } }
            # Quoted: in PowerShell an unquoted {current} is a script block. Element names and values
            # are not localized; the headings around them are.
            $r = Invoke-Program (Get-SystemProgram 'bcdedit.exe') @('/enum', '"{current}"') 3
            $value = $null
            if ($r.output -and $r.output -match '(?m)^\s*hypervisorlaunchtype\s+(\S+)') { $value = $Matches[1] }
            $outcome = $r.outcome
            if ($outcome -eq 'ok' -and $r.exitCode -ne 0) { $outcome = if ($null -eq $elevated) { 'needs-admin' } else { 'error' } }
            [ordered]@{ outcome = $outcome; exitCode = $r.exitCode; hypervisorlaunchtype = $value }
        }
    } },
    @{ Name = 'Sessions'; Sections = @('Sessions'); Script = {
        # States are the WTS_CONNECTSTATE_CLASS names. User names are not kept: only whether a user is
        # logged on to the session.
        Add-Section 'Sessions' -AsList {
            if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
                throw "listing sessions needs Add-Type, which $($ExecutionContext.SessionState.LanguageMode) mode blocks"
            }
            $states = 'Active', 'Connected', 'ConnectQuery', 'Shadow', 'Disconnected', 'Idle', 'Listen', 'Reset', 'Down', 'Init'
            foreach ($row in @(Get-WtsSessionTable)) {
                $state = [int]$row.State
                [ordered]@{
                    SessionId = [int]$row.SessionId
                    State = if ($state -ge 0 -and $state -lt $states.Count) { $states[$state] } else { [string]$state }
                    WinStationType = ([string]$row.WinStationName -replace '#\d+$', '')  # "Console", "RDP-Tcp", "Services"
                    HasUser = $row.HasUser
                }
            }
        }
    } },
    @{ Name = 'Processes'; Sections = @('CurrentSessionId', 'ProductProcesses'); Script = {
        # Get-Process lists every session's processes with their SessionId without elevation.
        Add-Section 'CurrentSessionId' { [int](Get-Process -Id $PID).SessionId }
        Add-Section 'ProductProcesses' -AsList {
            Get-Process -Name $productProcessNames -ErrorAction SilentlyContinue |
                ForEach-Object { [ordered]@{ Name = [string]$_.ProcessName; SessionId = [int]$_.SessionId } }
        }
    } },
    @{ Name = 'SystemDrive'; Sections = @('SystemDrive'); Script = {
        Add-Section 'SystemDrive' {
            $d = Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='$env:SystemDrive'" -OperationTimeoutSec 2
            $pf = $env:ProgramFiles
            [ordered]@{
                DeviceID = $env:SystemDrive
                FreeSpace = if ($d) { $d.FreeSpace } else { $null }
                Size = if ($d) { $d.Size } else { $null }
                # Amazon WorkSpaces' service components (https://docs.aws.amazon.com/workspaces/latest/adminguide/required-service-components.html):
                # folders only, nothing in them is read. Amazon alone is on every EC2 machine (EC2Launch).
                Folders = [ordered]@{
                    'Amazon' = Test-Path -LiteralPath (Join-Path $pf 'Amazon')
                    'Amazon\WorkSpacesConfig' = Test-Path -LiteralPath (Join-Path $pf 'Amazon\WorkSpacesConfig')
                    'NICE' = Test-Path -LiteralPath (Join-Path $pf 'NICE')
                    'Teradici' = Test-Path -LiteralPath (Join-Path $pf 'Teradici')
                }
            }
        }
    } }
)

. $prelude
if ($TestDoubles) { . $TestDoubles }
$languageMode = [string]$ExecutionContext.SessionState.LanguageMode
$elevated = $null
try { $elevated = Test-Elevated } catch { }

# Per item: @{ Sections; Failures } from the block, or the one reason why the whole item failed.
$outcomes = @{}
$mode = 'sequential'
$pool = $null
if ($languageMode -eq 'FullLanguage') {
    try {
        $pool = [RunspaceFactory]::CreateRunspacePool(1, $items.Count)
        $pool.Open()
    } catch {
        $pool = $null
    }
}
if ($pool) {
    # Every item at once; what has not finished when the budget is spent is left out.
    $mode = 'runspaces'
    $body = "param(`$productProcessNames, `$elevated)`nSet-StrictMode -Version 2.0`n`$ErrorActionPreference = 'Stop'`n" +
            $prelude.ToString() + "`n"
    if ($TestDoubles) {
        $doublesPath = (Resolve-Path -LiteralPath $TestDoubles).ProviderPath
        $body += ". '" + $doublesPath.Replace("'", "''") + "'`n"
    }
    $running = foreach ($item in $items) {
        $ps = [PowerShell]::Create()
        $ps.RunspacePool = $pool
        $script = $body + "`$sections = [ordered]@{}`n`$failures = [ordered]@{}`n" + $item.Script.ToString() +
                  "`n@{ Sections = `$sections; Failures = `$failures }"
        $null = $ps.AddScript($script).AddArgument($productProcessNames).AddArgument($elevated)
        [pscustomobject]@{ Item = $item; PowerShell = $ps; Handle = $ps.BeginInvoke() }
    }
    foreach ($r in $running) {
        $wait = [Math]::Max(0, $BudgetMs - (Get-ElapsedMs))
        if (-not $r.Handle.AsyncWaitHandle.WaitOne([int]$wait)) {
            $outcomes[$r.Item.Name] = 'timed-out'
            $null = $r.PowerShell.BeginStop($null, $null)
            continue
        }
        try {
            $result = $r.PowerShell.EndInvoke($r.Handle)
            $outcomes[$r.Item.Name] = $result[$result.Count - 1]
        } catch {
            $outcomes[$r.Item.Name] = Get-Reason $_
        } finally {
            $r.PowerShell.Dispose()
        }
    }
} else {
    # Constrained Language Mode (or no runspaces): one item after the other in this session. A command
    # that hangs here is not bounded by the collector, only by its caller (nestready stops it).
    foreach ($item in $items) {
        if ((Get-ElapsedMs) -ge $BudgetMs) { $outcomes[$item.Name] = 'timed-out'; continue }
        try {
            $outcomes[$item.Name] = & {
                param($block)
                $sections = [ordered]@{}
                $failures = [ordered]@{}
                . $block
                @{ Sections = $sections; Failures = $failures }
            } $item.Script
        } catch {
            $outcomes[$item.Name] = Get-Reason $_
        }
    }
}

# Windows PowerShell 5.1 writes an array that went through a pipeline as {"value": [...], "Count": n}
# because of the Count it adds to System.Array; without that type data it writes the array.
Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue

# The document: sections in a fixed order, each cut to the limits above, then bounded as a whole.
$maxSectionChars = 262144
$maxDocumentChars = 1048576
$document = [ordered]@{}
$errors = [ordered]@{}
$sizes = @{}
foreach ($item in $items) {
    $o = $outcomes[$item.Name]
    foreach ($name in $item.Sections) {
        if ($o -is [string]) { $errors[$name] = $o; continue }
        if ($o.Failures.Contains($name)) { $errors[$name] = $o.Failures[$name]; continue }
        if (-not $o.Sections.Contains($name)) { continue }
        $value = Limit-Value $o.Sections[$name] 0
        $length = (ConvertTo-Json -InputObject $value -Depth 10 -Compress).Length
        if ($length -gt $maxSectionChars) {
            $errors[$name] = "left out: $length characters, over the limit of $maxSectionChars"
            continue
        }
        $document[$name] = $value
        $sizes[$name] = $length
    }
}
$total = 0
foreach ($n in $sizes.Keys) { $total += $sizes[$n] }
while ($total -gt $maxDocumentChars) {
    $largest = $sizes.Keys | Sort-Object { $sizes[$_] } -Descending | Select-Object -First 1
    $errors[$largest] = "left out: the document would be over $maxDocumentChars characters"
    $document.Remove($largest)
    $total -= $sizes[$largest]
    $sizes.Remove($largest)
}

$document['Collector'] = [ordered]@{
    version = $collectorVersion
    powershell = [string]$PSVersionTable.PSVersion
    languageMode = $languageMode
    mode = $mode
    elevated = $elevated
    testDoubles = [bool]$TestDoubles
    collectedAt = [DateTime]::UtcNow.ToString('o')
    budgetMs = $BudgetMs
    elapsedMs = Get-ElapsedMs
    errors = $errors
}

# ASCII only (\u escapes): then no code page or console encoding on the way can change the text.
$json = ConvertTo-Json -InputObject $document -Depth 10
$escapes = @{}
foreach ($m in [regex]::Matches($json, '[^\x00-\x7F]')) { $escapes[[int][char]$m.Value] = $m.Value }
foreach ($code in $escapes.Keys) { $json = $json.Replace($escapes[$code], ('\u{0:x4}' -f $code)) }

if ($OutFile) {
    Set-Content -LiteralPath $OutFile -Value $json -Encoding Ascii -NoNewline
} elseif ($mode -eq 'runspaces') {
    $stdout = [Console]::OpenStandardOutput()
    $bytes = [Text.Encoding]::ASCII.GetBytes($json)
    $stdout.Write($bytes, 0, $bytes.Length)
    $stdout.Flush()
} else {
    $json
}
# A runspace that did not stop in time would keep this process alive: leave without waiting for it.
if ($mode -eq 'runspaces' -and ($outcomes.Values -contains 'timed-out')) { [Environment]::Exit(0) }
