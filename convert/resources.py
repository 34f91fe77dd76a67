"""Where the packaged data lives: ``styles/`` and ``fonts/``.

In a source checkout they are the top-level folders of the repository; in an installed
wheel they are packaged as ``convert/data/styles`` and ``convert/data/fonts`` (see
pyproject.toml). Either way the rest of the code asks here and never builds paths.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"convert's {name}/ folder is missing (looked in {installed} and {checkout})")


def styles_dir() -> Path:
    return _data_dir("styles")


def fonts_dir() -> Path:
    return _data_dir("fonts")
