#!/usr/bin/env python3
"""Fills a Qt .ts file from a source → translation dictionary (JSON).

    tools/translations/fill_ts.py [--force] [--ts FILE] [--dict FILE]

Defaults: resources/translations/redress_de.ts and tools/translations/de.json.
Only messages still unfinished are filled unless --force is given, so work
done later in Qt Linguist is kept. A plural message (%n) takes a list of
forms (German: singular, plural). Prints the sources the dictionary lacks,
which stay unfinished, and exits 1 when there are any.

Run it after `cmake --build <dir> --target update_translations`.
"""
import argparse
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MESSAGE = re.compile(r'(<message( numerus="yes")?>\n)(.*?)(\n\s*</message>)', re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"( *)<translation(?: type=\"(\w+)\")?(?:>(.*?)</translation>|/>)", re.S)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render(indent, value, numerus):
    if not numerus:
        return f"{indent}<translation>{escape(value)}</translation>"
    forms = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in value)
    return f"{indent}<translation>{forms}\n{indent}</translation>"


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--ts", default=ROOT / "resources/translations/redress_de.ts", type=pathlib.Path)
    args.add_argument("--dict", default=ROOT / "tools/translations/de.json", type=pathlib.Path)
    args.add_argument("--force", action="store_true", help="overwrite finished translations too")
    opts = args.parse_args()

    table = json.loads(opts.dict.read_text(encoding="utf-8"))
    text = opts.ts.read_text(encoding="utf-8")
    missing, filled = [], 0

    def fill(match):
        nonlocal filled
        head, numerus, body, tail = match.group(1), bool(match.group(2)), match.group(3), match.group(4)
        source = html.unescape(SOURCE.search(body).group(1))
        comment = COMMENT.search(body)
        key = source if not comment else f"{source}\x04{html.unescape(comment.group(1))}"
        current = TRANSLATION.search(body)
        if current.group(2) not in ("unfinished", None) or (current.group(2) is None and not opts.force):
            return match.group(0)  # finished (or vanished/obsolete): keep
        value = table.get(key, table.get(source))
        if value is None or isinstance(value, list) != numerus:
            missing.append(source)
            return match.group(0)
        filled += 1
        body = body[: current.start()] + render(current.group(1), value, numerus) + body[current.end():]
        return head + body + tail

    text = MESSAGE.sub(fill, text)
    opts.ts.write_text(text, encoding="utf-8")
    print(f"{opts.ts.name}: filled {filled}, left unfinished {len(missing)}")
    for source in missing:
        print("  missing:", json.dumps(source, ensure_ascii=False))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
