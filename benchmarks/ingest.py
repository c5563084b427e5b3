"""HTML and WARC ingest: is page extraction cheap next to spaCy, and does memory stay flat over a 1 GB WARC?

Not a unit test: it takes minutes and its numbers depend on the machine.

- ``speed``: the dev_news articles (``benchmarks/dev_news/articles``, written for dateline), each wrapped in a page of
  a size and shape real news pages have (inline scripts and styles, a large navigation menu, cookie banner, byline,
  figure, related stories, comments, footer links), cycled to ``--pages`` pages. Timed on the same articles, one
  process each: ``extract_page`` (trafilatura + htmldate, what ingest runs per page), its two halves alone, and
  ``nlp.pipe`` of dateline's spaCy pipeline (``load_nlp()``: the statistical model plus the dateline components) on
  the extracted texts. CPU time of this process (``time.process_time``), so other load on a shared machine does not
  count; the target is extraction <= 15% of spaCy.
- ``warc``: writes a ``.warc.gz`` of ``--gb`` GB with warcio's writer: HTML pages (the same pages, ``--html-share`` of
  the bytes) between large binary image records, then reads it with ``read_inputs`` in a child process, sampling its
  RSS; reports the peak and the RSS at each tenth of the records. Only ingest runs (no spaCy), so the numbers are
  ingest's own memory.

    .venv/bin/python benchmarks/ingest.py speed --pages 400
    .venv/bin/python benchmarks/ingest.py warc --gb 1.0 --workdir /tmp/dateline-ingest-bench
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "dev_news" / "articles"
NAV_WORDS = ("World", "Politics", "Business", "Markets", "Tech", "Science", "Health", "Sport", "Culture", "Travel",
             "Opinion", "Video", "Podcasts", "Weather", "Climate", "Education", "Property", "Motoring")


def load_articles() -> list[tuple[str, str, str | None]]:
    """(title, body, published) of each dev_news article, read as dateline reads ``.txt`` files."""
    from dateline.ingest import Article, read_inputs

    return [(a.title or "News", a.text, a.published.isoformat() if a.published else None)
            for a in read_inputs([str(ARTICLES)]) if isinstance(a, Article)]


def realistic_page(title: str, body: str, published: str | None, n: int) -> str:
    """A page of the weight and clutter of a real news page (~100 KB) around one article."""
    rng = random.Random(n)
    script = "window.__STATE__=" + json.dumps({"ads": [{"slot": f"ad-{i}", "sizes": [[300, 250], [728, 90]],
                                                         "targeting": {"section": rng.choice(NAV_WORDS)}}
                                                        for i in range(120)]}) + ";"
    style = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 99991 % 0xFFFFFF:06x}}}"
                    for i in range(600))
    nav = "".join(f'<li><a href="/{w.lower()}/{i}">{w} {i}</a></li>' for i in range(12) for w in NAV_WORDS)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    related = "".join(f'<li><a href="/story/{n}-{i}"><img src="/i/{i}.jpg" alt="">{html.escape(title)} '
                      f"(part {i})</a></li>" for i in range(12))
    comments = "".join(f'<div class="comment"><b>reader{i}</b><p>{"Interesting. " * rng.randint(3, 20)}</p></div>'
                       for i in range(25))
    footer = "".join(f'<a href="/f/{i}">{rng.choice(NAV_WORDS)} {i}</a> ' for i in range(80))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": published or "2024-01-01", "dateModified": "2024-12-31"})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Gazette'
            f'</title><style>{style}</style><script>{script}</script>'
            f'<script type="application/ld+json">{ld}</script></head><body>'
            '<div class="cookie-banner"><p>We and our 842 partners use cookies to store and access information on '
            'your device.</p><button>Accept all</button><button>Reject</button></div>'
            f'<header><nav class="mega"><ul>{nav}</ul></nav></header><main><article>'
            f'<h1>{html.escape(title)}</h1><div class="byline">By Staff Reporter</div>'
            '<figure><img src="/lead.jpg" alt=""><figcaption>A file photo.</figcaption></figure>'
            f'{paragraphs}</article><aside class="related"><h2>More on this story</h2><ul>{related}</ul></aside>'
            f'<section class="comments"><h2>Comments</h2>{comments}</section></main>'
            f'<footer>{footer}<p>&copy; Gazette</p></footer><script>{script}</script></body></html>')


def pages(count: int) -> list[str]:
    articles = load_articles()
    return [realistic_page(*articles[i % len(articles)], n=i) for i in range(count)]


# ---------------------------------------------------------------------------------------------------- speed


def speed(args: argparse.Namespace) -> dict:
    import htmldate
    import trafilatura

    from dateline.extractors.pipeline import load_nlp
    from dateline.ingest_html import extract_page

    batch = pages(args.pages)
    extract_page(batch[0])  # warm-up: imports, lazy tables

    def cpu(fn) -> float:
        start = time.process_time()
        fn()
        return time.process_time() - start

    extracted: list[str] = []
    t_extract = cpu(lambda: extracted.extend(extract_page(p).text for p in batch))
    t_trafilatura = cpu(lambda: [trafilatura.bare_extraction(p, fast=True, include_comments=False,
                                                             include_tables=False) for p in batch])
    t_trafilatura_meta = cpu(lambda: [trafilatura.bare_extraction(p, with_metadata=True, include_comments=False,
                                                                  include_tables=False) for p in batch])
    t_htmldate = cpu(lambda: [htmldate.find_date(p, extensive_search=False, original_date=True) for p in batch])
    nlp = load_nlp()
    list(nlp.pipe(extracted[:8]))  # warm-up
    t_spacy = cpu(lambda: [None for _ in nlp.pipe(extracted, batch_size=64)])
    words = sum(len(t.split()) for t in extracted)
    result = {
        "pages": len(batch), "mean_page_kb": round(sum(map(len, batch)) / len(batch) / 1024, 1),
        "mean_text_words": round(words / len(batch)),
        "extract_page_s": round(t_extract, 2), "trafilatura_s": round(t_trafilatura, 2),
        "htmldate_s": round(t_htmldate, 2), "spacy_s": round(t_spacy, 2),
        "trafilatura_default_with_metadata_s": round(t_trafilatura_meta, 2),
        "extract_pages_per_s": round(len(batch) / t_extract, 1), "spacy_docs_per_s": round(len(batch) / t_spacy, 1),
        "extract_share_of_spacy": round(t_extract / t_spacy, 3),
    }
    print(json.dumps(result))
    return result


# ---------------------------------------------------------------------------------------------------- warc


def write_big_warc(path: Path, gb: float, html_share: float) -> dict:
    """A ``.warc.gz`` of about ``gb`` GB: HTML responses making ``html_share`` of the payload bytes, the rest large
    incompressible image records in between, as a crawl of news sites with their pictures."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    target = int(gb * 1e9)
    html_pages = [p.encode() for p in pages(64)]
    image = os.urandom(4 * 1024 * 1024)
    counts = {"html": 0, "image": 0}
    html_bytes = image_bytes = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        n = 0
        while out.tell() < target:
            if html_bytes <= html_share * (html_bytes + image_bytes + 1):
                body, ctype, kind = html_pages[n % len(html_pages)], "text/html; charset=utf-8", "html"
                html_bytes += len(body)
            else:
                body, ctype, kind = image[n % 1024:] + image[:n % 1024], "image/jpeg", "image"
                image_bytes += len(body)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://gazette.example/{kind}/{n}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))
            counts[kind] += 1
            n += 1
    return {"file_bytes": path.stat().st_size, "html_records": counts["html"], "image_records": counts["image"],
            "html_payload_mb": round(html_bytes / 1e6), "image_payload_mb": round(image_bytes / 1e6)}


def read_child(path: str) -> None:
    """In the child: read every record, printing progress lines the parent pairs with its RSS samples."""
    from dateline.ingest import Article, read_inputs

    n_articles = n_rejected = 0
    start = time.perf_counter()
    for item in read_inputs([path]):
        if isinstance(item, Article):
            n_articles += 1
        else:
            n_rejected += 1
        if (n_articles + n_rejected) % 200 == 0:
            print(json.dumps({"progress": n_articles + n_rejected}), flush=True)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"articles": n_articles, "rejected": n_rejected, "seconds": round(time.perf_counter() - start, 1),
                      "ru_maxrss_mb": round(peak_kb / 1024)}), flush=True)


def warc(args: argparse.Namespace) -> dict:
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"bench-{args.gb:g}gb.warc.gz"
    made = json.loads((workdir / "made.json").read_text()) if path.exists() and (workdir / "made.json").exists() \
        else None
    if made is None or made.get("gb") != args.gb:
        started = time.perf_counter()
        made = {"gb": args.gb, **write_big_warc(path, args.gb, args.html_share),
                "write_seconds": round(time.perf_counter() - started)}
        (workdir / "made.json").write_text(json.dumps(made))
    child = subprocess.Popen([sys.executable, __file__, "read-child", str(path)], stdout=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    samples: list[tuple[float, int]] = []
    progress: list[tuple[int, int]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                samples.append((time.perf_counter(), proc.memory_info().rss))
            except psutil.Error:
                return
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    final = {}
    for line in child.stdout:
        data = json.loads(line)
        if "progress" in data:
            progress.append((data["progress"], samples[-1][1] if samples else 0))
        else:
            final = data
    child.wait()
    done.set()
    sampler.join()
    tenths = [progress[int(len(progress) * k / 10)] for k in range(10)] + progress[-1:] if progress else []
    result = {**made, **final, "peak_rss_sampled_mb": round(max(r for _, r in samples) / 2**20),
              "rss_mb_by_records_read": [(n, round(r / 2**20)) for n, r in tenths]}
    print(json.dumps(result))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_speed = sub.add_parser("speed")
    p_speed.add_argument("--pages", type=int, default=400)
    p_warc = sub.add_parser("warc")
    p_warc.add_argument("--gb", type=float, default=1.0)
    p_warc.add_argument("--html-share", type=float, default=0.2, help="share of payload bytes that is HTML pages")
    p_warc.add_argument("--workdir", default="/tmp/dateline-ingest-bench")
    p_child = sub.add_parser("read-child")
    p_child.add_argument("path")
    args = parser.parse_args()
    if args.command == "speed":
        speed(args)
    elif args.command == "warc":
        warc(args)
    else:
        read_child(args.path)


if __name__ == "__main__":
    main()
