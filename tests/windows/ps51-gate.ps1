# SPDX-License-Identifier: MIT
# The Windows PowerShell 5.1 gate: Find-Ps51Problem parses a script with PowerShell's own parser and lists
# parse errors and the syntax, commands, parameters and variables that Windows PowerShell 5.1 lacks (it
# came with Windows 10 and 11 and is what nestready runs; these arrived with PowerShell 6 and 7).
# Sources: about_Operators / about_Pipeline_Chain_Operators / about_Ternary... in the PowerShell 7 docs
# ("What's new in PowerShell 7.0", https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-70),
# and each cmdlet's 5.1 reference page for its parameters.
using namespace System.Management.Automation.Language

# Commands that do not exist in Windows PowerShell 5.1.
$Ps51MissingCommands = @('Get-Error', 'Join-String', 'Test-Json', 'ConvertFrom-Markdown', 'Show-Markdown',
    'Get-MarkdownOption', 'Set-MarkdownOption', 'Get-Uptime', 'Remove-Service', 'Get-ExperimentalFeature',
    'Enable-ExperimentalFeature', 'Disable-ExperimentalFeature', 'Get-PSSubsystem', 'Enable-PSSubsystem',
    'Disable-PSSubsystem', 'ConvertTo-CliXml', 'ConvertFrom-CliXml', 'Get-SecureRandom')

# Parameters added after 5.1, per command (alias names of the commands count too).
$Ps51MissingParameters = @{
    'ForEach-Object'   = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
    'ConvertTo-Json'   = @('AsArray', 'EscapeHandling', 'EnumsAsStrings')
    'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
    'Start-Process'    = @('Environment')
    'Get-Content'      = @('AsByteStream')
    'Set-Content'      = @('AsByteStream')
    'Add-Content'      = @('AsByteStream')
    'Join-Path'        = @('AdditionalChildPath', 'Extension')
    'Split-Path'       = @('LeafBase', 'Extension')
    'Get-Date'         = @('AsUTC', 'UnixTimeSeconds')
    'Select-String'    = @('Raw', 'NoEmphasis')
    'Test-Connection'  = @('TargetName', 'Ping', 'Traceroute', 'TcpPort', 'MtuSize')
    'Invoke-WebRequest' = @('SkipCertificateCheck', 'SslProtocol', 'Authentication', 'Token', 'Resume', 'SkipHttpErrorCheck')
    'Invoke-RestMethod' = @('SkipCertificateCheck', 'SslProtocol', 'Authentication', 'Token', 'Resume', 'SkipHttpErrorCheck')
    'Get-ChildItem'    = @('FollowSymlink')
    'Sort-Object'      = @('Top', 'Bottom', 'Stable')
    'Select-Object'    = @('SkipIndex', 'SkipLast')
}
$Ps51Aliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object'; 'select' = 'Select-Object'; 'sort' = 'Sort-Object';
                  'gc' = 'Get-Content'; 'sc' = 'Set-Content'; 'ac' = 'Add-Content'; 'sls' = 'Select-String'; 'gci' = 'Get-ChildItem';
                  'ls' = 'Get-ChildItem'; 'dir' = 'Get-ChildItem'; 'iwr' = 'Invoke-WebRequest'; 'irm' = 'Invoke-RestMethod' }
# -Encoding values of Windows PowerShell 5.1 (FileSystemCmdletProviderEncoding); utf8NoBOM, utf8BOM,
# ansi, latin1 and code page numbers came with PowerShell 6 and 7.
$Ps51Encodings = @('Unknown', 'String', 'Unicode', 'BigEndianUnicode', 'UTF8', 'UTF7', 'UTF32', 'Ascii', 'Default',
                   'Oem', 'Byte', 'BigEndianUTF32')
# Automatic variables that 5.1 does not have.
$Ps51MissingVariables = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle', 'EnabledExperimentalFeatures',
                          'PSNativeCommandArgumentPassing', 'PSNativeCommandUseErrorActionPreference')
# .NET members that .NET Framework 4.x (what 5.1 runs on) lacks.
$Ps51MissingMembers = @('ProcessPath', 'GetRelativePath', 'ReplaceLineEndings', 'ArgumentList', 'WaitForExitAsync',
                        'ReadAllTextAsync', 'WriteAllTextAsync', 'ReadAllBytesAsync', 'WriteAllBytesAsync')

function Find-Ps51Problem([string]$Path) {
    $tokens = $null
    $parseErrors = $null
    $ast = [Parser]::ParseFile($Path, [ref]$tokens, [ref]$parseErrors)
    $problems = New-Object System.Collections.Generic.List[string]
    $say = { param($node, $what) $problems.Add("line $($node.Extent.StartLineNumber): $what") }
    foreach ($e in $parseErrors) { $problems.Add("line $($e.Extent.StartLineNumber): parse error: $($e.Message)") }

    foreach ($n in $ast.FindAll({ $true }, $true)) {
        $type = $n.GetType().Name
        switch ($type) {
            'TernaryExpressionAst' { & $say $n 'the ternary operator ? : (PowerShell 7)' }
            'PipelineChainAst' { & $say $n 'a pipeline chain && or || (PowerShell 7)' }
            'BinaryExpressionAst' {
                if ($n.Operator -eq 'QuestionQuestion') { & $say $n 'the null-coalescing operator ?? (PowerShell 7)' }
                if ($n.Operator -in 'Ireplace', 'Creplace', 'Replace' -and $n.Right -is [ArrayLiteralAst] -and
                    @($n.Right.Elements | Where-Object { $_ -is [ScriptBlockExpressionAst] }).Count -gt 0) {
                    & $say $n '-replace with a script block (PowerShell 6.1)'
                }
            }
            'AssignmentStatementAst' {
                if ($n.Operator -eq 'QuestionQuestionEquals') { & $say $n 'the operator ??= (PowerShell 7)' }
            }
            { $_ -in 'MemberExpressionAst', 'InvokeMemberExpressionAst', 'IndexExpressionAst' } {
                if ($n.NullConditional) { & $say $n 'a null-conditional access ?. or ?[] (PowerShell 7)' }
                if ($type -ne 'IndexExpressionAst' -and $n.Member -is [StringConstantExpressionAst] -and
                    $Ps51MissingMembers -contains $n.Member.Value) {
                    & $say $n "the .NET member $($n.Member.Value), which .NET Framework 4 lacks"
                }
            }
            'PipelineAst' { if ($n.Background) { & $say $n 'a background operator & (PowerShell 6)' } }
            'ScriptBlockAst' {
                if ($n.CleanBlock) { & $say $n 'a clean block (PowerShell 7.3)' }
                if ($n.ScriptRequirements -and $n.ScriptRequirements.RequiredPSVersion -and
                    $n.ScriptRequirements.RequiredPSVersion -gt [version]'5.1') {
                    & $say $n "#requires -Version $($n.ScriptRequirements.RequiredPSVersion)"
                }
                if ($n.ScriptRequirements -and @($n.ScriptRequirements.RequiredPSEditions) -contains 'Core') {
                    & $say $n '#requires -PSEdition Core'
                }
            }
            'VariableExpressionAst' {
                if ($Ps51MissingVariables -contains $n.VariablePath.UserPath) { & $say $n "the variable `$$($n.VariablePath.UserPath) (PowerShell 6)" }
            }
            'CommandAst' {
                $name = $n.GetCommandName()
                if (-not $name) { break }
                if ($Ps51Aliases.ContainsKey($name.ToLowerInvariant())) { $name = $Ps51Aliases[$name.ToLowerInvariant()] }
                if ($Ps51MissingCommands -contains $name) { & $say $n "the command $name (not in Windows PowerShell 5.1)" }
                $missing = $Ps51MissingParameters[$name]
                $elements = $n.CommandElements
                for ($i = 1; $i -lt $elements.Count; $i++) {
                    $p = $elements[$i]
                    if ($p -isnot [CommandParameterAst]) { continue }
                    # Parameter names may be abbreviated: -Par is -Parallel.
                    foreach ($m in @($missing)) {
                        if ($m -and $p.ParameterName.Length -ge 3 -and $m.StartsWith($p.ParameterName, 'OrdinalIgnoreCase')) {
                            & $say $p "$name -$m (not in Windows PowerShell 5.1)"
                        }
                    }
                    if ('Encoding'.StartsWith($p.ParameterName, 'OrdinalIgnoreCase') -and $p.ParameterName.Length -ge 3) {
                        $value = if ($p.Argument) { $p.Argument } elseif ($i + 1 -lt $elements.Count) { $elements[$i + 1] } else { $null }
                        if ($value -is [StringConstantExpressionAst] -and $Ps51Encodings -notcontains $value.Value) {
                            & $say $p "-Encoding $($value.Value) (5.1 knows $($Ps51Encodings -join ', '))"
                        } elseif ($value -is [ConstantExpressionAst] -and $value -isnot [StringConstantExpressionAst]) {
                            & $say $p "-Encoding with a code page number (PowerShell 7.4)"
                        }
                    }
                }
            }
        }
    }
    # "`u{...}" escapes in strings came with PowerShell 6.
    foreach ($t in $tokens) {
        if ($t.Kind -in 'StringExpandable', 'HereStringExpandable' -and $t.Text -match '`u\{') {
            $problems.Add("line $($t.Extent.StartLineNumber): a ``u{} escape (PowerShell 6)")
        }
    }
    $problems.ToArray()
}
