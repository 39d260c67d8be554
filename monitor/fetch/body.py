"""Read a response body without ever holding more than the cap, compressed or not.

httpx decodes gzip a whole network chunk at a time, so a 64 KB chunk of a gzip
bomb becomes ~64 MB in memory before anyone can count it. Here the raw stream
is inflated with zlib's `max_length`, so at most `max_bytes + 1` decoded bytes
ever exist, whatever the compression ratio.
"""

from __future__ import annotations

import zlib

import httpx

ACCEPT_ENCODING = "gzip, deflate"  # what _Inflater decodes; br/zstd would need extra packages


class BodyTooLarge(Exception):
    """The decoded body passed the cap."""


class BodyDecodeError(Exception):
    """The Content-Encoding is unknown or the compressed stream is corrupt."""


class _Inflater:
    """One layer of gzip or deflate, decoding at most `limit` bytes per call."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._raw_deflate = False
        self._first = True
        self._z = self._new()

    def _new(self) -> zlib._Decompress:
        if self._encoding == "gzip":
            return zlib.decompressobj(zlib.MAX_WBITS | 16)
        return zlib.decompressobj(-zlib.MAX_WBITS if self._raw_deflate else zlib.MAX_WBITS)

    def decode(self, data: bytes, limit: int) -> bytes:
        """Inflate `data`; output longer than `limit` means the body is too large (the rest is not inflated)."""
        try:
            out = self._z.decompress(data, limit + 1)
        except zlib.error as exc:
            if self._encoding == "deflate" and self._first and not self._raw_deflate:
                # Some servers send raw deflate without the zlib header; httpx accepts both too.
                self._raw_deflate = True
                self._z = self._new()
                return self.decode(data, limit)
            raise BodyDecodeError(f"corrupt {self._encoding} body: {exc}") from None
        self._first = False
        if len(out) > limit:
            raise BodyTooLarge
        return out

    def flush(self, limit: int) -> bytes:
        out = self._z.flush()
        if len(out) > limit:
            raise BodyTooLarge
        return out


def _inflater(content_encoding: str | None) -> _Inflater | None:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater("deflate" if codings[0] == "deflate" else "gzip")
    raise BodyDecodeError(f"unsupported Content-Encoding {content_encoding!r}")


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, or `BodyTooLarge` as soon as it passes `max_bytes` (declared or counted)."""
    if response.is_stream_consumed:  # a transport that read the body already (httpx.MockTransport): decoded
        if len(response.content) > max_bytes:
            raise BodyTooLarge
        return response.content
    inflater = _inflater(response.headers.get("content-encoding"))
    declared = response.headers.get("content-length", "")
    if inflater is None and declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLarge
    body = bytearray()
    async for raw in response.aiter_raw():
        chunk = inflater.decode(raw, max_bytes - len(body)) if inflater else raw
        body += chunk
        if len(body) > max_bytes:
            raise BodyTooLarge
    if inflater is not None:
        body += inflater.flush(max_bytes - len(body))
    return bytes(body)
