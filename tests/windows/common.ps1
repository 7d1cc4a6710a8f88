# SPDX-License-Identifier: MIT
# Helpers of the collector tests (tests/windows/test-*.ps1), which run-pwsh-test.sh starts under
# PowerShell 7. They run resources/windows/collect-evidence.ps1 in its own pwsh process with the test
# doubles (doubles/doubles.ps1) and nestready on what it wrote.
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
$Collector = Join-Path $RepoRoot 'resources/windows/collect-evidence.ps1'
$Doubles = Join-Path $PSScriptRoot 'doubles/doubles.ps1'
$WindowsData = Join-Path $RepoRoot 'tests/data/windows'
# The pwsh that run-pwsh-test.sh found ([Environment]::ProcessPath may be the dotnet host of the tool).
$Pwsh = if ($env:NESTREADY_PWSH) { $env:NESTREADY_PWSH } else { (Get-Command pwsh).Source }
$script:Failures = 0
$script:Passes = 0

function New-ScratchFolder {
    $d = Join-Path ([IO.Path]::GetTempPath()) ('nestready-pwsh-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $d
    $d
}

# Runs the collector under the doubles, answering as the machine in $Machine (machine.json or
# evidence.json). Standard input stays an open pipe: a program the collector starts that inherited it
# instead of an empty one would wait on it (the fake programs read it) and time out.
function Invoke-Collector {
    param([Parameter(Mandatory)][string]$Machine, [string]$Faults = '', [switch]$Constrained,
          [string[]]$CollectorArguments = @(), [int]$KillAfterMs = 60000)
    $work = New-ScratchFolder
    try {
        $psi = [Diagnostics.ProcessStartInfo]::new($Pwsh)
        foreach ($a in '-NoProfile', '-NonInteractive') { $psi.ArgumentList.Add($a) }
        if ($Constrained) {
            # What AppLocker/WDAC does to a script: the session, and the script it runs, in ConstrainedLanguage.
            $quoted = ($CollectorArguments | ForEach-Object {
                if ($_ -match '^-\w+$') { $_ } else { "'" + $_.Replace("'", "''") + "'" } }) -join ' '
            $psi.ArgumentList.Add('-Command')
            $psi.ArgumentList.Add("`$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'; " +
                                  "& '$Collector' -TestDoubles '$Doubles' $quoted")
        } else {
            foreach ($a in @('-File', $Collector, '-TestDoubles', $Doubles) + $CollectorArguments) { $psi.ArgumentList.Add($a) }
        }
        $psi.UseShellExecute = $false
        $psi.RedirectStandardInput = $true
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.Environment['NESTREADY_DOUBLES_MACHINE'] = $Machine
        $psi.Environment['NESTREADY_DOUBLES_WORKDIR'] = $work
        $psi.Environment['NESTREADY_DOUBLES_FAULTS'] = $Faults
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $p = [Diagnostics.Process]::Start($psi)
        $stdout = $p.StandardOutput.BaseStream.CopyToAsync(($buffer = [IO.MemoryStream]::new()))
        $stderr = $p.StandardError.ReadToEndAsync()
        if (-not $p.WaitForExit($KillAfterMs)) {
            $p.Kill($true)
            throw "the collector did not finish within $KillAfterMs ms"
        }
        $p.WaitForExit()
        $null = $stdout.Wait(5000)
        $elapsed = $clock.ElapsedMilliseconds
        $p.StandardInput.Close()
        $bytes = $buffer.ToArray()
        $document = $null
        try { $document = [Text.Encoding]::UTF8.GetString($bytes) | ConvertFrom-Json -AsHashtable } catch { }
        [pscustomobject]@{
            ExitCode = $p.ExitCode; Bytes = $bytes; Stderr = $stderr.Result; ElapsedMs = $elapsed; Document = $document
        }
    } finally {
        Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
    }
}

# nestready check --json on an evidence file: exit code, environment and every check's status.
function Invoke-NestreadyCheck {
    param([Parameter(Mandatory)][string]$Nestready, [Parameter(Mandatory)][string]$Evidence, [string]$CpuidDump)
    $arguments = @('check', '--json', '--no-network', '--windows-evidence', $Evidence)
    if ($CpuidDump) { $arguments += @('--cpuid-dump', $CpuidDump) }
    $env:QT_QPA_PLATFORM = 'offscreen'
    $text = & $Nestready @arguments 2>&1 | Out-String
    $exit = $LASTEXITCODE
    $checks = [ordered]@{}
    $environment = [ordered]@{}
    try {
        $doc = $text | ConvertFrom-Json -AsHashtable
        foreach ($c in $doc['checks']) { $checks[$c['id']] = $c['status'] }
        foreach ($k in 'os', 'vm', 'container', 'cloud', 'hardwareVirtualization') { $environment[$k] = $doc['environment'][$k] }
    } catch {
        $checks['<output>'] = $text
    }
    [pscustomobject]@{ ExitCode = $exit; Checks = $checks; Environment = $environment }
}

# "name=value" lines that differ between two dictionaries.
function Compare-Map($want, $got) {
    $diff = @()
    foreach ($k in @($want.Keys) + @($got.Keys) | Select-Object -Unique) {
        $w = if ($want.Contains($k)) { [string]$want[$k] } else { '<none>' }
        $g = if ($got.Contains($k)) { [string]$got[$k] } else { '<none>' }
        if ($w -ne $g) { $diff += "$k`: expected $w, got $g" }
    }
    $diff
}

function Assert-That([bool]$condition, [string]$what) {
    if ($condition) {
        $script:Passes++
        Write-Host "PASS  $what"
    } else {
        $script:Failures++
        Write-Host "FAIL  $what"
    }
}

# The plain summary line ctest's log and CI read; exit code 1 on any failure.
function Complete-Test {
    Write-Host "$($script:Passes) passed, $($script:Failures) failed"
    if ($script:Failures -gt 0) { exit 1 }
    exit 0
}
