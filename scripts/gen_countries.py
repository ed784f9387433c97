#!/usr/bin/env python3
"""Writes data/lexicon/countries.tsv: every ISO 3166-1 country with the names,
demonyms and capitals the actor extractor looks for.

Sources: the ISO 3166-1 list of the PyPI package `pycountry` (names, alpha-3
codes) and data/lexicon/country_extras.tsv (short names, aliases, demonyms and
capitals, written by hand). Regenerate with:

    pip install --target /tmp/pyc pycountry
    PYTHONPATH=/tmp/pyc python3 scripts/gen_countries.py

The output is deterministic for one pycountry version (recorded in its header).
"""

import importlib.metadata
import os
import re

import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTRAS = os.path.join(ROOT, "data", "lexicon", "country_extras.tsv")
OUT = os.path.join(ROOT, "data", "lexicon", "countries.tsv")

# Demonyms whose plural is not formed with "s" ("the French", "the Swiss").
NO_PLURAL_ENDINGS = ("ese", "ish", "ss", "men", "y", "o", "e", "è", "x")
NO_PLURAL = {"French", "Dutch", "Lao", "Swiss"}


def split(field):
    return [] if field in ("", "-") else [p.strip() for p in field.split(";") if p.strip()]


def plural(demonym):
    if demonym in NO_PLURAL or demonym.endswith(NO_PLURAL_ENDINGS):
        return None
    return demonym + "s"


def in_phrase(name):
    """The name as it reads after "of": "Government of the United States"."""
    words = name.split()
    plural_name = name.endswith("s") and name not in ("Laos", "Barbados", "Cyprus", "Mauritius", "Belarus")
    if words[0] in ("United", "Republic", "Democratic", "Central", "Dominican", "Czech") \
            or plural_name or "Islands" in words or name == "Gambia" or name == "Vatican":
        return "the " + name
    return name


def read_extras():
    rows = {}
    with open(EXTRAS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("alpha3\t"):
                continue
            cols = line.split("\t")
            assert len(cols) == 5, line
            rows[cols[0]] = cols
    return rows


def main():
    extras = read_extras()
    out = []
    seen = set()
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    entries = [(c.alpha_3, c) for c in countries]
    for code in sorted(set(extras) - {c.alpha_3 for c in countries}):
        entries.append((code, None))
    for code, c in entries:
        ex = extras.get(code, [code, "-", "-", "-", "-"])
        names = []
        if c is not None:
            for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
                if n and "," not in n and "(" not in n:
                    n = n[4:] if n.startswith("the ") else n
                    names.append(n)
        if ex[1] != "-":
            name = ex[1]
        elif names:
            name = names[0]
        else:
            # "Cocos (Keeling) Islands", "Bonaire, Sint Eustatius and Saba"
            name = re.sub(r" \([^)]*\)", "", c.name)
        all_names = []
        for n in [name] + names + split(ex[2]):
            if n not in all_names:
                all_names.append(n)
        demonyms = split(ex[3])
        plurals = [p for p in (plural(d) for d in demonyms) if p]
        capitals = split(ex[4])
        seen.add(code)
        out.append("\t".join([
            code, name, in_phrase(name), ";".join(all_names),
            ";".join(demonyms) or "-", ";".join(plurals) or "-", ";".join(capitals) or "-",
        ]))
    version = importlib.metadata.version("pycountry")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Countries for the actor extractor. GENERATED: do not edit by hand.\n")
        f.write(f"# From pycountry {version} (ISO 3166-1) and data/lexicon/country_extras.tsv\n")
        f.write("# by scripts/gen_countries.py:\n")
        f.write("#   pip install --target /tmp/pyc pycountry\n")
        f.write("#   PYTHONPATH=/tmp/pyc python3 scripts/gen_countries.py\n")
        f.write("# A leading '=' marks a name that must match its case exactly (see country_extras.tsv).\n")
        f.write("alpha3\tname\tin_phrase\tnames\tdemonyms\tplurals\tcapitals\n")
        for line in out:
            f.write(line + "\n")
    print(f"wrote {len(out)} countries to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
