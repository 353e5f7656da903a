r"""Reward round 109: a WHITE-box audit of readings tried one after another (digit groups, `and`/`or`/commas, sets,
unions, labels, list golds whose strings are alternatives), on the grader at daecdf0; 26 families of hedges and
conditions over every distinct real gold (~180,000 calls), nothing over 2 s.

Two mechanisms, closed. (1) Whether conditions join by `and` or `or` was read from the raw answer, so an `or` inside a
`\phantom` (which prints nothing) or a subscript let `x > 2, x > 5` stand for their union; now only the connectives a
reader sees count. (2) A list gold's strings were alternatives each on its own, so the bare `15000` beside `15000
\text{ kcal m}^{-2} \text{yr}^{-1}` accepted any unit; now an answer's unit must be one of the list's.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT249 = [
    ('hidden_or_union', '(2,\\infty)', 'x > 2, x > 5\\vphantom{or}', 0),
    ('hidden_or_union', '(-\\infty,\\infty)', 'x > 2, x < 7\\vphantom{or}', 0),
    ('hidden_or_union', '(0,\\infty)', 'x > 0, x > 1\\vphantom{or}', 0),
    ('hidden_or_union', '(-\\infty,-5)', 'x < -5, x < -6\\phantom{or}', 0),
    ('hidden_or_union', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x < 0, x = 1\\vphantom{or}', 0),
    ('list_gold_unit', ['15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n', '15000\n'], '15000 \\text{ kcal m}^{-2} \\text{day}^{-1}', 0),
    ('list_gold_unit', ['15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n', '15000\n'], '15000 \\text{ J m}^{-2} \\text{yr}^{-1}', 0),
    ('list_gold_unit', ['6.43 \\times 10^{16}', '6.43 \\times 10^{16} \\text{ cm}^{-3}'], '6.43 \\times 10^{16} \\text{ m}^{-3}', 0),
    ('list_gold_unit', ['4.4677 \\times 10^{14} Hz\n', '4.4677 \\times 10^{14}\n'], '4.4677 \\times 10^{14} \\text{ kHz}', 0),
    ('list_gold_unit', ['4.4677 \\times 10^{14} Hz\n', '4.4677 \\times 10^{14}\n'], '4.4677 \\times 10^{14} \\text{ s}', 0),
]
