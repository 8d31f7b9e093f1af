#!/usr/bin/python3
"""Make the CJK font that render/raster draws Chinese text with.

NotoSansCJKtc-Regular.subset.otf is Noto Sans CJK TC Regular from Debian's
fonts-noto-cjk package cut down to:

  - the 5,401 ideographs of Big5 level 1 (A440-C67E), the set of
    frequently used characters Taiwan's encoding was built on, and the
    408 symbols of Big5 (A140-A3BF): CJK punctuation, fullwidth forms,
    bopomofo;
  - the blocks of CJK symbols and punctuation, hiragana and katakana,
    bopomofo, vertical and compatibility forms, halfwidth and fullwidth
    forms, and general punctuation;
  - every other character above U+1100 that the font maps and that appears
    in the repository's specs (testdata/specs/*.json) and evaluation cases
    (eval/testdata/*.jsonl).

Layout tables (GSUB, GPOS, ...), vertical metrics and hints are dropped:
the rasteriser places glyphs by their advances alone, as render measures
them. The CFF outlines are desubroutinized, which makes a subset smaller
(few shared subroutines survive) and quicker to draw. LICENSE is written
beside it from the font's notices and Debian's copy of the OFL.

Run it from anywhere, on Debian with fonts-noto-cjk and python3-fonttools
installed (apt-get install -y fonts-noto-cjk python3-fonttools); go generate
./render/raster runs it. The output is the same byte for byte for the same
package version and repository text.
"""

import glob
import os
import sys
import textwrap

from fontTools import subset
from fontTools.ttLib import TTCollection

COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = "Noto Sans CJK TC"
COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../.."))
OUT = os.path.join(HERE, "NotoSansCJKtc-Regular.subset.otf")

BLOCKS = [
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x31A0, 0x31BF),  # bopomofo extended
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
]

TEXTS = ["testdata/specs/*.json", "eval/testdata/*.jsonl"]


def big5(lo, hi):
    """The code points of the Big5 characters from lo to hi."""
    out = set()
    for lead in range(lo >> 8, (hi >> 8) + 1):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if lo <= (lead << 8 | trail) <= hi:
                try:
                    out.add(ord(bytes([lead, trail]).decode("big5")))
                except UnicodeDecodeError:
                    pass
    return out


def repo_text(cmap):
    """The characters above U+1100 the font maps in the repository's texts."""
    out = set()
    for pattern in TEXTS:
        for name in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(name, encoding="utf-8") as f:
                out |= {ord(c) for c in f.read() if ord(c) >= 0x1100 and ord(c) in cmap}
    return out


def face():
    for font in TTCollection(COLLECTION, recalcTimestamp=False).fonts:
        if font["name"].getDebugName(4) == FACE:
            return font
    sys.exit(f"subset.py: {COLLECTION} holds no {FACE}")


def ofl():
    """The text of the SIL-1.1 licence paragraph of Debian's copyright file."""
    lines, inside = [], False
    with open(COPYRIGHT, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if inside and line.startswith(" "):
                lines.append("" if line == " ." else line[1:])
            elif lines:
                break
            else:
                inside = line == "License: SIL-1.1"
    if not lines:
        sys.exit(f"subset.py: no SIL-1.1 licence text in {COPYRIGHT}")
    return "\n".join(lines) + "\n"


def main():
    font = face()
    cmap = font.getBestCmap()
    name = font["name"]
    version = name.getDebugName(5).split(";")[0]
    chars = big5(0xA140, 0xA3BF) | big5(0xA440, 0xC67E) | repo_text(cmap)
    for lo, hi in BLOCKS:
        chars |= set(range(lo, hi + 1))
    chars &= set(cmap)

    opts = subset.Options()
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    opts.hinting = False
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    s = subset.Subsetter(opts)
    s.populate(unicodes=chars)
    s.subset(font)
    font.save(OUT)

    with open(os.path.join(HERE, "LICENSE"), "w", encoding="utf-8") as f:
        f.write(
            f"NotoSansCJKtc-Regular.subset.otf is a subset of {FACE} Regular,\n"
            f"{version}, from Debian's fonts-noto-cjk package, made by subset.py.\n\n"
            f"{name.getDebugName(0)}\n\n{textwrap.fill(name.getDebugName(13), 72)}\n\n{ofl()}"
        )
    print(f"{OUT}: {len(chars)} characters, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
