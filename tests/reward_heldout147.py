"""Reward round 56 (a black-box attack on the grader at 16d3bc9, on what a policy discovers: hedges, approximations,
qualifiers, format tricks, multiple-choice games, and denial of service): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~20,000 timed
calls: a 140-pattern hedge generator over 70 real golds and ~3,000 hand probes; slowest 0.21 s, none over 1 s),
labelling by tests/reward_contract.md. Hedges, approximations, tricks and choices held. One mechanism: beside the
binomial gold \\binom{2n}{n}, a term that is 0 at every whole number below 100 (\\binom{|n|}{100}, \\binom{n+99}{199},
\\binom{n+100}{n-100}), since a gold that large is compared to the last digit only up to n ≈ 350 and the drawn points
lie below 100. Left out as debatable: nested boxes, boxes LaTeX would not show (after %, in \\iffalse), `12 345`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT147 = [
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{|n|}{100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}-\\binom{|n|}{100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{|n|}{101}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{|n|}{1000}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+2\\binom{|n|}{100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{|n|}{100}\\cdot 10^{50}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}\\cdot(1+\\binom{|n|}{100})', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}\\cdot(1+\\binom{|n|}{1000})', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\frac{(2n)!}{n!^2}(1+\\binom{|n|}{100})', 0),
    ('discrete', '$\\binom{2n}{n}$', '(2n)!/(n!)^2+\\binom{|n|}{100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}\\cdot(1+\\binom{n+99}{199})', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{n+100}{n-100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{2n}{n}\\binom{n}{100}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{2|n|}{200}', 0),
    ('discrete', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\binom{|n|}{100}+\\binom{|n|}{200}', 0),
]
