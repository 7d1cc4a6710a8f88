#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What Windows PowerShell answers when an execution policy from Group Policy blocks the script it was
# given (here in German: the category, the exception type and the error id are not translated): nothing
# on standard output, the error record on standard error, exit code 1. For tst_windowslive.
script="${*: -1}"
cat >&2 <<MSG
Die Datei "$script" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist.
Weitere Informationen finden Sie unter "about_Execution_Policies" (https:/go.microsoft.com/fwlink/?LinkID=135170).
    + CategoryInfo          : Sicherheitsfehler: (:) [], PSSecurityException
    + FullyQualifiedErrorId : UnauthorizedAccess
MSG
exit 1
