"""How long a built ``index.html`` takes to draw in headless Chromium, at 900 x 700:

    python tests/view_timing.py OUT/index.html [--runs 3] [--screenshot FILE.png [--zoom RATIO]]

prints, per run, the milliseconds from navigation to sigma's first frame (``data-drawn-ms``, the
browser's own clock) and the wall time seen from here, then what is shown. ``--zoom`` takes a
sigma camera ratio (below 1 zooms in) for the screenshot; ``--focus ID`` clicks no node but
focuses the view on that entity as a click would."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdp import Page  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=700)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--zoom", type=float)
    parser.add_argument("--focus")
    args = parser.parse_args()
    url = args.page.resolve().as_uri()
    print(f"{args.page}: {args.page.stat().st_size / 1e6:.1f} MB")
    with tempfile.TemporaryDirectory() as profile:
        page = Page(Path(profile))
        try:
            page.send("Emulation.setDeviceMetricsOverride", width=args.width, height=args.height,
                      deviceScaleFactor=1, mobile=False)
            for run in range(args.runs):
                started = time.monotonic()
                page.send("Page.navigate", url=url)
                drawn = page.wait_for("document.body && document.body.dataset.drawnMs", timeout=60)
                print(f"run {run + 1}: first frame at {drawn} ms, seen here after "
                      f"{1000 * (time.monotonic() - started):.0f} ms")
            shown = json.loads(page.evaluate("JSON.stringify(document.body.dataset)"))
            print(f"shown: {shown['renderedNodes']} nodes, {shown['renderedEdges']} edges")
            if args.screenshot:
                if args.focus:
                    page.evaluate(f"(() => {{ const v = window.kgView; const n = v.nodes.find(n => n.id === {json.dumps(args.focus)});"
                                  " v.select({node: n}); })()")
                if args.zoom:
                    page.evaluate(f"(() => {{ const v = window.kgView, c = v.renderer.getCamera();"
                                  f" const f = v.state.focus; const d = f === null ? null : v.renderer.getNodeDisplayData(String(f));"
                                  f" c.setState({{ratio: {args.zoom}, x: d ? d.x : c.x, y: d ? d.y : c.y}}); }})()")
                time.sleep(1.5)
                page.screenshot(args.screenshot)
                print(f"screenshot: {args.screenshot}")
        finally:
            page.close()


if __name__ == "__main__":
    main()
