"""Word segmentation for the cover's title, as rjieba cuts it, without loading its dictionary.

``import rjieba`` builds the segmenter with jieba's whole dictionary, 349,045 words: 0.1 s
of every EPUB conversion, on the path that the cover (drawn by a helper process while
the text is read) takes. A title needs a few dozen of those words. ``cut`` asks rjieba
for an *empty* segmenter (``Jieba.empty()``, microseconds), gives it the words of the
dictionary that occur in the text, with their frequencies, found by binary search in
``jieba-words.txt`` (the same dictionary, sorted: docs/make_jieba_words.py), and one word
that cannot occur in any text carrying the rest of the dictionary's total frequency.

That segmenter cuts the text as the full one does (tests/test_epub_words.py compares
them on thousands of lines): jieba-rs's cut of a text depends on the dictionary only
through (a) the words that start at each position of the text (the DAG), (b) their
frequencies and the total frequency (a word's cost is ln(freq) − ln(total)), and (c)
whether a run of single characters is itself a dictionary word (then it is not handed
to the HMM, which is built in and the same either way). All three are what the small
segmenter has. The word list is searched in place (mmap): nothing is read but the
pages a search touches.

Where the list or rjieba's module is not as expected, ``cut`` is rjieba's own cut.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache

WORDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jieba-words.txt")
#: The word that carries the rest of the total: U+2603 is no character jieba-rs
#: segments (not Han, not a letter or digit), so no text's blocks hold it.
_REST = "\u2603\u2603"


class _WordList:
    """The sorted ``word freq`` lines of jieba-words.txt, searched where they lie."""

    def __init__(self, path: str):
        import mmap

        with open(path, "rb") as f:
            self.data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        start = self.data.find(b"\ntotal ")
        end = self.data.find(b"\n\n", start)
        if start < 0 or end < 0:
            raise ValueError(f"{path}: no total line")
        self.total = int(self.data[start + 7:end])
        self.start, self.end = end + 2, len(self.data)

    def _seek(self, key: bytes) -> int:
        """The start of the first line whose word is ≥ ``key`` (``end`` if none)."""
        data, lo, hi = self.data, self.start, self.end
        while lo < hi:
            mid = (lo + hi) // 2
            p = data.rfind(b"\n", lo, mid) + 1 or lo
            space = data.find(b" ", p)
            if data[p:space] < key:
                lo = data.find(b"\n", space) + 1
            else:
                hi = p
        return lo

    def in_text(self, text: str) -> dict[str, int]:
        """Every word of the list that occurs in ``text``, with its frequency."""
        found: dict[str, int] = {}
        data, end = self.data, self.end
        for i in range(len(text)):
            for j in range(i + 1, len(text) + 1):
                key = text[i:j].encode("utf-8")
                p = self._seek(key)
                if p >= end:
                    break
                space = data.find(b" ", p)
                word = data[p:space]
                if word == key:
                    found[text[i:j]] = int(data[space + 1:data.find(b"\n", space)])
                elif not word.startswith(key):
                    break   # no word begins with text[i:j]: none with text[i:j+1] either
        return found


@lru_cache(maxsize=1)
def _parts():
    """(the Jieba class, the word list), or None: then rjieba's own cut."""
    try:
        import importlib.machinery
        import importlib.util

        module = sys.modules.get("rjieba.rjieba")
        if module is None:
            # rjieba's extension module without its package, whose __init__ builds the
            # full segmenter; registered, so that a later ``import rjieba`` uses it.
            spec = importlib.util.find_spec("rjieba")
            folder = list(spec.submodule_search_locations or ())[0]
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                path = os.path.join(folder, "rjieba" + suffix)
                if os.path.exists(path):
                    break
            else:
                return None
            loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", path)
            ext_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
            module = importlib.util.module_from_spec(ext_spec)
            loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module
        return module.Jieba, _WordList(WORDS)
    except Exception:
        return None


def warm() -> None:
    """Load the extension module and open the word list (the cover helper's warm-up)."""
    _parts()


def cut(text: str) -> list[str]:
    """``rjieba.cut(text)``: its words, in order."""
    parts = _parts()
    if parts is None:
        import rjieba

        return rjieba.cut(text)
    jieba_class, words = parts
    found = words.in_text(text)
    segmenter = jieba_class.empty()
    for word, freq in found.items():
        segmenter.add_word(word, freq, None)
    segmenter.add_word(_REST, words.total - sum(found.values()), None)
    return segmenter.cut(text)
