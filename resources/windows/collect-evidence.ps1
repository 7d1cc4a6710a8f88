# SPDX-License-Identifier: MIT
<#
.SYNOPSIS
    Collects what nestready needs to judge whether iEchor Desktop can run on this Windows machine.

.DESCRIPTION
    Read-only. Needs no administrator rights: items that do (bcdedit) are reported as "needs-admin".
    Every item runs in its own runspace with its own timeout; the whole run stays within about 10 s.
    Writes one UTF-8 JSON document (format: docs/windows-evidence.md) to standard output or -OutFile.

    By hand, for support:
        powershell -NoProfile -ExecutionPolicy Bypass -File collect-evidence.ps1 -OutFile evidence.json
    then, on any machine:
        nestready check --windows-evidence evidence.json

    Personal data is left out on purpose: serial numbers, user, owner, organization, computer and domain
    names are removed from the CIM classes; sessions are counted, never named; no registration token.
#>
[CmdletBinding()]
param(
    [string]$OutFile,
    # Budget for the whole run, in milliseconds. Items have their own, smaller budgets below.
    [int]$BudgetMs = 9500
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$collectorVersion = 1
$clock = [Diagnostics.Stopwatch]::StartNew()

# The executable names of iEchor Desktop's processes. Not published by the vendor: these mirror Docker
# Desktop's names (see FACTS.md section 7) and could not be confirmed.
$productProcessNames = @('iEchor Desktop', 'com.iechor.backend', 'com.iechor.build', 'com.iechor.service')

# Each item: a name (its section in the document), a time budget and a script block that returns the
# section's value. A block that throws is recorded in Collector.errors; one that runs too long is
# recorded as "timed-out" and its section is left out.
$items = @(
    @{ Name = 'Cim'; TimeoutMs = 6000; Script = {
        # CIM classes under their class names, CIM property names unchanged. Identifying properties are
        # dropped (see the header); everything else is kept as ConvertTo-Json renders it.
        $drop = @('SerialNumber', 'RegisteredUser', 'Organization', 'UserName', 'PrimaryOwnerName',
                  'PrimaryOwnerContact', 'Name', 'CSName', 'DNSHostName', 'Domain', 'Workgroup',
                  'SystemName', 'ProcessorId', 'UUID', 'IdentifyingNumber', 'OEMStringArray', 'Roles')
        $keepName = @('Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS')  # Name is a product name there
        $out = [ordered]@{}
        foreach ($class in 'Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS',
                           'Win32_SystemEnclosure') {
            $instances = New-Object System.Collections.Generic.List[object]
            foreach ($i in @(Get-CimInstance -ClassName $class -OperationTimeoutSec 5)) {
                $o = [ordered]@{}
                foreach ($p in $i.CimInstanceProperties) {
                    if ($drop -contains $p.Name -and -not ($p.Name -eq 'Name' -and $keepName -contains $class)) { continue }
                    $v = $p.Value
                    if ($v -is [datetime]) { $v = $v.ToUniversalTime().ToString('o') }
                    $o[$p.Name] = $v
                }
                $instances.Add($o)
            }
            # One instance renders as an object, several as an array, as Get-CimInstance | ConvertTo-Json does.
            if ($instances.Count -eq 1) { $out[$class] = $instances[0] }
            elseif ($instances.Count -gt 1) { $out[$class] = $instances.ToArray() }
        }
        $out
    } },
    @{ Name = 'Registry'; TimeoutMs = 3000; Script = {
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
    } },
    @{ Name = 'OptionalFeatures'; TimeoutMs = 6000; Script = {
        # Win32_OptionalFeature needs no elevation (Get-WindowsOptionalFeature does). InstallState:
        # 1 Enabled, 2 Disabled, 3 Absent, 4 Unknown. A feature this edition does not offer is null.
        $names = @('Microsoft-Hyper-V-All', 'Microsoft-Hyper-V', 'Containers', 'VirtualMachinePlatform',
                   'Microsoft-Windows-Subsystem-Linux', 'HypervisorPlatform')
        $filter = ($names | ForEach-Object { "Name='$_'" }) -join ' OR '
        $found = @{}
        foreach ($f in @(Get-CimInstance -ClassName Win32_OptionalFeature -Filter $filter -OperationTimeoutSec 5)) {
            $found[$f.Name] = switch ([int]$f.InstallState) { 1 { 'Enabled' } 2 { 'Disabled' } 3 { 'Absent' } default { 'Unknown' } }
        }
        $out = [ordered]@{}
        foreach ($n in $names) { $out[$n] = if ($found.ContainsKey($n)) { $found[$n] } else { $null } }
        $out
    } },
    @{ Name = 'Services'; TimeoutMs = 3000; Script = {
        # Enum names (Running, Automatic, ...) are the same in every display language.
        $out = [ordered]@{}
        foreach ($n in 'vmcompute', 'vmms', 'LxssManager', 'WslService', 'BrokerAgent', 'RDAgentBootLoader',
                       'RDAgent', 'wsnm') {
            $s = Get-Service -Name $n -ErrorAction SilentlyContinue
            $out[$n] = if ($s) { [ordered]@{ Status = [string]$s.Status; StartType = [string]$s.StartType } } else { $null }
        }
        $out
    } },
    @{ Name = 'Wsl'; TimeoutMs = 7000; Script = {
        # wsl.exe writes UTF-16 unless WSL_UTF8=1; decode either way. Its text is localized, so the
        # package and file versions (language-neutral) come first.
        function Run($exe, [string[]]$arguments, [int]$ms) {
            if (-not (Test-Path -LiteralPath $exe)) { return [ordered]@{ outcome = 'missing'; exitCode = $null; output = $null } }
            $psi = New-Object Diagnostics.ProcessStartInfo
            $psi.FileName = $exe
            $psi.Arguments = $arguments -join ' '
            $psi.UseShellExecute = $false
            $psi.RedirectStandardOutput = $true
            $psi.RedirectStandardError = $true
            $psi.CreateNoWindow = $true
            $psi.EnvironmentVariables['WSL_UTF8'] = '1'
            $p = [Diagnostics.Process]::Start($psi)
            $buffer = New-Object IO.MemoryStream
            $copy = $p.StandardOutput.BaseStream.CopyToAsync($buffer)
            $null = $p.StandardError.ReadToEndAsync()
            if (-not $p.WaitForExit($ms)) {
                try { $p.Kill() } catch { }
                return [ordered]@{ outcome = 'timed-out'; exitCode = $null; output = $null }
            }
            $null = $copy.Wait(1000)
            $bytes = $buffer.ToArray()
            $utf16 = $bytes.Length -ge 2 -and ($bytes[1] -eq 0 -or ($bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE))
            $text = if ($utf16) { [Text.Encoding]::Unicode.GetString($bytes) } else { [Text.Encoding]::UTF8.GetString($bytes) }
            [ordered]@{ outcome = 'ok'; exitCode = $p.ExitCode; output = $text.TrimStart([char]0xFEFF) }
        }
        $wsl = Join-Path $env:SystemRoot 'System32\wsl.exe'
        $package = $null
        try {
            $pkg = Get-AppxPackage -Name 'MicrosoftCorporationII.WindowsSubsystemForLinux' | Select-Object -First 1
            if ($pkg) { $package = [string]$pkg.Version }
        } catch { }
        $fileVersion = $null
        $msi = Join-Path $env:ProgramFiles 'WSL\wsl.exe'
        if (Test-Path -LiteralPath $msi) { $fileVersion = (Get-Item -LiteralPath $msi).VersionInfo.ProductVersion }
        [ordered]@{
            packageVersion = $package
            programFilesVersion = $fileVersion
            version = Run $wsl @('--version') 3000
            status = Run $wsl @('--status') 3000
        }
    } },
    @{ Name = 'Bcdedit'; TimeoutMs = 3000; Script = {
        $admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
            [Security.Principal.WindowsBuiltInRole]::Administrator)
        if (-not $admin) { return [ordered]@{ outcome = 'needs-admin'; hypervisorlaunchtype = $null } }
        # Element names and their values are not localized; the headings around them are.
        # Windows PowerShell 5 turns a native program's stderr into errors: do not let them stop the block.
        $ErrorActionPreference = 'Continue'
        $text = (& (Join-Path $env:SystemRoot 'System32\bcdedit.exe') /enum '{current}' 2>&1 | Out-String)
        $value = $null
        if ($text -match '(?m)^\s*hypervisorlaunchtype\s+(\S+)') { $value = $Matches[1] }
        [ordered]@{ outcome = if ($LASTEXITCODE -eq 0) { 'ok' } else { 'error' }; exitCode = $LASTEXITCODE; hypervisorlaunchtype = $value }
    } },
    @{ Name = 'Sessions'; TimeoutMs = 5000; Script = {
        # WTSEnumerateSessions lists every session to any user; states are the WTS_CONNECTSTATE_CLASS names.
        # User names are not kept: only whether a user is logged on to the session.
        Add-Type -Namespace NestReady -Name Wts -MemberDefinition @'
[DllImport("wtsapi32.dll", SetLastError=true)] public static extern bool WTSEnumerateSessionsW(System.IntPtr server, int reserved, int version, out System.IntPtr info, out int count);
[DllImport("wtsapi32.dll", SetLastError=true)] public static extern bool WTSQuerySessionInformationW(System.IntPtr server, int session, int infoClass, out System.IntPtr buffer, out int bytes);
[DllImport("wtsapi32.dll")] public static extern void WTSFreeMemory(System.IntPtr memory);
'@
        $states = 'Active', 'Connected', 'ConnectQuery', 'Shadow', 'Disconnected', 'Idle', 'Listen', 'Reset', 'Down', 'Init'
        $info = [IntPtr]::Zero; $count = 0
        if (-not [NestReady.Wts]::WTSEnumerateSessionsW([IntPtr]::Zero, 0, 1, [ref]$info, [ref]$count)) {
            throw "WTSEnumerateSessions failed: $([Runtime.InteropServices.Marshal]::GetLastWin32Error())"
        }
        $size = [IntPtr]::Size * 3  # WTS_SESSION_INFOW: DWORD SessionId, LPWSTR pWinStationName, int State (padded)
        $out = @()
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
            $out += [ordered]@{
                SessionId = $id
                State = if ($state -ge 0 -and $state -lt $states.Count) { $states[$state] } else { [string]$state }
                WinStationType = ($station -replace '#\d+$', '')  # "Console", "RDP-Tcp", "Services"
                HasUser = $hasUser
            }
        }
        [NestReady.Wts]::WTSFreeMemory($info)
        , $out
    } },
    @{ Name = 'Processes'; TimeoutMs = 3000; Script = {
        # Get-Process lists every session's processes with their SessionId without elevation.
        [ordered]@{
            CurrentSessionId = (Get-Process -Id $PID).SessionId
            ProductProcesses = @(Get-Process -Name $productProcessNames -ErrorAction SilentlyContinue |
                ForEach-Object { [ordered]@{ Name = $_.ProcessName; SessionId = $_.SessionId } })
        }
    } },
    @{ Name = 'SystemDrive'; TimeoutMs = 3000; Script = {
        $d = Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='$env:SystemDrive'" -OperationTimeoutSec 2
        $pf = $env:ProgramFiles
        [ordered]@{
            DeviceID = $env:SystemDrive
            FreeSpace = if ($d) { $d.FreeSpace } else { $null }
            Size = if ($d) { $d.Size } else { $null }
            # Amazon WorkSpaces streaming agents (FACTS.md section 7); folders only, nothing is read.
            Folders = [ordered]@{
                'Amazon\WorkSpacesConfig' = Test-Path -LiteralPath (Join-Path $pf 'Amazon\WorkSpacesConfig')
                'NICE' = Test-Path -LiteralPath (Join-Path $pf 'NICE')
                'Teradici' = Test-Path -LiteralPath (Join-Path $pf 'Teradici')
            }
        }
    } }
)

# Run every item at once in a runspace pool; each gets its own deadline inside the overall budget.
$pool = [RunspaceFactory]::CreateRunspacePool(1, $items.Count)
$pool.Open()
$running = foreach ($item in $items) {
    $ps = [PowerShell]::Create()
    $ps.RunspacePool = $pool
    # Each runspace starts empty: the name table goes in as a parameter.
    $body = "param(`$productProcessNames)`nSet-StrictMode -Version 2.0`n`$ErrorActionPreference = 'Stop'`n" +
            $item.Script.ToString()
    $null = $ps.AddScript($body).AddArgument($productProcessNames)
    [pscustomobject]@{ Item = $item; PowerShell = $ps; Handle = $ps.BeginInvoke(); Started = $clock.ElapsedMilliseconds }
}

$document = [ordered]@{}
$errors = [ordered]@{}
foreach ($r in $running) {
    $deadline = [Math]::Min($r.Started + $r.Item.TimeoutMs, $BudgetMs)
    $wait = [Math]::Max(0, $deadline - $clock.ElapsedMilliseconds)
    if (-not $r.Handle.AsyncWaitHandle.WaitOne([int]$wait)) {
        $errors[$r.Item.Name] = 'timed-out'
        $null = $r.PowerShell.BeginStop($null, $null)
        continue
    }
    try {
        $result = $r.PowerShell.EndInvoke($r.Handle)
        if ($r.PowerShell.HadErrors -and $r.PowerShell.Streams.Error.Count -gt 0) {
            $errors[$r.Item.Name] = [string]$r.PowerShell.Streams.Error[0]
        }
        $value = if ($result.Count -eq 1) { $result[0] } else { @($result) }
        if ($r.Item.Name -eq 'Cim') {
            foreach ($k in $value.Keys) { $document[$k] = $value[$k] }  # the CIM classes sit at the top level
        } elseif ($r.Item.Name -eq 'Processes') {
            $document['CurrentSessionId'] = $value.CurrentSessionId
            $document['ProductProcesses'] = @($value.ProductProcesses)
        } else {
            $document[$r.Item.Name] = $value
        }
    } catch {
        $errors[$r.Item.Name] = $_.Exception.InnerException.Message
        if (-not $errors[$r.Item.Name]) { $errors[$r.Item.Name] = $_.Exception.Message }
    } finally {
        $r.PowerShell.Dispose()
    }
}

$document['Collector'] = [ordered]@{
    version = $collectorVersion
    powershell = $PSVersionTable.PSVersion.ToString()
    elevated = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
        [Security.Principal.WindowsBuiltInRole]::Administrator)
    collectedAt = [DateTime]::UtcNow.ToString('o')
    elapsedMs = $clock.ElapsedMilliseconds
    errors = $errors
}

$json = $document | ConvertTo-Json -Depth 8
$utf8 = New-Object Text.UTF8Encoding $false
if ($OutFile) {
    $path = if ([IO.Path]::IsPathRooted($OutFile)) { $OutFile } else { Join-Path (Get-Location).ProviderPath $OutFile }
    [IO.File]::WriteAllText([IO.Path]::GetFullPath($path), $json, $utf8)
} else {
    $stdout = [Console]::OpenStandardOutput()
    $bytes = $utf8.GetBytes($json)
    $stdout.Write($bytes, 0, $bytes.Length)
    $stdout.Flush()
}
# A runspace that did not stop in time would keep this process alive: leave without waiting for it.
if ($errors.Values -contains 'timed-out') { [Environment]::Exit(0) }
