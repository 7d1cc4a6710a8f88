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

$machines = Get-ChildItem -LiteralPath $WindowsData -Directory | Sort-Object Name
if ($Only) { $machines = $machines | Where-Object Name -eq $Only }
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
        $out = Join-Path $scratch "$($m.Name).json"
        [IO.File]::WriteAllBytes($out, $run.Bytes)

        $want = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $recorded -CpuidDump $cpuid
        $got = Invoke-NestreadyCheck -Nestready $Nestready -Evidence $out -CpuidDump $cpuid
        $diff = @(Compare-Map $want.Checks $got.Checks) + @(Compare-Map $want.Environment $got.Environment)
        if ($want.ExitCode -ne $got.ExitCode) { $diff += "exit code: expected $($want.ExitCode), got $($got.ExitCode)" }
        Assert-That ($diff.Count -eq 0 -and $want.Checks.Count -ge 10) "$($m.Name): $($got.Checks.Count) check statuses, environment and exit code $($got.ExitCode) as recorded"
        foreach ($d in $diff) { Write-Host "      $d" }

        if ($data -eq $answers) {
            $same = (Get-Canonical $doc) -eq (Get-Canonical (Get-Content -LiteralPath $recorded -Raw | ConvertFrom-Json -AsHashtable))
            Assert-That $same "$($m.Name): evidence.json is what the collector writes from machine.json (tests/windows/make-fixture.ps1)"
        }
    }
} finally {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
Complete-Test
