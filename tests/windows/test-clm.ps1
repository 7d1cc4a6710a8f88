# SPDX-License-Identifier: MIT
# Constrained Language Mode, as AppLocker/WDAC impose it on locked-down virtual desktops: the session
# that runs the collector is switched to ConstrainedLanguage, so the collector cannot use runspaces or
# Add-Type. It must record the mode, fall back to one item after the other, and still write what it can.
param([Parameter(Mandatory)][string]$Nestready)
. (Join-Path $PSScriptRoot 'common.ps1')

$name = 'physical-win11-hyperv'
$machine = Join-Path $WindowsData "$name/evidence.json"
$cpuid = Join-Path $WindowsData "$name/cpuid.txt"
$scratch = New-ScratchFolder
try {
    $run = Invoke-Collector -Machine $machine -Constrained -CollectorArguments @('-BudgetMs', '60000')
    $doc = $run.Document
    Assert-That ($run.ExitCode -eq 0 -and $null -ne $doc) "ConstrainedLanguage: the collector wrote a JSON document to standard output (exit $($run.ExitCode)) $($run.Stderr)"
    Assert-That ($doc['Collector']['languageMode'] -eq 'ConstrainedLanguage') 'ConstrainedLanguage: Collector.languageMode records it'
    Assert-That ($doc['Collector']['mode'] -eq 'sequential') 'ConstrainedLanguage: the items ran one after the other'
    Assert-That (@($run.Bytes | Where-Object { $_ -gt 127 }).Count -eq 0) 'ConstrainedLanguage: the output is ASCII (no code page can change it)'
    $sections = @('Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS', 'Win32_SystemEnclosure',
                  'Registry', 'OptionalFeatures', 'Services', 'Wsl', 'Bcdedit', 'CurrentSessionId', 'ProductProcesses', 'SystemDrive')
    $missing = @($sections | Where-Object { -not $doc.Contains($_) })
    Assert-That ($missing.Count -eq 0) "ConstrainedLanguage: everything but the session list is collected $(if ($missing) { '(missing: ' + ($missing -join ', ') + ')' })"
    Assert-That ($doc['Wsl']['version']['outcome'] -eq 'ok' -and $doc['Wsl']['version']['output'] -like 'WSL version: 2.3.26.0*') 'ConstrainedLanguage: wsl.exe ran through Start-Process'
    Assert-That ($doc['Bcdedit']['hypervisorlaunchtype'] -eq 'Auto') 'ConstrainedLanguage: bcdedit.exe ran through Start-Process'
    Assert-That ($doc['Collector']['elevated'] -eq $true) 'ConstrainedLanguage: elevation read from whoami.exe'
    $why = [string]$doc['Collector']['errors']['Sessions']
    Assert-That ($why -like '*Add-Type*ConstrainedLanguage*') "ConstrainedLanguage: the missing session list says why: $why"
    Assert-That ($doc['Collector']['errors'].Count -eq 1) 'ConstrainedLanguage: no other errors'

    $out = Join-Path $scratch 'clm.json'
    [IO.File]::WriteAllBytes($out, $run.Bytes)
    $want = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $machine -CpuidDump $cpuid
    $got = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $out -CpuidDump $cpuid
    Assert-That ($got.Checks.Count -ge 10) "ConstrainedLanguage: nestready reads the evidence ($($got.Checks.Count) checks)"
    # Without the session list only the one-instance check may lack something; every other is as before.
    $diff = @(Compare-Map $want.Checks $got.Checks | Where-Object { $_ -notlike 'windows.single-instance:*' })
    Assert-That ($diff.Count -eq 0) "ConstrainedLanguage: every other check as with full evidence ($($diff -join '; '))"
    Assert-That ($got.Checks['windows.single-instance'] -in @('pass', 'unknown')) "ConstrainedLanguage: windows.single-instance is $($got.Checks['windows.single-instance'])"

    # The same machine in Full Language: runspaces, and the mode recorded too.
    $run = Invoke-Collector -Machine $machine -CollectorArguments @('-BudgetMs', '60000')
    Assert-That ($run.Document['Collector']['languageMode'] -eq 'FullLanguage' -and $run.Document['Collector']['mode'] -eq 'runspaces') 'FullLanguage: recorded, items in runspaces'
    Assert-That (@($run.Document['Sessions']).Count -ge 1) 'FullLanguage: the session list is there'

    # -OutFile in ConstrainedLanguage (Set-Content, not .NET file calls).
    $file = Join-Path $scratch 'out file.json'
    $run = Invoke-Collector -Machine $machine -Constrained -CollectorArguments @('-BudgetMs', '60000', '-OutFile', $file)
    $written = Get-Content -LiteralPath $file -Raw | ConvertFrom-Json -AsHashtable
    Assert-That ($run.Bytes.Length -eq 0 -and $written['Collector']['languageMode'] -eq 'ConstrainedLanguage') 'ConstrainedLanguage: -OutFile writes the document, nothing on standard output'
} finally {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
Complete-Test
