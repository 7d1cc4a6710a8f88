# SPDX-License-Identifier: MIT
# The collector must run under Windows PowerShell 5.1, which this machine does not have: parse it with
# PowerShell's parser and refuse what 5.1 lacks (ps51-gate.ps1). The gate itself is shown to catch each
# construct in a small script of bad lines.
param([string]$Nestready)  # unused: every collector test takes it
. (Join-Path $PSScriptRoot 'common.ps1')
. (Join-Path $PSScriptRoot 'ps51-gate.ps1')

$problems = @(Find-Ps51Problem $Collector)
foreach ($p in $problems) { Write-Host "      collect-evidence.ps1 $p" }
Assert-That ($problems.Count -eq 0) 'collect-evidence.ps1: no parse error and nothing Windows PowerShell 5.1 lacks'

# One bad construct per line; each must be reported on its own line.
$bad = [ordered]@{
    'ternary'            = '$a = $true ? 1 : 2'
    'chain'              = 'Get-Date && Get-Date'
    'chain-or'           = 'Get-Date || Get-Date'
    'coalesce'           = '$b = $null ?? 3'
    'coalesce-assign'    = '$c ??= 4'
    'null-conditional'   = '${d}?.Length'
    'null-index'         = '${d}?[0]'
    'parallel'           = '1..2 | ForEach-Object -Parallel { $_ }'
    'parallel-alias'     = '1..2 | % -Par { $_ }'
    'asarray'            = '@(1) | ConvertTo-Json -AsArray'
    'ashashtable'        = '"{}" | ConvertFrom-Json -AsHashtable'
    'get-error'          = 'Get-Error'
    'join-string'        = '1..3 | Join-String -Separator ","'
    'iswindows'          = 'if ($IsWindows) { }'
    'islinux'            = 'if ($IsLinux) { }'
    'replace-block'      = '"a" -replace "a", { "b" }'
    'encoding'           = 'Set-Content -Path x -Value y -Encoding utf8NoBOM'
    'bytestream'         = 'Get-Content x -AsByteStream'
    'processpath'        = '[Environment]::ProcessPath'
    'unicode-escape'     = '"`u{2013}"'
    'background'         = 'Get-Date &'
    'start-process-env'  = 'Start-Process x -Environment @{ A = 1 }'
}
$scratch = New-ScratchFolder
try {
    $file = Join-Path $scratch 'bad.ps1'
    Set-Content -LiteralPath $file -Value @($bad.Values)
    $found = @(Find-Ps51Problem $file)
    $line = 0
    foreach ($name in $bad.Keys) {
        $line++
        $hit = @($found | Where-Object { $_ -like "line $line`:*" })
        Assert-That ($hit.Count -ge 1) "the gate catches $name ($($bad[$name])): $($hit -join '; ')"
    }
    # And a parse error is one too.
    Set-Content -LiteralPath $file -Value 'function {'
    Assert-That (@(Find-Ps51Problem $file | Where-Object { $_ -like '*parse error*' }).Count -ge 1) 'the gate reports parse errors'
    # Fine 5.1 syntax passes.
    Set-Content -LiteralPath $file -Value @('$h = [ordered]@{ a = 1 }', '$x = if ($h) { 1 } else { 2 }',
        'Get-Content x -Raw -Encoding UTF8 | ConvertFrom-Json', '1..2 | ForEach-Object { $_ }', '"a" -replace "a", "b"')
    $clean = @(Find-Ps51Problem $file)
    Assert-That ($clean.Count -eq 0) "5.1 syntax passes the gate $($clean -join '; ')"
} finally {
    Remove-Item -LiteralPath $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
Complete-Test
