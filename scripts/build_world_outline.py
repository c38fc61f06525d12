"""Build the dashboard's offline world outline (src/dyads/web/world.json).

Run once at build time, not at run time: `python scripts/build_world_outline.py`. It fetches two
wheels from PyPI with pip (geopandas 0.14.4, the last release that bundled Natural Earth's public-domain
1:110m countries, and pyshp to read the shapefile), simplifies every ring and writes one SVG path per
country in an equirectangular frame (x = lon + 180, y = 90 - lat; viewBox 0 0 360 180).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyads" / "web" / "world.json"
SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TOLERANCE = 0.25  # degrees; Douglas-Peucker tolerance


def fetch(folder: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(folder),
                    "geopandas==0.14.4", "pyshp==3.1.6"], check=True)
    for wheel in folder.glob("*.whl"):
        zipfile.ZipFile(wheel).extractall(folder)


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker simplification of one ring."""
    if len(points) < 4:
        return points
    (x0, y0), (x1, y1) = points[0], points[-1]
    dx, dy = x1 - x0, y1 - y0
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        d = abs(dy * x - dx * y + x1 * y0 - y1 * x0) / norm if norm else ((x - x0) ** 2 + (y - y0) ** 2) ** 0.5
        if d > best:
            best, index = d, i
    if best <= tol:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tol)[:-1] + simplify(points[index:], tol)


def ring_path(ring: list[tuple[float, float]]) -> str:
    pts = simplify(ring, TOLERANCE)
    if len(pts) < 3:
        return ""
    coords = " ".join(f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in pts)
    return f"M{coords}Z"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fetch(folder)
        sys.path.insert(0, str(folder))
        import shapefile  # noqa: E402  (pyshp, just unpacked)

        reader = shapefile.Reader(str(folder / SHAPES))
        names = [f[0] for f in reader.fields[1:]]
        countries = []
        for rec, shape in zip(reader.records(), reader.shapes()):
            row = dict(zip(names, rec))
            parts = list(shape.parts) + [len(shape.points)]
            rings = [shape.points[a:b] for a, b in zip(parts, parts[1:])]
            path = "".join(ring_path([tuple(p) for p in r]) for r in rings)
            if path:
                countries.append({"iso3": row["iso_a3"], "name": row["name"], "d": path})
    OUT.write_text(json.dumps({"source": "Natural Earth 1:110m countries (public domain), simplified",
                               "viewBox": "0 0 360 180", "countries": countries}, separators=(",", ":")))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(countries)} countries)")


if __name__ == "__main__":
    main()
