# SPDX-License-Identifier: MIT
# Faults: a double that hangs, one that throws, answers far too large. The collector must still finish
# within its budget, name what failed and write the rest, and keep its output bounded.
param([Parameter(Mandatory)][string]$Nestready)
. (Join-Path $PSScriptRoot 'common.ps1')

$machine = Join-Path $WindowsData 'physical-win11-hyperv/evidence.json'
$budgetMs = 9500     # the collector's default (docs/windows-evidence.md)
$appLimitMs = 15000  # what nestready gives the collector before it stops it (core/probes/windowslive.cpp)
$maxDocumentBytes = 1048576 + 4096  # the collector's limit for the sections, plus its own Collector section
$all = @('Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS', 'Win32_SystemEnclosure',
         'Win32_DeviceGuard', 'Registry', 'OptionalFeatures', 'Services', 'Wsl', 'Bcdedit', 'Sessions',
         'CurrentSessionId', 'ProductProcesses', 'SystemDrive', 'Collector')

function Test-Rest($doc, [string[]]$except, [string]$case) {
    $missing = @($all | Where-Object { $except -notcontains $_ -and -not $doc.Contains($_) })
    Assert-That ($missing.Count -eq 0) "$case`: every other section is there $(if ($missing) { '(missing: ' + ($missing -join ', ') + ')' })"
    $other = @($doc['Collector']['errors'].Keys | Where-Object { $except -notcontains $_ })
    Assert-That ($other.Count -eq 0) "$case`: no other errors $(if ($other) { '(' + ($other -join ', ') + ')' })"
}

# A command that never answers (it would sleep 120 s): with the default budget its item is cut, what
# else was read is written, and the process ends instead of waiting for the hung runspace.
$run = Invoke-Collector -Machine $machine -Faults 'hang:Get-Service'
$doc = $run.Document
Assert-That ($run.ExitCode -eq 0 -and $null -ne $doc) "hang: the collector wrote its document (exit $($run.ExitCode))"
Assert-That ($doc['Collector']['errors']['Services'] -eq 'timed-out') 'hang: Services is recorded as timed-out'
Assert-That (-not $doc.Contains('Services')) 'hang: the Services section is left out'
# The budget covers the collecting; writing the document comes after it.
Assert-That ($doc['Collector']['elapsedMs'] -le $budgetMs + 3000) "hang: the collector stopped waiting at its budget ($($doc['Collector']['elapsedMs']) ms, budget $budgetMs)"
Assert-That ($run.ElapsedMs -lt 60000) "hang: the process ended without waiting for the hung command ($($run.ElapsedMs) ms; nestready stops it at $appLimitMs)"
$core = @('Win32_ComputerSystem', 'Win32_OperatingSystem', 'Registry', 'OptionalFeatures')
Assert-That (@($core | Where-Object { $doc.Contains($_) }).Count -eq $core.Count) "hang: what answered in time is written ($($core -join ', '))"

# A program that never answers: stopped after its own 3 s, the item goes on.
$run = Invoke-Collector -Machine $machine -Faults 'hang:wsl.exe --version' -CollectorArguments @('-BudgetMs', '60000')
$doc = $run.Document
Assert-That ($doc['Wsl']['version']['outcome'] -eq 'timed-out') 'hanging wsl.exe --version: outcome timed-out'
Assert-That ($doc['Wsl']['status']['outcome'] -eq 'ok' -and $doc['Wsl']['packageVersion'] -eq '2.3.26.0') 'hanging wsl.exe --version: wsl --status and the package version are still read'
Test-Rest $doc @() 'hanging wsl.exe'

# Commands that throw: the section says why, everything else is complete.
foreach ($case in @(@('throw:Get-CimInstance:Win32_BIOS', 'Win32_BIOS'), @('throw:Get-ItemProperty', 'Registry'),
                    @('throw:Get-WtsSessionTable', 'Sessions'), @('throw:Get-CimInstance:Win32_OptionalFeature', 'OptionalFeatures'))) {
    $run = Invoke-Collector -Machine $machine -Faults $case[0] -CollectorArguments @('-BudgetMs', '60000')
    $doc = $run.Document
    Assert-That ([string]$doc['Collector']['errors'][$case[1]] -like '*fails on purpose*') "$($case[0]): $($case[1]) says why: $($doc['Collector']['errors'][$case[1]])"
    Test-Rest $doc @($case[1]) $case[0]
}

# Win32_DeviceGuard unreadable (as it may be without elevation): the error names it, nothing else changes.
$run = Invoke-Collector -Machine $machine -Faults 'throw:Get-CimInstance:Win32_DeviceGuard' -CollectorArguments @('-BudgetMs', '60000')
Assert-That ($run.Document['Collector']['errors'].Contains('Win32_DeviceGuard')) 'unreadable Win32_DeviceGuard: recorded in errors'
$evidence = Join-Path (New-ScratchFolder) 'evidence.json'
[IO.File]::WriteAllBytes($evidence, $run.Bytes)
$check = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $evidence -CpuidDump (Join-Path $WindowsData 'physical-win11-hyperv/cpuid.txt')
Assert-That ($check.ExitCode -eq 0 -and $check.Checks['windows.version'] -eq 'pass') 'unreadable Win32_DeviceGuard: nestready reads the rest as before'

# Far too much: a program that prints 3 MB, 20000 sessions, CIM classes with huge instances.
$run = Invoke-Collector -Machine $machine -Faults 'huge:wsl.exe --version,huge:Get-WtsSessionTable' -CollectorArguments @('-BudgetMs', '60000')
$doc = $run.Document
Assert-That ($doc['Wsl']['version']['output'].Length -le 4096 + 10) "huge program output: cut to $($doc['Wsl']['version']['output'].Length) characters"
Assert-That (@($doc['Sessions']).Count -eq 128) "20000 sessions: the first $(@($doc['Sessions']).Count) are kept"
Assert-That ($run.Bytes.Length -le $maxDocumentBytes) "huge answers: the document has $($run.Bytes.Length) bytes"

$run = Invoke-Collector -Machine $machine -Faults 'huge:Get-CimInstance:Win32_BIOS' -CollectorArguments @('-BudgetMs', '60000')
$doc = $run.Document
Assert-That ([string]$doc['Collector']['errors']['Win32_BIOS'] -like 'left out:*over the limit*') "a huge CIM class is left out: $($doc['Collector']['errors']['Win32_BIOS'])"
Assert-That ($null -ne $doc -and $doc.Contains('Win32_ComputerSystem')) 'a huge CIM class: the other classes are kept'
Assert-That ($run.Bytes.Length -le $maxDocumentBytes) "a huge CIM class: the document has $($run.Bytes.Length) bytes"

# Every CIM answer just under the limit for one section: together over the document's limit.
$run = Invoke-Collector -Machine $machine -Faults 'big:Get-CimInstance' -CollectorArguments @('-BudgetMs', '60000')
$doc = $run.Document
$dropped = @($doc['Collector']['errors'].Values | Where-Object { "$_" -like 'left out: the document would be over*' })
Assert-That ($dropped.Count -ge 1) "sections that together are too large: $($dropped.Count) left out, largest first"
Assert-That ($run.Bytes.Length -le $maxDocumentBytes) "sections that together are too large: the document has $($run.Bytes.Length) bytes"
Assert-That ($doc.Contains('Registry') -and $doc.Contains('Wsl')) 'sections that together are too large: the small sections are kept'
Complete-Test
