"""Reward round 45 (a black-box attack on the grader at 3724dd4: modular arithmetic, complex forms, named operators,
calculator output, sequences): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (1,168 queries,
slowest 0.07 s), labelling by tests/reward_contract.md. One family: u \\bmod m with a variable in u, accepted whenever
the reduction changes nothing at the sample points (x^2 \\bmod 1000, a centred (x+50) \\bmod 100 - 50, in labels,
tuples and two variables). Tried without a false positive: complex numbers (forms, conjugates, branches), max/min,
binomials, argument grabbing (\\frac 123), logs and inverse trig, matrices, infinity, repeating decimals, written-out
derivatives and integrals, response formats. Left out as debatable, then refused anyway after the round:
`x \\equiv 10 \\mod 7` for 3 (a class), `7\\pi \\bmod 2\\pi` read as (7π mod 2)π, `2^{-1} \\bmod 7` for 1/2, `10 \\bmod -7`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT129 = [
    ('modular', 'x^2', 'x^2 \\bmod 1000', 0),
    ('modular', '|x|', '|x| \\bmod 100', 0),
    ('modular', 'e^x', 'e^x \\bmod 10^6', 0),
    ('modular', '2^n', '2^n \\bmod 10^{9}', 0),
    ('modular', '\\binom{n}{2}', '\\binom{n}{2}\\bmod 10^9', 0),
    ('modular', 'x', '(x+50) \\bmod 100 - 50', 0),
    ('modular', '\\sin x', '\\sin((x+50) \\bmod 100 - 50)', 0),
    ('modular', 'x^3', '((x^3+10^6) \\bmod (2\\cdot 10^6)) - 10^6', 0),
    ('modular', 'y=x^2', 'y = x^2 \\mod 1000', 0),
    ('modular', '(x^2, x^3)', '(x^2 \\bmod 1000, x^3)', 0),
    ('modular', 'x^2+y^2', '(x^2+y^2) \\bmod 10^{10}', 0),
]
