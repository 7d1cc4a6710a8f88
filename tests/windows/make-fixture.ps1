# SPDX-License-Identifier: MIT
# Makes a recorded machine's evidence the way the real one is made: the collector runs under the test
# doubles answering from tests/data/windows/<name>/machine.json and its output becomes evidence.json.
#   pwsh tests/windows/make-fixture.ps1 -Name <name>                   # evidence.json from machine.json
#   pwsh tests/windows/make-fixture.ps1 -Name <name> -AnswersFromEvidence  # machine.json from an old evidence.json
#   ... -Expected -Nestready build/bin/nestready                       # also expected.json (review it!)
# test-roundtrip.ps1 checks that evidence.json is still what the collector writes from machine.json.
param([Parameter(Mandatory)][string]$Name, [switch]$AnswersFromEvidence, [switch]$Expected, [string]$Nestready)
. (Join-Path $PSScriptRoot 'common.ps1')

$dir = Join-Path $WindowsData $Name
$answers = Join-Path $dir 'machine.json'
$evidence = Join-Path $dir 'evidence.json'
if ($AnswersFromEvidence) {
    # The doubles' own conversion, run once and written out, so the answers can be edited and cited.
    $script = ". '$Doubles'; ConvertFrom-DoublesEvidence (Get-Content -LiteralPath '$evidence' -Raw | ConvertFrom-Json) | ConvertTo-Json -Depth 20"
    $work = New-ScratchFolder
    $env:NESTREADY_DOUBLES_WORKDIR = $work
    $env:NESTREADY_DOUBLES_MACHINE = $evidence
    $json = & $Pwsh -NoProfile -NonInteractive -Command $script
    Remove-Item -LiteralPath $work -Recurse -Force
    Set-Content -LiteralPath $answers -Value ($json -join "`n") -Encoding utf8NoBOM
    Write-Host "wrote $answers"
}
$run = Invoke-Collector -Machine $answers -CollectorArguments @('-BudgetMs', '60000')
if ($run.ExitCode -ne 0 -or $null -eq $run.Document) { throw "the collector failed: $($run.Stderr)" }
if ($run.Document['Collector']['errors'].Count -gt 0) { throw "collector errors: $($run.Document['Collector']['errors'] | ConvertTo-Json -Compress)" }
[IO.File]::WriteAllBytes($evidence, $run.Bytes)
Write-Host "wrote $evidence ($($run.Bytes.Length) bytes)"
if ($Expected) {
    $cpuid = Join-Path $dir 'cpuid.txt'
    $arguments = @('check', '--json', '--no-network', '--windows-evidence', $evidence)
    if (Test-Path -LiteralPath $cpuid) { $arguments += @('--cpuid-dump', $cpuid) }
    $doc = (& $Nestready @arguments) -join "`n" | ConvertFrom-Json -AsHashtable
    $checks = [ordered]@{}
    foreach ($c in $doc['checks']) { $checks[$c['id']] = $c['status'] }
    $environment = [ordered]@{}
    foreach ($k in 'os', 'vm', 'container', 'cloud', 'hardwareVirtualization') { $environment[$k] = $doc['environment'][$k] }
    $out = [ordered]@{ environment = $environment; checks = $checks; exitCode = $LASTEXITCODE }
    Set-Content -LiteralPath (Join-Path $dir 'expected.json') -Value ($out | ConvertTo-Json -Depth 5) -Encoding utf8NoBOM
    Write-Host "wrote expected.json (exit code $LASTEXITCODE): review every status against the sources"
}
