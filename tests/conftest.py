"""Fixtures shared by every test: tiny model folders built once per run, and the math data."""
import os
import shutil
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
# The suite is a CPU suite, also on a GPU box (before torch is imported, and inherited by the
# torchrun/vLLM children): tests marked gpu opt in with NANOSCALER_GPU_TESTS=1 and skip without CUDA.
if os.environ.get("NANOSCALER_GPU_TESTS") != "1":
    os.environ["CUDA_VISIBLE_DEVICES"] = ""
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: torchrun, vLLM or a training loop; deselect with -m 'not slow'")
    config.addinivalue_line("markers", "gpu: needs CUDA and NANOSCALER_GPU_TESTS=1")


def pytest_collection_modifyitems(config, items):
    import torch
    if not torch.cuda.is_available():
        for item in items:
            if item.get_closest_marker("gpu"):
                item.add_marker(pytest.mark.skip(reason="needs CUDA (run with NANOSCALER_GPU_TESTS=1 on a GPU box)"))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A random Qwen2 (hidden 128, 2 layers, head_dim 32, untied) with the demo's tokenizer."""
    import demo
    return demo.make_tiny(str(tmp_path_factory.mktemp("tiny")))


@pytest.fixture
def model_halves(tiny_model, tmp_path):
    """Two broken model folders: the tiny model without its tokenizer files (transformers then makes an empty
    tokenizer, silently), and its tokenizer files alone."""
    no_tokenizer, no_weights = tmp_path / "no_tokenizer", tmp_path / "no_weights"
    no_tokenizer.mkdir()
    no_weights.mkdir()
    for f in os.listdir(tiny_model):
        shutil.copy(os.path.join(tiny_model, f), no_weights if "token" in f else no_tokenizer)
    return str(no_tokenizer), str(no_weights)


@pytest.fixture(scope="session")
def tiny_tied_model(tmp_path_factory):
    import demo
    return demo.make_tiny(str(tmp_path_factory.mktemp("tiny_tied")), tie=True, seed=1)


@pytest.fixture(scope="session")
def data_dir():
    path = os.environ.get("NANOSCALER_DATA", os.path.join(ROOT, "..", "shared", "data"))
    if not os.path.isdir(os.path.join(path, "test")):
        pytest.skip(f"math data not found at {path}: set NANOSCALER_DATA to a folder in the "
                    "../shared/data layout (test/*.json, train/*.json from the DeepScaleR release)")
    return path
