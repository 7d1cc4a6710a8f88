<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop cannot run here yet: %n requirement not met.</numerusform>
            <numerusform>iEchor Desktop cannot run here yet: %n requirements not met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>%n logical processor.</numerusform>
            <numerusform>%n logical processors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>%n other user session is signed in now.</numerusform>
            <numerusform>%n other user sessions are signed in now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 has %n vCPU and %2 GiB of memory (%3).</numerusform>
            <numerusform>%1 has %n vCPUs and %2 GiB of memory (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>The size name %1 says %n vCPU.</numerusform>
            <numerusform>The size name %1 says %n vCPUs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>%n vCPU and %1 GiB of memory.</numerusform>
            <numerusform>%n vCPUs and %1 GiB of memory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>%n vCPU and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</numerusform>
            <numerusform>%n vCPUs and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>%n logical processor; %1 recommended.</numerusform>
            <numerusform>%n logical processors; %1 recommended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop already runs in %n other session on the machine.</numerusform>
            <numerusform>iEchor Desktop already runs in %n other sessions on the machine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>%n other user session is signed in to the machine.</numerusform>
            <numerusform>%n other user sessions are signed in to the machine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>%n report read.</numerusform>
            <numerusform>%n reports read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 fails on %n machine.</numerusform>
            <numerusform>%1 fails on %n machines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Checked again with the rules of nestready %1: %n machine changed.</numerusform>
            <numerusform>Checked again with the rules of nestready %1: %n machines changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last row of a count card: the kinds not listed above (%1 of them), e.g. &quot;11 others&quot;</extracomment>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Every report was checked again with the rules of nestready %1: %n machine changed.</numerusform>
            <numerusform>Every report was checked again with the rules of nestready %1: %n machines changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>Evidence (%n item)</numerusform>
            <numerusform>Evidence (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>Checking… %n requirement left.</numerusform>
            <numerusform>Checking… %n requirements left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
</context>
</TS>
