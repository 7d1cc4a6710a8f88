#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a pseudo-translation .ts: every message of the given .ts files, ~40% longer, with accented
letters and in brackets, e.g. "Check &again" -> "[Ĉĥéçķ &åğåîñ ·······]".

Text that grows like a German sentence shows where a page clips; a bracket missing at either end
shows a string that was cut or concatenated; plain ASCII shows a string that never went through
tr(). Placeholders (%1, %L2, %n), markup (<b>, &amp;), mnemonics (&a) and line breaks stay intact.

usage: pseudo-l10n.py -o OUT.ts IN.ts [IN.ts ...]
"""
import argparse
import math
import re
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒğĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĞĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
# Kept as they are: placeholders, tags, entities, mnemonics, command-line words in backticks.
KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&.|`[^`]*`|\n")
GROWTH = 0.4


def pseudo(text: str) -> str:
    parts, last = [], 0
    for m in KEEP.finditer(text):
        parts.append(text[last:m.start()].translate(ACCENTED))
        parts.append(m.group(0))
        last = m.end()
    parts.append(text[last:].translate(ACCENTED))
    body = "".join(parts)
    visible = len(KEEP.sub("", text))
    pad = math.ceil(visible * GROWTH)
    # Padding in short words, so that it wraps like real text does.
    filler = " ".join("·" * min(7, pad - i) for i in range(0, pad, 7)) if pad else ""
    return f"[{body}{' ' + filler if filler else ''}]"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-o", required=True)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()

    messages = {}  # (context, source, comment) -> numerus; insertion order = output order
    for path in args.inputs:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for m in context.iter("message"):
                key = (name, m.findtext("source"), m.findtext("comment"))
                messages[key] = messages.get(key, False) or m.get("numerus") == "yes"

    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    contexts = {}
    for (name, source, comment), numerus in messages.items():
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment is not None:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if numerus:  # English rules: one and other
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(source)
    ET.ElementTree(root).write(args.o, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
