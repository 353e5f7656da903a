"""data.py: reading every shipped set, bad rows, the prompt, the sampler (determinism, disjoint ranks, resume).
(Curation: test_curate.py.)"""
import json
import os
import re
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import data  # noqa: E402

SHIPPED = {"test/aime": 30, "test/amc": 83, "test/math": 500, "test/minerva": 272, "test/olympiad_bench": 675,
           "train/aime": 975, "train/math": 7474}


def rec(i, problem, answer="1"):
    return {"id": f"t:{i}", "problem": problem, "answers": [answer], "source": "t"}

# --------------------------------------------------------------------------------------------- reading


def test_load_every_shipped_file(data_dir):
    for name, n in SHIPPED.items():
        bad = []
        records = data.load(os.path.join(data_dir, name + ".json"), skip_bad=True, bad=bad)
        assert len(records) + len(bad) == n, name
        assert all(isinstance(a, str) and a for r in records for a in r["answers"]), name
        assert len({r["id"] for r in records}) == len(records) and records[0]["source"] == name
    amc = data.load(os.path.join(data_dir, "test/amc.json"))
    assert amc[0]["answers"] == ["142"]  # the float 142.0
    ob = data.load(os.path.join(data_dir, "test/olympiad_bench.json"))
    assert ob[0]["answers"] == ["2"]
    math500 = data.load(os.path.join(data_dir, "test/math.json"))
    assert math500[0]["answers"] == ["\\left( 3, \\frac{\\pi}{2} \\right)"]
    both = data.load(",".join(os.path.join(data_dir, f"test/{f}.json") for f in ("aime", "amc")))
    assert len(both) == 113


def test_train_math_has_four_answerless_rows(data_dir):
    path = os.path.join(data_dir, "train/math.json")
    with pytest.raises(ValueError, match=r"math\.json row 886: answer None"):
        data.load(path)
    bad = []
    data.load(path, skip_bad=True, bad=bad)
    assert [b["id"] for b in bad] == ["train/math:886", "train/math:1009", "train/math:5328", "train/math:5330"]


def test_formats_and_bad_rows(tmp_path):
    rows = [{"problem": "a?", "answer": 3.0}, {"problem": "b?", "answer": ["x", 2.5]},
            {"question": "c?", "answer": "\\frac{1}{2}", "id": "own-id"}]
    (tmp_path / "s.json").write_text(json.dumps(rows))
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.Table.from_pylist([{"problem": "a?", "answer": "3"}]), tmp_path / "s.parquet")
    got = data.load(str(tmp_path / "s.json"))
    assert [r["answers"] for r in got] == [["3"], ["x", "2.5"], ["\\frac{1}{2}"]]
    assert [r["id"] for r in got] == [f"{tmp_path.name}/s:0", f"{tmp_path.name}/s:1", "own-id"]
    assert [r["answers"] for r in data.load(str(tmp_path / "s.jsonl"))] == [r["answers"] for r in got]
    assert data.load(str(tmp_path / "s.parquet"))[0]["answers"] == ["3"]
    data.write_jsonl(got, tmp_path / "round.jsonl")  # what build writes loads back unchanged
    assert data.load(str(tmp_path / "round.jsonl")) == got
    for name, text in (("bom.json", json.dumps(rows)), ("bom.jsonl", "\r\n".join(json.dumps(r) for r in rows))):
        (tmp_path / name).write_text(text, encoding="utf-8-sig")  # as Windows tools write them: a BOM, CRLF
        assert [r["answers"] for r in data.load(str(tmp_path / name))] == [r["answers"] for r in got]

    cases = [({"answer": "1"}, "no problem"), ({"problem": "p", "answer": None}, "answer None"),
             ({"problem": "p"}, "answer None"), ({"problem": "p", "answer": []}, "empty answer list"),
             ({"problem": "p", "answer": {"v": 1}}, "answer"), ({"problem": 7, "answer": "1"}, "no problem"),
             ({"problem": "p", "answer": True}, "answer True"), ("just text", "expected an object"),
             (None, "not JSON")]
    for row, why in cases:
        good = json.dumps({"problem": "ok", "answer": "1"})
        (tmp_path / "bad.jsonl").write_text(good + "\n" + ('{"problem": "p' if row is None else json.dumps(row)) + "\n")
        with pytest.raises(data.BadRow, match=re.escape(str(tmp_path / "bad.jsonl")) + " line 2: .*" + why):
            data.load(str(tmp_path / "bad.jsonl"))
        bad = []
        assert len(data.load(str(tmp_path / "bad.jsonl"), skip_bad=True, bad=bad)) == 1 and len(bad) == 1
    (tmp_path / "empty.json").write_text("[]")
    with pytest.raises(ValueError, match="no usable records") as e:
        data.load(str(tmp_path / "empty.json"))
    assert not isinstance(e.value, data.BadRow)  # not a row that --skip-bad could skip
    with pytest.raises(ValueError, match="appears twice"):
        data.load(f"{tmp_path / 's.json'},{tmp_path / 's.json'}")
    with pytest.raises(FileNotFoundError):
        data.load(str(tmp_path / "missing.json"))


def test_own_fields_are_kept(tmp_path):
    """A row's own id, source, prefill and difficulty (int or str) survive; other fields and bad types do not."""
    rows = [{"problem": "a?", "answer": "1", "id": "x1", "prefill": "P", "difficulty": 3, "extra": 1},
            {"problem": "b?", "answer": "2", "source": "mine", "difficulty": "hard"},
            {"problem": "c?", "answer": "3", "difficulty": True, "prefill": 5}]
    (tmp_path / "s.json").write_text(json.dumps(rows))
    got = data.load(str(tmp_path / "s.json"))
    assert got[0] == {"id": "x1", "problem": "a?", "answers": ["1"], "source": f"{tmp_path.name}/s",
                      "prefill": "P", "difficulty": 3}
    assert got[1]["source"] == "mine" and got[1]["difficulty"] == "hard"
    assert "difficulty" not in got[2] and "prefill" not in got[2]
    data.write_jsonl(got, tmp_path / "round.jsonl")
    assert data.load(str(tmp_path / "round.jsonl")) == got


def test_hub_id_offline_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ValueError, match="not a local file and the Hugging Face hub cannot be reached"):
        data.load("agentica-org/DeepScaleR-Preview-Dataset")

# ---------------------------------------------------------------------------------------------- prompt


def tiny_tokenizer(template=True):
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast
    specials = ["<unk>", "<｜begin▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>", "<think>", "</think>"]
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(["What is 1 + 2 ?", "Let's think step by step and output the final answer within \\boxed{}."],
                            trainers.WordLevelTrainer(special_tokens=specials))
    bos = "<｜begin▁of▁sentence｜>"  # like R1-distill's tokenizer, it adds BOS unless told not to
    tok.post_processor = processors.TemplateProcessing(single=f"{bos} $A", special_tokens=[(bos, tok.token_to_id(bos))])
    chat = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}<｜User｜>{{ m['content'] }}{% endif %}"
            "{% endfor %}{% if add_generation_prompt %}<｜Assistant｜><think>\n{% endif %}")
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<｜begin▁of▁sentence｜>", unk_token="<unk>",
                                   chat_template=chat if template else None)


def test_render_prompt_with_and_without_chat_template():
    r = {"id": "x", "problem": "What is 1 + 2?", "answers": ["3"], "source": "t"}
    assert data.render_prompt(tiny_tokenizer(), r) == (
        "<｜begin▁of▁sentence｜><｜User｜>What is 1 + 2? " + data.PROMPT_SUFFIX + "<｜Assistant｜><think>\n")
    assert data.render_prompt(tiny_tokenizer(False), r) == "What is 1 + 2? " + data.PROMPT_SUFFIX
    assert data.render_prompt(tiny_tokenizer(False), {**r, "prefill": "P"}).endswith(data.PROMPT_SUFFIX + "P")


def test_prepare_tokenizes_and_drops_long_prompts():
    tok = tiny_tokenizer()
    records = [rec(0, "What is 1 + 2?"), rec(1, "What is 1 + 2? " * 300), rec(2, "What is 2 + 1?")]
    kept, n_long = data.prepare(tok, records, max_prompt_tokens=1024)
    assert n_long == 1 and [r["id"] for r in kept] == ["t:0", "t:2"]
    ids = kept[0]["prompt_ids"]
    assert ids == tok(kept[0]["prompt"], add_special_tokens=False)["input_ids"]
    assert ids[0] == tok.bos_token_id and ids.count(tok.bos_token_id) == 1  # the template's BOS, no second one
    assert data.prepare(tok, records, max_prompt_tokens=len(ids))[1] == 1  # the limit itself is allowed
    assert data.prepare(tok, records, max_prompt_tokens=len(ids) - 1)[1] == 3
    small = [{"id": f"s:{i}", "problem": f"What is {i} + 1?", "answers": [str(i + 1)], "prefill": "</think>"}
             for i in range(8)]
    kept, n_long = data.prepare(tok, small)
    assert n_long == 0 and [r["id"] for r in kept] == [r["id"] for r in small]
    assert all(r["prompt"].endswith("<think>\n</think>") for r in kept)  # the prefill follows the template

# -------------------------------------------------------------------------------------------- sampling


def take(sampler, steps):
    return [sampler.next_batch() for _ in range(steps)]


def test_sampler_deterministic_epochs_and_drop_last():
    a, b = data.Sampler(10, 4, seed=3), data.Sampler(10, 4, seed=3)
    steps = take(a, 6)
    assert steps == take(b, 6) and steps != take(data.Sampler(10, 4, seed=4), 6)
    assert all(len(s) == 4 and len(set(s)) == 4 for s in steps)
    assert len(set(steps[0] + steps[1])) == 8  # an epoch never repeats an item; its last 2 are dropped
    assert a.state_dict() == {"epoch": 2, "cursor": 8, "seed": 3, "key": 0}
    whole = data.Sampler(8, 8)
    assert sorted(whole.next_batch()) == list(range(8)) and take(whole, 1)[0] != take(data.Sampler(8, 8), 1)[0]
    with pytest.raises(ValueError):
        data.Sampler(10, 4, world_size=3)
    with pytest.raises(ValueError):
        data.Sampler(3, 4)


def test_sampler_ranks_are_disjoint_shares_of_the_global_batch():
    single = take(data.Sampler(100, 8, seed=1), 20)
    ranks = [take(data.Sampler(100, 8, rank=r, world_size=4, seed=1), 20) for r in range(4)]
    for step in range(20):
        shares = [ranks[r][step] for r in range(4)]
        assert all(len(s) == 2 for s in shares)
        assert sum(shares, []) == single[step]  # disjoint, and together exactly the one-rank batch


def test_sampler_resume_is_exact_even_on_another_world_size():
    full = take(data.Sampler(50, 8, seed=7), 15)
    first = data.Sampler(50, 8, rank=0, world_size=2, seed=7)
    take(first, 9)
    state = json.loads(json.dumps(first.state_dict()))  # as a checkpoint stores it
    resumed = []
    for r in range(4):
        s = data.Sampler(50, 8, rank=r, world_size=4, seed=7)
        s.load_state_dict(state)
        resumed.append(take(s, 6))
    assert [sum((resumed[r][k] for r in range(4)), []) for k in range(6)] == full[9:]


def test_sampler_refuses_a_state_saved_for_other_items_or_seed():
    first = data.Sampler(50, 8, seed=7, key=11)
    take(first, 3)
    for other in (data.Sampler(50, 8, seed=8, key=11), data.Sampler(50, 8, seed=7, key=12)):
        assert not other.load_state_dict(first.state_dict()) and other.state_dict()["cursor"] == 0
    same = data.Sampler(50, 8, seed=7, key=11)
    assert same.load_state_dict(first.state_dict()) and take(same, 2) == take(first, 2)
