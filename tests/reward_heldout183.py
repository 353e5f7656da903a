r"""Reward round 76: a second WHITE-box audit (a helper read the parser and the comparison of the grader at 30274aa:
every `_Parser` method, `_analyse`, `_same`, `_expr_same`, `_agree`, `_hides`, and probed ~150 answers on real golds).

Four mechanisms; three closed, one left as debatable. (1) A gold in a base (`204_5`) may be answered by its digits, but
the test was the sympy string of the answer's value, so `4 \cdot 51` and `9999+2` (for `10001_2`) passed: now the
answer must be bare digits or itself in a base. (2) A quotient whose symbols cancel is a name (`\frac{dv}{dt}`), and
`\frac{2x}{x} = 7` was read as a name equal to 7 although it says 2 = 7: a cancelled quotient that leaves a number
names nothing. (3) A mixed number whose fraction carries a power, `2\frac12^2`, was 2 + 1/4, neither reading of what is
written: refused. Left: an open-interval gold read as a point (`x = -6, y = 1` and `x_1 = -6, x_2 = 1` for `(-6, 1)`);
set 141 labels `x_1=5, x_2=2` for `(5,2)` 1, and refusing subscripted lists against a tuple moved five such rows, so the
two readings stay. Also debatable: a decimal tuple gold read at its own precision (`[5.84,6)` for `[5.8,6)`), `3, 500`
as 3500, `0.5(3)` as 8/15, `(3)4` as 12. No call over 2 s (the slowest, 1.34 s: 60 labelled roots against 60 values).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT183 = [
    ("base digits as an expression", "204_5", "4 \\cdot 51", 0),
    ("base digits as an expression", "10001_2", "9999+2", 0),
    ("base digits as an expression", "4343_6", "7 \\cdot 620 + 3", 0),
    ("base digits as an expression", "2516_8", "9 \\cdot 279 + 5", 0),
    ("base digits as an expression", "204_5", "204", 1),
    ("cancelled quotient as a label", "7", "\\frac{2x}{x} = 7", 0),
    ("cancelled quotient as a label", "10", "\\frac{x}{2x} = 10", 0),
    ("mixed number to a power", "\\frac{9}{4}", "2\\frac{1}{2}^{2}", 0),
    ("mixed number to a power", "\\frac{5}{4}", "1\\frac{1}{2}^{2}", 0),
    ("mixed number to a power", "\\frac{10}{9}", "1\\frac{1}{3}^2", 0),
    ("mixed number to a power", "\\frac{5}{2}", "2\\frac{1}{2}", 1),
]
