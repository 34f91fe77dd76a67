"""What flows through a batch: the options, the planned jobs and their results.

``planning`` makes ``Job``s from the command line's inputs, ``conversion`` turns one
``Job`` into a ``JobResult``, the executors carry both to and from worker processes
(so everything here must pickle) and the driver sums the results up.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .collection import CollectionInfo, Report
from ..style import Style, load_style
from ..writers import WriteOptions

DEFAULT_MAX_SIZE = 64 * 1024 * 1024


class InputError(Exception):
    """One input cannot be converted; the message is one plain line."""


class UsageError(Exception):
    """The command line cannot be carried out at all (exit status 2)."""


@dataclass(frozen=True)
class ConvertOptions:
    formats: tuple[str, ...] = ("pdf",)
    style: str = "gbt9704"
    opencc: str | None = None
    embed_fonts: bool = False
    pdfa: bool = False
    vertical: bool | None = None
    keep_boilerplate: bool = False
    normalize: bool = True
    from_format: str = "auto"        # auto (by suffix), text, markdown, json
    max_size: int = DEFAULT_MAX_SIZE
    meta: tuple[tuple[str, str], ...] = ()   # --meta: fields set on every document (版头, 版记 …)
    #: the Style ``style`` names, resolved once (by the CLI, or by ``with_style``) and carried
    #: with the options to every job and worker; not part of the options' equality or hash
    resolved: Style | None = field(default=None, compare=False, repr=False)

    def with_style(self) -> "ConvertOptions":
        """These options with their style resolved (itself when it already is). Raises
        StyleError for a style that cannot be loaded."""
        return self if self.resolved is not None else replace(self, resolved=load_style(self.style))

    def the_style(self) -> Style:
        """The resolved Style (loaded here, from the per-process cache, when the options
        were made without one)."""
        return self.resolved if self.resolved is not None else load_style(self.style)

    def write_options(self) -> WriteOptions:
        return WriteOptions(embed_fonts=self.embed_fonts, pdfa=self.pdfa, vertical=self.vertical,
                            timestamp=WriteOptions.timestamp_from_environment())


@dataclass(frozen=True)
class Job:
    """Inputs (one report, or a merged collection) and the (format, path) outputs to write."""

    inputs: tuple[Path, ...]
    outputs: tuple[tuple[str, Path], ...]
    label: str
    merge: bool = False
    stdin_data: bytes | None = field(default=None, repr=False)
    reports: tuple[Report, ...] = ()            # how inputs form reports (pages); default one each
    collection: CollectionInfo | None = None     # the book's metadata when merging
    notices: tuple[str, ...] = ()                # planning warnings (collection.toml order…)

    def report_list(self) -> tuple[Report, ...]:
        return self.reports or tuple(Report((p,), p.with_suffix("")) for p in self.inputs)


#: What a job saw of each input file: absolute path → (size, mtime_ns, sha256, when hashed).
#: The manifest records these, so the hash is of the very bytes that were converted.
InputsSeen = dict[str, tuple[int, int, str, float]]


@dataclass
class JobResult:
    job: Job
    written: list[Path] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0                  # PDF pages written
    peak_rss: int = 0               # bytes: the largest resident set of the process that ran it
    pid: int = 0
    inputs_seen: InputsSeen = field(default_factory=dict)
    traceback: str = ""             # for an internal error, shown with --debug

    @property
    def ok(self) -> bool:
        return self.error is None


def is_json_input(path: Path, options: ConvertOptions) -> bool:
    """Whether ``path`` is read as the model's JSON (``--from json``, or a ``.json`` name)."""
    return options.from_format == "json" or (options.from_format == "auto" and path.suffix.lower() == ".json")
