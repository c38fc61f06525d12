"""WARC files written for the reader tests (one response record per body)."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path, bodies, *, gz: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for i, body in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://paper.example/{i}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
