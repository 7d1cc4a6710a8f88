#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists or fills unfinished messages of a Qt Linguist .ts file, for translating in bulk.

  python3 scripts/ts-fill.py list translations/nestready_de.ts > todo.json
      every unfinished message as {"context", "source", "comment", "numerus"}
  python3 scripts/ts-fill.py fill translations/nestready_de.ts done.json
      done.json: a list of {"context", "source", "translation"} where translation is a string,
      or for numerus messages a list with one form per plural form of the language.
      Filled messages lose type="unfinished". Placeholders (%1, %n, ...) must match the source.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m


def cmd_list(path):
    root = ET.parse(path).getroot()
    out = []
    for ctx, m in messages(root):
        tr = m.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            out.append({"context": ctx, "source": m.findtext("source"),
                        "comment": m.findtext("extracomment") or m.findtext("comment") or "",
                        "numerus": m.get("numerus") == "yes"})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def cmd_fill(path, done_path):
    tree = ET.parse(path)
    root = tree.getroot()
    done = {(d["context"], d["source"]): d["translation"] for d in json.load(open(done_path, encoding="utf-8"))}
    filled, problems = 0, []
    for ctx, m in messages(root):
        key = (ctx, m.findtext("source"))
        if key not in done:
            continue
        want = sorted(PLACEHOLDER.findall(key[1]))
        tr = m.find("translation")
        value = done[key]
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            have = sorted(PLACEHOLDER.findall(form))
            # %n may be dropped from a singular form in some languages, nothing else may.
            if [p for p in want if p != "%n"] != [p for p in have if p != "%n"]:
                problems.append(f"{ctx}: placeholders differ: {key[1]!r} -> {form!r}")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if m.get("numerus") == "yes":
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
        tr.attrib.pop("type", None)
        filled += 1
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line lupdate writes, so that lupdate leaves the file unchanged.
    text = open(path, encoding="utf-8").read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    open(path, "w", encoding="utf-8").write(text)
    print(f"{path}: filled {filled}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "list":
        cmd_list(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "fill":
        cmd_fill(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
