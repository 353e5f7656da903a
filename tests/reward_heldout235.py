r"""Reward round 102: a WHITE-box audit of the WHOLE FILE read afresh (every place that accepts something, and its
neighbours), on the grader at f5bcb85; every gold scanned for units read from letters, text golds with braces,
scientific golds and golds with words; nothing over 0.1 s.

No false positive. Left out as debatable: `12, 345` for 12345 (a digit group or two values), `5 +- 1` for 4, a
scientific gold without a point rounding at one digit (`2.6 \times 10^{8}` for `3 \times 10^{8}`), `cbad` for
`\text{CBAD}`. Natural false negatives: micrometres written `\mu m` (fixed), a gold `\mbox{four}` against 4 (a text
gold; left).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT235 = [
    ('natural, fixed', '50', '50\\,\\mu\\text{m}', 1),
    ('natural, fixed', '50', '50 \\mu\\mathrm{m}', 1),
    ('natural, fixed', '50', '50\\ \\mu m', 1),
    ('natural, fixed', '50', '50 µm', 1),
    ('natural, left (a text gold)', '\\mbox{four}', '4', 1),
]
