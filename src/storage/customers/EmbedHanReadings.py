#!/usr/bin/env python3
"""Writes the Mandarin readings of the Han characters, without tones, as a C++
table (storage/customers/HanReadings.h) from the Unihan database of the
Debian package unicode-data (/usr/share/unicode/Unihan_Readings.txt.bz2).

The readings are the modern ones: kMandarin (the most common reading first),
then kTGHZ2013 (every reading of a polyphonic character in the 2013 table of
standard characters). Only a character with neither falls back to kXHC1983,
then to kHanyuPinyin: their rarer and classical readings (丁 "zhēng", 技 "qí")
would otherwise give false matches. "ü" is written "v", as
pinyin keyboards type it, and also "u", as many users do.

Usage: EmbedHanReadings.py UNIHAN_READINGS_BZ2 OUTPUT_CPP
"""
import bz2
import sys
import unicodedata

MODERN = ("kMandarin", "kTGHZ2013")
FALLBACKS = ("kXHC1983", "kHanyuPinyin")


def toneless(reading):
    """'lǚ' -> ['lv', 'lu'], 'zhǎng' -> ['zhang']."""
    letters = []
    for ch in unicodedata.normalize("NFD", reading.lower()):
        if unicodedata.category(ch) == "Mn" and ch != "\u0308":
            continue  # a tone mark
        letters.append(ch)
    text = "".join(letters)
    if "\u0308" in text:  # u + combining diaeresis: ü
        return [text.replace("u\u0308", "v"), text.replace("u\u0308", "u")]
    if not text.isascii() or not text.isalpha():
        return []  # e.g. "m̄" style syllables without a letter reading
    return [text]


def readings_of(value):
    """The readings in a field: 'lè', '212.030:lè 453.020:yuè', '10001.020:qiū,qiú'."""
    out = []
    for token in value.split():
        token = token.split(":", 1)[-1]
        for reading in token.split(","):
            out.extend(toneless(reading))
    return out


def main():
    source, output = sys.argv[1], sys.argv[2]
    fields = {}
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field in MODERN or field in FALLBACKS:
                fields.setdefault(int(code[2:], 16), {})[field] = value
    rows = []
    for codepoint in sorted(fields):
        found = fields[codepoint]
        readings = []
        for field in MODERN:
            readings.extend(readings_of(found.get(field, "")))
        for field in FALLBACKS:
            if not readings:
                readings = readings_of(found.get(field, ""))
        unique = list(dict.fromkeys(readings))
        if unique:
            rows.append((codepoint, " ".join(unique)))
    body = ["// Generated from Unihan_Readings.txt by EmbedHanReadings.py; do not edit.",
            '#include "storage/customers/HanReadings.h"', "",
            "namespace tessera::storage {", "namespace {", "",
            "constexpr HanReadings kHanReadings[] = {"]
    for codepoint, readings in rows:
        body.append('    {0x%X, "%s"},' % (codepoint, readings))
    body += ["};", "", "} // namespace", "",
             "std::span<const HanReadings> hanReadingsTable() { return kHanReadings; }", "",
             "} // namespace tessera::storage", ""]
    text = "\n".join(body)
    try:
        with open(output, encoding="utf-8") as existing:
            if existing.read() == text:
                return
    except OSError:
        pass
    with open(output, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
