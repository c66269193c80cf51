"""Issue 7's acceptance: a folder that mixes every supported format with broken files goes
through ``kg build``; every good article is in extractions.jsonl, every bad one is named in
report.json with its reason, and the run exits 0."""
from __future__ import annotations

import json
from pathlib import Path

from test_ingest_formats import make_pdf

from kg.cli import main

BODY = ("Qatar's Prime Minister met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday. "
        "Egypt and Qatar urged Israel and Hamas to return to talks.")


def write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, "utf-8")


def test_a_folder_of_every_format_goes_through(tmp_path, capsys):
    src = tmp_path / "in"
    write(src / "plain.txt", f" date 2025-01-06 \n\nMediators Meet in Cairo\n\n{BODY}\n")
    write(src / "notes.md", f"---\ntitle: Cairo talks\ndate: 2025-01-06\n---\n\n# Cairo talks\n\n{BODY}\n")
    write(src / "page.html", f"<html><head><title>Cairo talks</title><meta name='date' content='2025-01-06'>"
                             f"</head><body><article><h1>Cairo talks</h1><p>{BODY}</p><p>{BODY}</p>"
                             f"</article></body></html>")
    write(src / "wire.pdf", make_pdf([[BODY[:90], BODY[90:]]]))
    write(src / "feed.jsonl", json.dumps({"title": "Cairo talks", "date": "2025-01-06", "text": BODY}) + "\n"
          + "{this line is broken\n"
          + json.dumps({"headline": "More talks", "published_at": "2025-01-07", "body": BODY}) + "\n")
    write(src / "list.json", json.dumps({"articles": [{"title": "Talks", "text": BODY}, {"title": "No text"}]}))
    write(src / "news.rss", "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
                            f"<item><title>Cairo talks</title><link>https://example.org/a</link>"
                            f"<description>{BODY}</description><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate>"
                            "</item></channel></rss>")
    write(src / "news.atom", "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                             "<title>Desk</title><entry><title>Cairo talks</title><id>urn:x</id>"
                             f"<updated>2025-01-06T10:00:00Z</updated><summary>{BODY}</summary></entry></feed>")
    write(src / "latin1.txt", ("Caf\xe9 diplomacy. " + BODY).encode("cp1252"))
    write(src / "empty.txt", b"")
    write(src / "binary.txt", bytes(range(256)) * 4)
    write(src / "broken.pdf", b"%PDF-1.4\nnot a pdf at all\n")
    write(src / "sheet.docx", b"PK\x03\x04 not supported")
    out = tmp_path / "out"

    assert main(["build", str(src), "--out", str(out)]) == 0
    capsys.readouterr()
    report = json.loads((out / "report.json").read_text("utf-8"))
    skipped = {Path(s["path"].split(":")[0].split("#")[0]).name + (":" + s["path"].rsplit(":", 1)[1]
               if s["path"].endswith(":2") else ""): s["reason"] for s in report["skipped"]}
    for name in ("empty.txt", "binary.txt", "broken.pdf", "sheet.docx", "feed.jsonl:2", "list.json"):
        assert name in skipped and skipped[name].strip(), (name, skipped)
    paths = [e["article"]["path"] for e in map(json.loads, open(out / "extractions.jsonl", encoding="utf-8"))]
    names = {Path(p.split(":")[0].split("#")[0]).name for p in paths}
    assert names == {"plain.txt", "notes.md", "page.html", "wire.pdf", "feed.jsonl", "list.json",
                     "news.rss", "news.atom", "latin1.txt"}
    assert sum(Path(p.split(":")[0]).name == "feed.jsonl" for p in paths) == 2  # both good lines kept
    assert any("cp1252" in n for note in report["notes"] for n in note["notes"])
    # the same story told nine times is one story
    stories = {e["article"]["story"] for e in map(json.loads, open(out / "extractions.jsonl", encoding="utf-8"))}
    assert len(stories) < len(paths)
