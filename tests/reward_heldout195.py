r"""Reward round 82: a WHITE-box audit of NUMBERS as a policy writes them (decimals against exact golds, the precision of
inexact golds, scientific notation, percents, repeating decimals, mixed numbers, thousands separators, bases), on the
grader at cd17e0d; ~150 hand-made probes and a fuzz of ~3,800 wrong values and dressings over 230 real golds, nothing
over 0.04 s.

One false-positive mechanism, closed: the repeating-decimal rule read `\bar 36` (TeX's bar over the 3 alone, 0.3̄6) as
a bar over 36, so `0.\bar 36` scored for 4/11 while `0.\bar{3}6` did not; now an unbraced bar or dot covers one digit.
Held: tolerance comes from the gold alone (nothing in an answer made an exact gold inexact), rounding at the gold's
own digits, percents, two numbers at once. Two natural false negatives, fixed: British dots over the first and last
digit of the repeat (`0.\dot{3}\dot{6}`), and thousands grouped by one TeX space (`22~500`, `22\ 500`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT195 = [
    ('repeating bar without braces', '\\frac{4}{11}', '0.\\bar 36', 0),
    ('repeating bar without braces', '\\frac{10}{11}', '0.\\bar 90', 0),
    ('repeating bar without braces', '\\frac{16}{27}', '0.\\bar 592', 0),
    ('repeating bar without braces', '\\frac{43}{99}', '0.\\dot 43', 0),
    ('repeating bar without braces', '\\frac{28}{99}', '0.\\dot 28', 0),
    ('natural', '\\frac{4}{11}', '0.\\dot{3}\\dot{6}', 1),
    ('natural', '\\frac{28}{99}', '0.\\dot{2}\\dot{8}', 1),
    ('natural', '22,500', '22~500', 1),
    ('natural', '22,500', '22\\ 500', 1),
]
