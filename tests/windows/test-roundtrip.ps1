# SPDX-License-Identifier: MIT
# Round trip on every recorded Windows machine (tests/data/windows/<name>): the collector runs under the
# doubles answering as that machine, nestready checks what it wrote, and every check's status, the
# environment and the exit code must equal what nestready says on the recorded evidence. A machine with a
# machine.json (its answers) must also have as evidence.json exactly what the collector writes from it.
param([Parameter(Mandatory)][string]$Nestready, [string]$Only)
. (Join-Path $PSScriptRoot 'common.ps1')

$volatile = @('collectedAt', 'elapsedMs', 'powershell')
function Get-Canonical($document) {
    $copy = $document | ConvertTo-Json -Depth 30 | ConvertFrom-Json -AsHashtable
    foreach ($k in $volatile) { $copy['Collector'].Remove($k) }
    $copy | ConvertTo-Json -Depth 30 -Compress
}

$machines = @(Get-ChildItem -LiteralPath $WindowsData -Directory | Sort-Object Name)
if ($Only) { $machines = @($machines | Where-Object Name -eq $Only) }
Assert-That ($machines.Count -ge 1) "recorded machines found in $WindowsData"
$scratch = New-ScratchFolder
try {
    foreach ($m in $machines) {
        $answers = Join-Path $m.FullName 'machine.json'
        $recorded = Join-Path $m.FullName 'evidence.json'
        $cpuid = Join-Path $m.FullName 'cpuid.txt'
        if (-not (Test-Path -LiteralPath $cpuid)) { $cpuid = $null }
        $data = if (Test-Path -LiteralPath $answers) { $answers } else { $recorded }
        # A generous budget: this test is about what is collected, test-faults.ps1 about the deadline.
        $run = Invoke-Collector -Machine $data -CollectorArguments @('-BudgetMs', '60000')
        $doc = $run.Document
        $wrote = $run.ExitCode -eq 0 -and $null -ne $doc
        Assert-That $wrote "$($m.Name): the collector wrote a JSON document (exit $($run.ExitCode), $($run.ElapsedMs) ms)"
        if (-not $wrote) { Write-Host $run.Stderr; continue }
        $errors = $doc['Collector']['errors']
        Assert-That ($errors.Count -eq 0) "$($m.Name): no collector errors $(if ($errors.Count) { $errors | ConvertTo-Json -Compress })"
        Assert-That ($doc['Collector']['testDoubles'] -eq $true) "$($m.Name): the evidence says it was produced under test doubles"
        # Nothing that names the machine, its owner or user, no serial numbers, no inventory asset tag.
        $leaks = @()
        $never = @{ Win32_ComputerSystem = @('Caption', 'Name', 'DNSHostName', 'Domain', 'Workgroup', 'UserName', 'PrimaryOwnerName', 'OEMStringArray')
                    Win32_OperatingSystem = @('Description', 'CSName', 'RegisteredUser', 'Organization', 'SerialNumber')
                    Win32_Processor = @('ProcessorId', 'SystemName', 'SerialNumber'); Win32_BIOS = @('SerialNumber')
                    Win32_SystemEnclosure = @('SerialNumber') }
        foreach ($class in $never.Keys) {
            foreach ($instance in @($doc[$class])) {
                if ($instance -isnot [System.Collections.IDictionary]) { continue }
                foreach ($p in $never[$class]) { if ($instance.Contains($p)) { $leaks += "$class.$p" } }
                if ($class -eq 'Win32_SystemEnclosure' -and $instance.Contains('SMBIOSAssetTag') -and $instance['SMBIOSAssetTag'] -notin
                    @('7783-7084-3265-9085-8269-3286-77', 'OracleCloud.com', 'Amazon EC2')) { $leaks += 'Win32_SystemEnclosure.SMBIOSAssetTag' }
            }
        }
        Assert-That ($leaks.Count -eq 0) "$($m.Name): no identifying property in the evidence $($leaks -join ', ')"
        $out = Join-Path $scratch "$($m.Name).json"
        [IO.File]::WriteAllBytes($out, $run.Bytes)

        $want = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $recorded -CpuidDump $cpuid
        $got = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $out -CpuidDump $cpuid
        $diff = @(Compare-Map $want.Checks $got.Checks) + @(Compare-Map $want.Environment $got.Environment)
        if ($want.ExitCode -ne $got.ExitCode) { $diff += "exit code: expected $($want.ExitCode), got $($got.ExitCode)" }
        Assert-That ($diff.Count -eq 0 -and $want.Checks.Count -ge 10) "$($m.Name): $($got.Checks.Count) check statuses, environment and exit code $($got.ExitCode) as recorded"
        foreach ($d in $diff) { Write-Host "      $d" }

        if ($data -eq $recorded) {
            # What Windows answered comes back unchanged (shapes too: a one-element array stays an array),
            # less what the collector now leaves out for privacy.
            $old = Get-Content -LiteralPath $recorded -Raw | ConvertFrom-Json -AsHashtable
            $private = @{ Win32_ComputerSystem = @('Caption'); Win32_OperatingSystem = @('Description') }
            $changed = @()
            foreach ($section in 'Win32_ComputerSystem', 'Win32_Processor', 'Win32_OperatingSystem', 'Win32_BIOS',
                                 'Win32_SystemEnclosure', 'Registry', 'OptionalFeatures', 'Services', 'Sessions',
                                 'ProductProcesses', 'CurrentSessionId') {
                if (-not $old.Contains($section)) { continue }
                $was = $old[$section]
                if ($was -is [System.Collections.IDictionary]) {
                    foreach ($p in @($private[$section])) { if ($p) { $was.Remove($p) } }
                    if ($section -eq 'Win32_SystemEnclosure' -and $was['SMBIOSAssetTag'] -notin
                        @('7783-7084-3265-9085-8269-3286-77', 'OracleCloud.com', 'Amazon EC2')) { $was.Remove('SMBIOSAssetTag') }
                }
                $a = ConvertTo-Json -InputObject $was -Depth 20 -Compress
                $b = ConvertTo-Json -InputObject $doc[$section] -Depth 20 -Compress
                if ($a -ne $b) { $changed += $section }
            }
            foreach ($k in 'outcome', 'hypervisorlaunchtype') {
                if ($old.Contains('Bcdedit') -and [string]$old['Bcdedit'][$k] -ne [string]$doc['Bcdedit'][$k]) { $changed += "Bcdedit.$k" }
            }
            Assert-That ($changed.Count -eq 0) "$($m.Name): the collector writes back what the machine answered $(if ($changed) { '(differs: ' + ($changed -join ', ') + ')' })"
        }
        if ($data -eq $answers) {
            $same = (Get-Canonical $doc) -eq (Get-Canonical (Get-Content -LiteralPath $recorded -Raw | ConvertFrom-Json -AsHashtable))
            Assert-That $same "$($m.Name): evidence.json is what the collector writes from machine.json (tests/windows/make-fixture.ps1)"
        }
    }
} finally {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
Complete-Test
