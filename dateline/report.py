"""Human-readable run reports: a markdown artifact for the Prefect UI and a self-contained HTML page (``report.html``
in the output root) with each traveller's itinerary and the meetings on one timeline.

Pure functions from the merged Arrow tables (``clusters``, ``itineraries``) to strings, so they are unit-tested
without Prefect or a store. The HTML has no scripts and loads nothing: plain HTML, inline CSS and inline SVG, so it
opens from S3, a mail attachment or an air-gapped machine alike.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

DEFAULT_TOP_N = 20
_STATUS_ORDER = {"occurred": 0, "planned": 1, "unknown": 2, "cancelled": 3}


@dataclass(frozen=True)
class Meeting:
    cluster_id: str
    subtype: str | None
    participants: tuple[str, ...]
    place: str | None
    date_start: date | None
    date_end: date | None
    status: str
    n_mentions: int


@dataclass(frozen=True)
class Stop:
    index: int
    place: str
    country_code: str | None
    arrive: date | None
    depart: date | None


def _rows(table: pa.Table | None) -> list[dict[str, Any]]:
    return table.to_pylist() if table is not None and table.num_rows else []


def _place_name(place: Mapping[str, Any] | None) -> str | None:
    if not place or not place.get("name"):
        return None
    code = place.get("country_code")
    return f"{place['name']} ({code})" if code else place["name"]


def _top_candidates(clusters: pa.Table | None, top_n: int) -> pa.Table | None:
    """The meeting clusters that can be among the ``top_n`` (mention count at least the ``top_n``-th largest, ties
    kept), chosen in Arrow: the clusters table grows with the store's whole history, and only these few rows need to
    become Python objects."""
    if clusters is None or not clusters.num_rows or "event_type" not in clusters.column_names:
        return clusters
    found = clusters.filter(pc.equal(clusters.column("event_type"), "meeting"))
    if found.num_rows <= top_n or "n_mentions" not in found.column_names:
        return found
    counts = pc.fill_null(found.column("n_mentions"), 0)
    best = pc.select_k_unstable(counts, k=top_n, sort_keys=[("n_mentions", "descending")])
    return found.filter(pc.greater_equal(counts, pc.min(counts.take(best))))


def meetings(clusters: pa.Table | None, top_n: int = DEFAULT_TOP_N) -> list[Meeting]:
    """The ``top_n`` meetings best attested across articles (most mentions first, then earliest)."""
    found = []
    for row in _rows(_top_candidates(clusters, top_n)):
        if row.get("event_type") != "meeting":
            continue
        names = tuple(dict.fromkeys(p["name"] for p in row.get("participants") or [] if p and p.get("name")))
        found.append(Meeting(
            cluster_id=row["cluster_id"], subtype=row.get("subtype"), participants=names,
            place=_place_name(row.get("location")), date_start=row.get("date_start"), date_end=row.get("date_end"),
            status=row.get("status") or "unknown", n_mentions=int(row.get("n_mentions") or 0),
        ))
    found.sort(key=lambda m: (-m.n_mentions, m.date_start or date.max, _STATUS_ORDER.get(m.status, 9), m.cluster_id))
    return found[:top_n]


def itineraries(table: pa.Table | None) -> dict[str, list[Stop]]:
    """Each traveller's stops in itinerary order, travellers sorted by name."""
    by_traveler: dict[str, list[Stop]] = {}
    for row in _rows(table):
        by_traveler.setdefault(row["traveler"], []).append(Stop(
            index=int(row["stop_index"]), place=row["place"], country_code=row.get("country_code"),
            arrive=row.get("arrive"), depart=row.get("depart"),
        ))
    return {name: sorted(stops, key=lambda s: s.index) for name, stops in sorted(by_traveler.items())}


# ------------------------------------------------------------------------------------------------ markdown


def _md(text: object) -> str:
    """A table cell: pipes and newlines would break the markdown table."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ") if text is not None else ""


def _dates(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "date unknown"
    if start is None or end is None or start == end:
        return str(start or end)
    return f"{start} – {end}"


def render_markdown(
    summary: Mapping[str, int],
    clusters: pa.Table | None,
    itinerary_table: pa.Table | None,
    *,
    run_id: str,
    out: str,
    top_n: int = DEFAULT_TOP_N,
    report_path: str | None = None,
) -> str:
    """The run's markdown artifact: the top meetings, every traveller's itinerary, then the counts."""
    lines = [f"# dateline run `{run_id}`", "", f"Output: `{out}`"]
    if report_path:
        lines += ["", f"HTML timeline: `{report_path}`"]

    top = meetings(clusters, top_n)
    lines += ["", f"## Meetings (top {len(top)} by mentions)", ""]
    if top:
        lines += ["| date | participants | place | kind | status | mentions |", "|---|---|---|---|---|---:|"]
        lines += [f"| {_dates(m.date_start, m.date_end)} | {_md(', '.join(m.participants) or '—')} "
                  f"| {_md(m.place or '—')} | {_md(m.subtype or 'meeting')} | {_md(m.status)} | {m.n_mentions} |"
                  for m in top]
    else:
        lines.append("No meetings found.")

    travel = itineraries(itinerary_table)
    lines += ["", f"## Itineraries ({len(travel)} travellers)", ""]
    if not travel:
        lines.append("No itineraries found.")
    for name, stops in travel.items():
        lines += [f"### {_md(name)}", ""]
        for i, s in enumerate(stops, start=1):
            code = f" ({s.country_code})" if s.country_code else ""
            lines.append(f"{i}. {_md(s.place)}{code} — {_dates(s.arrive, s.depart)}")
        lines.append("")
    lines += ["", "## Counts", "", "| metric | value |", "|---|---:|",
              *[f"| {_md(k)} | {v} |" for k, v in summary.items()]]
    return "\n".join(lines).rstrip() + "\n"


# ------------------------------------------------------------------------------------------------ HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1f2933;max-width:1200px}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d9e2ec}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d9e2ec;padding:.25rem .5rem;text-align:left}
th{background:#f0f4f8}td.num{text-align:right}.muted{color:#627d98}
svg text{font:11px system-ui,sans-serif;fill:#243b53}.stop{fill:#2680c2}.meet{fill:#e12d39}
.axis{stroke:#bcccdc}.undated{fill:#9fb3c8}
"""


@dataclass(frozen=True)
class _Scale:
    """Maps dates to x pixels across the report's span."""

    first: date
    last: date
    x0: float
    width: float

    def x(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return self.x0 + self.width * (day - self.first).days / span


FOCUS_DAYS = 45  # the timeline shows this much around the dated stops; events further away stay in the tables


def _span(travel: Mapping[str, Sequence[Stop]], top: Sequence[Meeting]) -> tuple[date, date] | None:
    """The period the timeline shows: the dated stops (or, without any, the median meeting) widened by
    ``FOCUS_DAYS``, then narrowed to what falls inside. One meeting years away (a summit recalled as background)
    would otherwise squeeze every itinerary into a few pixels."""
    stop_days = sorted(d for stops in travel.values() for s in stops for d in (s.arrive, s.depart) if d)
    meet_days = sorted(d for m in top for d in (m.date_start, m.date_end) if d)
    if not stop_days and not meet_days:
        return None
    core = (stop_days[0], stop_days[-1]) if stop_days else (meet_days[len(meet_days) // 2],) * 2
    lo, hi = core[0] - timedelta(days=FOCUS_DAYS), core[1] + timedelta(days=FOCUS_DAYS)
    shown = [d for d in stop_days + meet_days if lo <= d <= hi]
    return min(shown) - timedelta(days=1), max(shown) + timedelta(days=1)


def _timeline_svg(travel: Mapping[str, Sequence[Stop]], top: Sequence[Meeting]) -> str:
    """One lane per traveller (a bar per dated stop, labelled with the place) and a lane of meeting dots."""
    span = _span(travel, top)
    if span is None:
        return '<p class="muted">No dated stops or meetings to place on a timeline.</p>'
    label_w, lane_h, width = 180, 48, 1100
    scale = _Scale(span[0], span[1], label_w + 10, width - label_w - 30)
    lanes = [*travel.items(), ("Meetings", None)]
    height = 40 + lane_h * len(lanes)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="Timeline of itineraries and meetings">']
    n_ticks = min(max((scale.last - scale.first).days, 1), 10)
    label_w_px, label_right = 70, 0.0  # a date label is ~70 px wide; skip one that would overprint its neighbour
    for i in range(n_ticks + 1):
        day = scale.first + timedelta(days=round(i * (scale.last - scale.first).days / n_ticks))
        x, last_tick = scale.x(day), i == n_ticks
        left = x - label_w_px if last_tick else x - label_w_px / 2
        parts.append(f'<line class="axis" x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height - 5}"/>')
        if left >= label_right + 4:
            anchor = "end" if last_tick else "middle"
            parts.append(f'<text x="{x:.1f}" y="14" text-anchor="{anchor}">{day.isoformat()}</text>')
            label_right = x if last_tick else x + label_w_px / 2
    for lane, (name, stops) in enumerate(lanes):
        y = 30 + lane * lane_h
        parts.append(f'<text x="4" y="{y + 16}">{html.escape(name)}</text>')
        if stops is None:
            for m in top:
                if m.date_start is None or m.date_start > scale.last or (m.date_end or m.date_start) < scale.first:
                    continue
                x1, x2 = scale.x(m.date_start), scale.x(m.date_end or m.date_start)
                title = html.escape(f"{_dates(m.date_start, m.date_end)}: {', '.join(m.participants)}"
                                    f" @ {m.place or '?'} ({m.status})")
                parts.append(f'<g><title>{title}</title><rect class="meet" x="{x1 - 4:.1f}" y="{y + 6}" '
                             f'width="{max(x2 - x1, 0) + 8:.1f}" height="14" rx="7"/></g>')
            continue
        label_end = [0.0, 0.0]  # two label rows per lane, so labels of nearby stops do not overprint
        for s in stops:
            start, end = s.arrive or s.depart, s.depart or s.arrive
            title = html.escape(f"{s.place}: {_dates(s.arrive, s.depart)}")
            if start is None:
                continue
            x1, x2 = scale.x(start), scale.x(end)
            parts.append(f'<g><title>{title}</title><rect class="stop" x="{x1:.1f}" y="{y + 4}" '
                         f'width="{max(x2 - x1, 6):.1f}" height="18" rx="3"/>')
            row = 0 if label_end[0] <= x1 else 1 if label_end[1] <= x1 else None
            if row is not None:
                label_end[row] = x1 + 6.5 * len(s.place) + 6
                parts.append(f'<text x="{x1:.1f}" y="{y + 33 + 12 * row}">{html.escape(s.place)}</text>')
            parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _cell(value: object, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<td{attr}>{html.escape(str(value)) if value is not None else ''}</td>"


def render_html(
    summary: Mapping[str, int],
    clusters: pa.Table | None,
    itinerary_table: pa.Table | None,
    *,
    run_id: str,
    out: str,
    top_n: int = DEFAULT_TOP_N,
) -> str:
    """A standalone page: the run's counts, a timeline (inline SVG), the meetings and each itinerary as tables."""
    top = meetings(clusters, top_n)
    travel = itineraries(itinerary_table)
    body = [f"<h1>dateline run <code>{html.escape(run_id)}</code></h1>",
            f'<p class="muted">Output: <code>{html.escape(out)}</code></p>',
            "<h2>Timeline</h2>", _timeline_svg(travel, top),
            "<h2>Counts</h2><table><tr><th>metric</th><th>value</th></tr>",
            *[f"<tr>{_cell(k)}{_cell(v, 'num')}</tr>" for k, v in summary.items()], "</table>",
            f"<h2>Meetings (top {len(top)} by mentions)</h2>"]
    if top:
        body.append("<table><tr><th>date</th><th>participants</th><th>place</th><th>kind</th><th>status</th>"
                    "<th>mentions</th></tr>")
        body += [f"<tr>{_cell(_dates(m.date_start, m.date_end))}{_cell(', '.join(m.participants) or '—')}"
                 f"{_cell(m.place or '—')}{_cell(m.subtype or 'meeting')}{_cell(m.status)}"
                 f"{_cell(m.n_mentions, 'num')}</tr>" for m in top]
        body.append("</table>")
    else:
        body.append('<p class="muted">No meetings found.</p>')
    body.append(f"<h2>Itineraries ({len(travel)} travellers)</h2>")
    if not travel:
        body.append('<p class="muted">No itineraries found.</p>')
    for name, stops in travel.items():
        body.append(f"<h3>{html.escape(name)}</h3><table><tr><th>#</th><th>place</th><th>arrive</th>"
                    "<th>depart</th></tr>")
        body += [f"<tr>{_cell(i, 'num')}{_cell(s.place + (f' ({s.country_code})' if s.country_code else ''))}"
                 f"{_cell(s.arrive)}{_cell(s.depart)}</tr>" for i, s in enumerate(stops, start=1)]
        body.append("</table>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>dateline run {html.escape(run_id)}</title><style>{_CSS}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")
