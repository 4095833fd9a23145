"""The GBK-as-Latin check translates a run to Latin-1 bytes once, then reads those bytes."""

from __future__ import annotations

from govtext import mojibake


def test_gbk_latin_reads_the_run_bytes_once(monkeypatch) -> None:
    seen: list[str] = []
    real = mojibake._latin_as_utf8

    def spy(run: str) -> str | None:
        seen.append(run)
        return real(run)

    monkeypatch.setattr(mojibake, "_latin_as_utf8", spy)
    run = "学校管理办法".encode("gbk").decode("latin-1")
    assert mojibake._gbk_latin(run) == "学校管理办法"
    # the run itself is not translated a second time (its bytes are at hand); only a
    # UTF-8 reading of it may be looked at once more
    assert run not in seen
