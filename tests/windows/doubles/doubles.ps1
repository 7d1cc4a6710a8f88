# SPDX-License-Identifier: MIT
# Test doubles for resources/windows/collect-evidence.ps1 (docs/windows-evidence.md, "How the tests run
# the collector"). The collector dot-sources this file (-TestDoubles) into its own session and into every
# runspace it opens; the functions below then shadow the Windows-only commands it calls, and fake
# programs in a fake %SystemRoot% stand in for wsl.exe, bcdedit.exe and whoami.exe.
#
# Environment:
#   NESTREADY_DOUBLES_MACHINE  the machine's recorded data: a machine.json (format
#                              "nestready-windows-answers/1", see tests/data/windows/README.md) or an
#                              evidence.json, which is turned into answers here.
#   NESTREADY_DOUBLES_WORKDIR  an empty scratch folder owned by the test (fake root, program answers).
#   NESTREADY_DOUBLES_FAULTS   optional, comma-separated KIND:TARGET with KIND hang, throw or huge and
#                              TARGET a command (Get-Service), Get-CimInstance:<class>, or a program
#                              call ("wsl.exe --version").
# Runs inside the collector, so under its Set-StrictMode 2.0, in Constrained Language Mode too; every
# name here starts with Doubles so as not to touch the collector's own variables.

$DoublesWorkDir = $env:NESTREADY_DOUBLES_WORKDIR
if (-not $DoublesWorkDir -or -not (Test-Path -LiteralPath $DoublesWorkDir -PathType Container)) {
    throw 'doubles.ps1: NESTREADY_DOUBLES_WORKDIR must name an existing folder'
}
if (-not $env:NESTREADY_DOUBLES_MACHINE) { throw 'doubles.ps1: NESTREADY_DOUBLES_MACHINE is not set' }
$DoublesRoot = Join-Path $DoublesWorkDir 'root'

# Data comes from ConvertFrom-Json (objects) or from ConvertFrom-DoublesEvidence (dictionaries: casting
# a dictionary to an object is not allowed in Constrained Language Mode).
function Get-DoublesProperty($object, [string]$name) {
    if ($null -eq $object) { return $null }
    if ($object -is [System.Collections.IDictionary]) {
        if ($object.Contains($name)) { return $object[$name] }
        return $null
    }
    $p = $object.PSObject.Properties[$name]
    if ($p) { return $p.Value }
    $null
}

# The same, but an array stays an array even with one element (CIM array properties).
function Get-DoublesRaw($object, [string]$name) {
    if ($object -is [System.Collections.IDictionary]) { return , $object[$name] }
    , $object.PSObject.Properties[$name].Value
}

function Get-DoublesNames($object) {
    if ($null -eq $object) { return @() }
    if ($object -is [System.Collections.IDictionary]) { return @($object.Keys) }
    @($object.PSObject.Properties | ForEach-Object { $_.Name })
}

# Recorded evidence -> the answers Windows gave the collector on that machine.
function ConvertFrom-DoublesEvidence($evidence) {
    $cim = [ordered]@{}
    foreach ($class in 'Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS',
                       'Win32_SystemEnclosure', 'Win32_DeviceGuard') {
        $v = Get-DoublesProperty $evidence $class
        if ($null -ne $v) { $cim[$class] = @($v) }
    }
    $features = @()
    $installState = @{ Enabled = 1; Disabled = 2; Absent = 3; Unknown = 4 }
    $recordedFeatures = Get-DoublesProperty $evidence 'OptionalFeatures'
    foreach ($name in (Get-DoublesNames $recordedFeatures)) {
        $state = Get-DoublesProperty $recordedFeatures $name
        if ($null -eq $state) { continue }  # not offered by this edition: no instance
        if ($installState.ContainsKey([string]$state)) { $state = $installState[[string]$state] }
        $features += , [ordered]@{ Name = $name; InstallState = [int]$state }
    }
    $cim['Win32_OptionalFeature'] = $features
    $folders = @()
    $drive = Get-DoublesProperty $evidence 'SystemDrive'
    if ($drive) {
        $cim['Win32_LogicalDisk'] = @([ordered]@{
            DeviceID = Get-DoublesProperty $drive 'DeviceID'
            FreeSpace = Get-DoublesProperty $drive 'FreeSpace'
            Size = Get-DoublesProperty $drive 'Size'
        })
        $recordedFolders = Get-DoublesProperty $drive 'Folders'
        foreach ($name in (Get-DoublesNames $recordedFolders)) {
            if (Get-DoublesProperty $recordedFolders $name) { $folders += 'Program Files\' + $name }
        }
    }

    $registry = [ordered]@{}
    $recordedRegistry = Get-DoublesProperty $evidence 'Registry'
    $cv = Get-DoublesProperty $recordedRegistry 'CurrentVersion'
    $keys = [ordered]@{ 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' = $cv }
    $vdiPaths = [ordered]@{
        Citrix = 'HKLM:\SOFTWARE\Citrix\VirtualDesktopAgent'
        CitrixIca = 'HKLM:\SOFTWARE\Citrix\Ica\Session'
        Horizon = 'HKLM:\SOFTWARE\VMware, Inc.\VMware VDM\Agent'
        Omnissa = 'HKLM:\SOFTWARE\Omnissa\Horizon\Agent'
        RDInfraAgent = 'HKLM:\SOFTWARE\Microsoft\RDInfraAgent'
    }
    $vdi = Get-DoublesProperty $recordedRegistry 'Vdi'
    foreach ($name in $vdiPaths.Keys) { $keys[$vdiPaths[$name]] = Get-DoublesProperty $vdi $name }
    foreach ($path in $keys.Keys) {
        $recorded = $keys[$path]
        if ($null -eq $recorded) { continue }
        $values = [ordered]@{}
        foreach ($n in (Get-DoublesNames $recorded)) {
            if ($n -ne 'Present') { $values[$n] = Get-DoublesProperty $recorded $n }
        }
        $registry[$path] = $values
    }
    $glass = Get-DoublesProperty $recordedRegistry 'GlassSessionId'
    $ts = [ordered]@{}
    if ($null -ne $glass) { $ts['GlassSessionId'] = $glass }
    $registry['HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'] = $ts

    $stateIndex = @{ Active = 0; Connected = 1; ConnectQuery = 2; Shadow = 3; Disconnected = 4; Idle = 5; Listen = 6
                     Reset = 7; Down = 8; Init = 9 }
    $sessions = @()
    foreach ($s in @(Get-DoublesProperty $evidence 'Sessions')) {
        if ($null -eq $s) { continue }
        $state = [string](Get-DoublesProperty $s 'State')
        $sessions += , [ordered]@{
            SessionId = Get-DoublesProperty $s 'SessionId'
            WinStationName = Get-DoublesProperty $s 'WinStationType'
            State = if ($stateIndex.ContainsKey($state)) { $stateIndex[$state] } else { $state }
            HasUser = Get-DoublesProperty $s 'HasUser'
        }
    }

    $collector = Get-DoublesProperty $evidence 'Collector'
    $elevated = [bool](Get-DoublesProperty $collector 'elevated')
    $programs = [ordered]@{}
    $appx = [ordered]@{}
    $files = [ordered]@{}
    $wsl = Get-DoublesProperty $evidence 'Wsl'
    if ($wsl) {
        $calls = [ordered]@{}
        foreach ($pair in @(@('version', '--version'), @('status', '--status'))) {
            $run = Get-DoublesProperty $wsl $pair[0]
            $outcome = Get-DoublesProperty $run 'outcome'
            if ($outcome -eq 'ok') {
                $exit = [int](Get-DoublesProperty $run 'exitCode')
                # The inbox wsl.exe ignores WSL_UTF8 and writes UTF-16: its usage text is what fails.
                $calls[$pair[1]] = [ordered]@{
                    exitCode = $exit; output = [string](Get-DoublesProperty $run 'output')
                    encoding = if ($exit -ne 0) { 'utf-16le' } else { 'utf-8' }
                }
            } elseif ($outcome -eq 'timed-out') {
                $calls[$pair[1]] = [ordered]@{ hang = $true }
            }
        }
        if ($calls.Count -gt 0) { $programs['wsl.exe'] = $calls }
        $package = Get-DoublesProperty $wsl 'packageVersion'
        if ($package) { $appx['MicrosoftCorporationII.WindowsSubsystemForLinux'] = $package }
        $file = Get-DoublesProperty $wsl 'programFilesVersion'
        if ($file) { $files['Program Files\WSL\wsl.exe'] = [ordered]@{ ProductVersion = $file } }
    }
    $bcd = Get-DoublesProperty $evidence 'Bcdedit'
    $bcdOutcome = Get-DoublesProperty $bcd 'outcome'
    if ($bcdOutcome -eq 'needs-admin') { $elevated = $false }
    if ($bcdOutcome -eq 'ok') {
        $launch = Get-DoublesProperty $bcd 'hypervisorlaunchtype'
        $text = "`r`nWindows Boot Loader`r`n-------------------`r`nidentifier              {current}`r`n" +
                "device                  partition=C:`r`npath                    \WINDOWS\system32\winload.efi`r`n" +
                "description             Windows Boot Manager`r`nosdevice                partition=C:`r`n"
        if ($launch) { $text += 'hypervisorlaunchtype    ' + $launch + "`r`n" }
        $programs['bcdedit.exe'] = [ordered]@{ '/enum {current}' = [ordered]@{ exitCode = 0; output = $text } }
    } elseif ($bcdOutcome -eq 'error') {
        $programs['bcdedit.exe'] = [ordered]@{ '/enum {current}' = [ordered]@{
            exitCode = 1; output = 'The boot configuration data store could not be opened.' } }
    }

    [ordered]@{
        format = 'nestready-windows-answers/1'
        Cim = $cim
        Registry = $registry
        Services = Get-DoublesProperty $evidence 'Services'
        Processes = @(Get-DoublesProperty $evidence 'ProductProcesses' | Where-Object { $null -ne $_ })
        CurrentSessionId = Get-DoublesProperty $evidence 'CurrentSessionId'
        Sessions = $sessions
        Elevated = $elevated
        Programs = $programs
        Appx = $appx
        Files = $files
        Folders = $folders
    }
}

$DoublesData = Get-Content -LiteralPath $env:NESTREADY_DOUBLES_MACHINE -Raw | ConvertFrom-Json
if ((Get-DoublesProperty $DoublesData 'format') -ne 'nestready-windows-answers/1') {
    $DoublesData = ConvertFrom-DoublesEvidence $DoublesData
}

$DoublesFaults = @()
if ($env:NESTREADY_DOUBLES_FAULTS) {
    foreach ($f in $env:NESTREADY_DOUBLES_FAULTS.Split(',')) {
        $kind, $target = $f -split ':', 2
        $DoublesFaults += , [ordered]@{ Kind = $kind.Trim(); Target = $target.Trim() }
    }
}

# Faults of the collector's process itself, for nestready's live source (tst_windowslive): hang:import
# never lets the collector start; huge:stdout writes more than any evidence file may hold.
if ($env:NESTREADY_DOUBLES_READY -ne [string]$PID) {
    foreach ($f in $DoublesFaults) {
        if ($f.Kind -eq 'hang' -and $f.Target -eq 'import') { Start-Sleep -Seconds 120 }
        if ($f.Kind -eq 'huge' -and $f.Target -eq 'stdout') { [Console]::Out.Write('x' * (6 * 1024 * 1024)); [Console]::Out.Flush() }
    }
}

# hang: waits far past any deadline; throw: fails like a broken WMI provider; huge: the caller answers
# with far too much (big: Get-CimInstance only, see there).
function Invoke-DoublesFault([string]$target) {
    foreach ($f in $DoublesFaults) {
        if ($f.Target -ne $target) { continue }
        if ($f.Kind -eq 'hang') { Start-Sleep -Seconds 120 }
        if ($f.Kind -eq 'throw') { throw "test double: $target fails on purpose" }
        if ($f.Kind -eq 'huge') { return $true }
    }
    $false
}

function Get-DoublesKey([string]$arguments) { $arguments -replace '[^A-Za-z0-9-]', '_' }

# Once per process (the runspaces share it): the fake root with the programs, files and folders the
# machine has, and the environment variables that point the collector at it.
if ($env:NESTREADY_DOUBLES_READY -ne [string]$PID) {
    foreach ($d in @($DoublesRoot, (Join-Path $DoublesWorkDir 'answers'))) {
        if (Test-Path -LiteralPath $d) { Remove-Item -LiteralPath $d -Recurse -Force }
    }
    $system32 = Join-Path $DoublesRoot 'Windows/System32'
    $null = New-Item -ItemType Directory -Path $system32 -Force
    $null = New-Item -ItemType Directory -Path (Join-Path $DoublesRoot 'Program Files') -Force
    $fake = Join-Path $PSScriptRoot 'fake-program.sh'
    $programs = [ordered]@{}
    $recordedPrograms = Get-DoublesProperty $DoublesData 'Programs'
    foreach ($name in (Get-DoublesNames $recordedPrograms)) { $programs[$name] = Get-DoublesProperty $recordedPrograms $name }
    if (-not $programs.Contains('whoami.exe')) {
        # Mandatory label of the token: High when elevated, Medium otherwise.
        $label = if (Get-DoublesProperty $DoublesData 'Elevated') { '"Mandatory Label\High Mandatory Level","Label","S-1-16-12288",""' }
                 else { '"Mandatory Label\Medium Mandatory Level","Label","S-1-16-8192",""' }
        $programs['whoami.exe'] = [ordered]@{ '/groups /fo csv /nh' = [ordered]@{
            exitCode = 0; output = '"Everyone","Well-known group","S-1-1-0","Mandatory group"' + "`r`n" + $label + "`r`n" } }
    }
    foreach ($name in $programs.Keys) {
        $wrapper = Join-Path $system32 $name
        Set-Content -LiteralPath $wrapper -Value ("#!/bin/sh`nexec /bin/sh '" + $fake + "' '" + $name + "' `"`$@`"`n") -NoNewline
        & chmod '+x' $wrapper
        $answers = Join-Path (Join-Path $DoublesWorkDir 'answers') $name
        $null = New-Item -ItemType Directory -Path $answers -Force
        foreach ($call in (Get-DoublesNames $programs[$name])) {
            $answer = Get-DoublesProperty $programs[$name] $call
            $base = Join-Path $answers (Get-DoublesKey $call)
            $fault = @($DoublesFaults | Where-Object { $_.Target -eq "$name $call" })
            if ((Get-DoublesProperty $answer 'hang') -or ($fault | Where-Object { $_.Kind -eq 'hang' })) {
                Set-Content -LiteralPath "$base.hang" -Value '' -NoNewline
            }
            $output = [string](Get-DoublesProperty $answer 'output')
            if ($fault | Where-Object { $_.Kind -eq 'huge' }) { $output = 'x' * (3 * 1024 * 1024) }
            Set-Content -LiteralPath "$base.out" -Value $output -NoNewline -Encoding utf8NoBOM
            # Windows exit codes are 32-bit, Unix ones 0 to 255: keep the low byte, and failure a failure.
            $rc = [long](Get-DoublesProperty $answer 'exitCode')
            $unixRc = $rc -band 255
            if ($rc -ne 0 -and $unixRc -eq 0) { $unixRc = 1 }
            Set-Content -LiteralPath "$base.rc" -Value ([string]$unixRc) -NoNewline
            if ((Get-DoublesProperty $answer 'encoding') -eq 'utf-16le') {
                Set-Content -LiteralPath "$base.enc" -Value 'utf-16le' -NoNewline
            }
        }
    }
    $recordedFiles = Get-DoublesProperty $DoublesData 'Files'
    foreach ($rel in (Get-DoublesNames $recordedFiles)) {
        $path = Join-Path $DoublesRoot $rel
        $null = New-Item -ItemType Directory -Path (Split-Path -Parent $path) -Force
        $null = New-Item -ItemType File -Path $path -Force
    }
    foreach ($rel in @(Get-DoublesProperty $DoublesData 'Folders')) {
        if ($rel) { $null = New-Item -ItemType Directory -Path (Join-Path $DoublesRoot $rel) -Force }
    }
    $env:SystemRoot = Join-Path $DoublesRoot 'Windows'
    $env:ProgramFiles = Join-Path $DoublesRoot 'Program Files'
    $env:SystemDrive = 'C:'
    $env:NESTREADY_DOUBLES_READY = [string]$PID
}

function Get-CimInstance {
    [CmdletBinding()]
    param([string]$ClassName, [string]$Namespace = 'root\cimv2', [string]$Filter, [int]$OperationTimeoutSec)
    $huge = Invoke-DoublesFault 'Get-CimInstance'
    $huge = (Invoke-DoublesFault "Get-CimInstance:$ClassName") -or $huge
    $big = @($DoublesFaults | Where-Object { $_.Kind -eq 'big' -and $_.Target -eq 'Get-CimInstance' }).Count -gt 0
    $expected = if ($ClassName -eq 'Win32_DeviceGuard') { 'root\Microsoft\Windows\DeviceGuard' } else { 'root\cimv2' }
    if ($Namespace -ne $expected) { throw "Invalid class: $ClassName is not in namespace $Namespace" }
    if ($huge -or $big) {
        # huge: far more instances, properties and text than any machine has. big: one instance just
        # under the collector's limit for a section, so that several of them exceed the document's.
        $text = if ($huge) { 'y' * 10000 } else { 'y' * 4000 }
        $count = if ($huge) { 40 } else { 1 }
        $width = if ($huge) { 300 } else { 60 }
        for ($n = 0; $n -lt $count; $n++) {
            $props = @()
            for ($p = 0; $p -lt $width; $p++) { $props += , [ordered]@{ Name = "P$p"; Value = $text } }
            [ordered]@{ CimInstanceProperties = $props }
        }
        return
    }
    $recorded = Get-DoublesProperty (Get-DoublesProperty $DoublesData 'Cim') $ClassName
    $failure = Get-DoublesProperty $recorded 'error'
    if ($recorded -isnot [array] -and $failure) { throw [string]$failure }
    $clauses = @()
    if ($Filter) {
        foreach ($m in [regex]::Matches($Filter, "(\w+)\s*=\s*'([^']*)'")) {
            $clauses += , @($m.Groups[1].Value, $m.Groups[2].Value)
        }
    }
    foreach ($instance in @($recorded)) {
        if ($null -eq $instance) { continue }
        if ($clauses.Count -gt 0) {
            $match = $false
            foreach ($c in $clauses) { if ([string](Get-DoublesProperty $instance $c[0]) -eq $c[1]) { $match = $true } }
            if (-not $match) { continue }
        }
        $members = [ordered]@{}
        $props = @()
        foreach ($n in (Get-DoublesNames $instance)) {
            $v = Get-DoublesRaw $instance $n
            $members[$n] = $v
            $props += , [ordered]@{ Name = $n; Value = $v }
        }
        $members['CimInstanceProperties'] = $props
        $members
    }
}

function Get-DoublesRegistryKey([string]$path) {
    Get-DoublesProperty (Get-DoublesProperty $DoublesData 'Registry') $path
}

function Test-Path {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath, $PathType)
    $target = if ($LiteralPath) { $LiteralPath[0] } else { $Path[0] }
    if ($target -like 'HKLM:*') {
        $null = Invoke-DoublesFault 'Test-Path'
        return $null -ne (Get-DoublesRegistryKey $target)
    }
    Microsoft.PowerShell.Management\Test-Path @PSBoundParameters
}

function Get-ItemProperty {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath)
    $target = if ($LiteralPath) { $LiteralPath[0] } else { $Path[0] }
    if ($target -notlike 'HKLM:*') { return Microsoft.PowerShell.Management\Get-ItemProperty @PSBoundParameters }
    $null = Invoke-DoublesFault 'Get-ItemProperty'
    $key = Get-DoublesRegistryKey $target
    if ($null -eq $key) { throw "Cannot find path '$target' because it does not exist." }
    # The collector reads values as properties, like those of the registry provider's object.
    if ($key -is [System.Collections.IDictionary]) { return New-Object psobject -Property $key }
    $key
}

function Get-Item {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Path, [string[]]$LiteralPath)
    $target = if ($LiteralPath) { $LiteralPath[0] } else { $Path[0] }
    $recordedFiles = Get-DoublesProperty $DoublesData 'Files'
    foreach ($rel in (Get-DoublesNames $recordedFiles)) {
        if ((Join-Path $DoublesRoot $rel) -eq $target) {
            $version = Get-DoublesProperty (Get-DoublesProperty $recordedFiles $rel) 'ProductVersion'
            return [ordered]@{ FullName = $target; VersionInfo = [ordered]@{ ProductVersion = $version } }
        }
    }
    Microsoft.PowerShell.Management\Get-Item @PSBoundParameters
}

function Get-Service {
    [CmdletBinding()]
    param([string]$Name)
    $null = Invoke-DoublesFault 'Get-Service'
    $s = Get-DoublesProperty (Get-DoublesProperty $DoublesData 'Services') $Name
    if ($null -eq $s) {
        Write-Error "Cannot find any service with service name '$Name'."
        return
    }
    [ordered]@{ Name = $Name; Status = Get-DoublesProperty $s 'Status'; StartType = Get-DoublesProperty $s 'StartType' }
}

function Get-Process {
    [CmdletBinding()]
    param([string[]]$Name, [int]$Id = -1)
    $null = Invoke-DoublesFault 'Get-Process'
    if ($Id -ge 0) {
        return [ordered]@{ Id = $Id; ProcessName = 'powershell'; SessionId = Get-DoublesProperty $DoublesData 'CurrentSessionId' }
    }
    foreach ($p in @(Get-DoublesProperty $DoublesData 'Processes')) {
        if ($null -eq $p) { continue }
        if ($Name -contains [string](Get-DoublesProperty $p 'Name')) {
            [ordered]@{ ProcessName = Get-DoublesProperty $p 'Name'; SessionId = Get-DoublesProperty $p 'SessionId' }
        }
    }
}

function Get-AppxPackage {
    [CmdletBinding()]
    param([string]$Name)
    $null = Invoke-DoublesFault 'Get-AppxPackage'
    $version = Get-DoublesProperty (Get-DoublesProperty $DoublesData 'Appx') $Name
    if ($version) { [ordered]@{ Name = $Name; Version = $version } }
}

# Replaces the collector's WTSEnumerateSessions call (P/Invoke cannot be shadowed by a command).
function Get-WtsSessionTable {
    $huge = Invoke-DoublesFault 'Get-WtsSessionTable'
    if ($huge) {
        for ($i = 0; $i -lt 20000; $i++) { [ordered]@{ SessionId = $i; WinStationName = 'RDP-Tcp#' + $i; State = 0; HasUser = $true } }
        return
    }
    foreach ($s in @(Get-DoublesProperty $DoublesData 'Sessions')) { if ($null -ne $s) { $s } }
}
