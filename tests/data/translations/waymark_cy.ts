<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A Welsh catalogue of two messages, to show that a language is a file: compiled by the
     tests' build, never shipped. -->
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>Cli</name>
    <message>
        <source>list the loaded pathways</source>
        <translation>rhestru&apos;r llwybrau sydd wedi&apos;u llwytho</translation>
    </message>
</context>
<context>
    <name>ReadinessEngine</name>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
</context>
</TS>
