r"""Reward round 107: a WHITE-box audit of numbers (decimals against exact golds, decimal golds rounding at their own
digits, scientific notation, percent, repeating decimals, separators and digit groups, mixed numbers, unicode digits,
`\approx` golds), on the grader at 9499e99; the rounding band checked against an independent half-up rounding on 213
real decimal and scientific golds with 26 candidates each (no mismatch); nothing over 0.04 s.

No false positive. One natural false negative, left: `56` for the gold `0.56 = 56\%` (a relation gold reads its own %
as /100, so a bare 56 is never compared with its percent side). Debatable, left out: decimal ends of interval golds
round at their digits; `1, 234` is 1234; `007` is 7.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT245 = [
    ('natural, left', '0.56 = 56\\%', '56', 1),
]
