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
</context>
</TS>
