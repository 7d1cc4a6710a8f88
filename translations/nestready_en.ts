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
        <source>iEchor Desktop already runs in %n other session(s) on this machine.</source>
        <translation>
            <numerusform>iEchor Desktop already runs in %n other session on this machine.</numerusform>
            <numerusform>iEchor Desktop already runs in %n other sessions on this machine.</numerusform>
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
        <source>%n other user session(s) are signed in to this machine.</source>
        <translation>
            <numerusform>%n other user session is signed in to this machine.</numerusform>
            <numerusform>%n other user sessions are signed in to this machine.</numerusform>
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
</TS>
