r"""Reward round 116: a WHITE-box audit of the twenty-third session's changes, SECOND PASS (the diff again, after round
114's fixes and round 115's), on the grader at 74b4c39; nothing slow.

Two mechanisms, closed. (1) `text()` asks `_ARITH` what follows a unit before `_CLEAN` removes what prints nothing, and
`_BLANK` did not hold everything `_CLEAN` removes: null delimiters and sizes (`\big.`, `\right.`, a bare `\left`),
`\displaystyle`, `\limits`, `\color{..}`; so `3\text{ cm}\big.^2` read as 9 and `2\text{ ft}\color{blue}^{2}` as 4 feet.
(2) A unit below a bar counts as no unit of the answer only where an open brace, `\over` or `/(` stood before it; a
`/\left(`, `/\big(`, `/[` or `\div(` did not count, so `16/\left(2\text{ cm}\right)` (8 cm^-1) read as 8 cm.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT263 = [
    ('unit_null_delim_power', '9', '3\\text{ cm}\\big.^2', 0),
    ('unit_null_delim_power', '16', '4\\text{ in}\\big.^2', 0),
    ('unit_null_delim_power', '25', '5\\text{ m}\\Big.^2', 0),
    ('unit_null_delim_power', '4 \\text{ feet}', '2\\text{ feet}\\big.^2', 0),
    ('unit_null_delim_power', '4 \\text{ feet}', '2\\text{ ft}\\color{blue}^{2}', 0),
    ('unit_below_bar_left_paren', '8\\text{ cm}', '16/\\left(2\\text{ cm}\\right)', 0),
    ('unit_below_bar_left_paren', '8\\text{ cm}', '16/\\big(2\\text{ cm}\\big)', 0),
    ('unit_below_bar_left_paren', '8\\text{ cm}', '16/[2\\text{ cm}]', 0),
    ('unit_below_bar_left_paren', '8\\text{ cm}', '16\\div(2\\text{ cm})', 0),
    ('unit_below_bar_left_paren', '10\\text{ inches}', '20/\\left(2\\text{ inches}\\right)', 0),
]
