"""Reward round 46 (a black-box attack on the grader at 989b04e, aimed at round 45's modulus rule and at periodic and
piecewise tricks): the false positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (545 queries,
slowest 0.05 s), labelling by tests/reward_contract.md. Every false positive has a discrete gold (factorial, binomial,
floor, modulus), whose values the grader can only compare at few integers: a modulus that reduces at n = 99 only,
where 99! hides +78 in its relative tolerance (n! + n - (n \\bmod 26)); a modulus or binomial that is 0 at every
compared integer (n!\\binom{n \\bmod 90}{26}, \\binom{|n|}{2000}, \\binom{n^2}{700}, \\binom{|n|}{200}^{500}); a binomial that
n! hides at n = 99 (n! + 10^{40}\\binom{n}{26}). Tried without a false positive: the modulus rule against continuous
golds (moduli 2 to 10^300, every context and spelling, real, tiny and symbolic moduli), min/max with large constants,
kinks, sgn, round, Iverson brackets, sin(10^6 x), cos(2πx), tiny or huge terms, very large numbers.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT131 = [
    ('mod-tolerance', 'n!', 'n! + n - (n \\bmod 26)', 0),
    ('mod-tolerance', 'n!', 'n! + n \\bmod 26 - n \\bmod 27', 0),
    ('mod-tolerance', 'n!', 'n! + 2^{n} - 2^{n \\bmod 26}', 0),
    ('mod-tolerance', 'n \\cdot n!', 'n\\cdot n! + n - (n \\bmod 26)', 0),
    ('mod-tolerance', '\\binom{2n}{n}', '\\binom{2n}{n} + |n| - (|n| \\bmod 100)', 0),
    ('mod-gap', 'n!', 'n! (1 + \\binom{n \\bmod 90}{26})', 0),
    ('mod-gap', 'n!', 'n! + \\binom{n \\bmod 90}{26}', 0),
    ('binom-vanish', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\binom{|n|}{2000}', 0),
    ('binom-vanish', 'n \\bmod 7', 'n \\bmod 7 + \\binom{|n|}{2000}', 0),
    ('binom-vanish', '\\binom{n}{2}', '\\binom{n}{2} + \\binom{n}{1500}\\binom{-n}{1500}', 0),
    ('binom-vanish', 'n!', 'n! (1 + \\binom{n}{100})', 0),
    ('binom-overflow', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\binom{n^2}{700}', 0),
    ('binom-overflow', 'n \\bmod 7', '(n \\bmod 7)(1 + \\binom{n^2}{700})', 0),
    ('binom-overflow', '\\binom{2n}{n}', '\\binom{2n}{n} + \\binom{n^2}{700}', 0),
    ('binom-overflow', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\binom{|n|}{30}\\binom{n^2}{700}', 0),
    ('binom-overflow', '\\lfloor n/2 \\rfloor', '\\lfloor n/2 \\rfloor + \\binom{|n|}{200}^{500}', 0),
    ('fact-gap', 'n!', 'n! + 10^{40}\\binom{n}{26}', 0),
    ('fact-gap', 'n!', 'n! + \\binom{n}{26}', 0),
    ('fact-gap', 'n! + 1', 'n! + 1 + \\binom{n}{26}', 0),
]
