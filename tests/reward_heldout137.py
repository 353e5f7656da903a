"""Reward round 49 (a black-box attack on the grader at 3f97097, aimed at round 48's rule): the false positives it
found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~2,900 queries,
slowest 0.43 s), labelling by tests/reward_contract.md and checking each row by exact arithmetic at a witness integer.
Two families of terms that are 0 at every whole number but one residue class, beside a discrete gold: differences of
floors of linear (or quadratic) arguments with a period of their own, \\lfloor \\frac{n+r+1}{d} \\rfloor -
\\lfloor \\frac{n+r}{d} \\rfloor (nested, signed, in two variables; accepted in 118 of 128 tries over 16 floor golds for
d from 500 to 10^5); and the parity or residue of a binomial read through a cosine, \\frac{1-\\cos(\\pi\\binom{n+r}{63})}{2}
(1 on one class in 64, by Lucas' theorem), beside factorial and central binomial golds. No call over 2 s.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT137 = [
    ('A1_floor_difference_bump', '\\lfloor \\frac{n}{2}\\rfloor', '\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\frac{n+136}{1000}\\rfloor - \\lfloor \\frac{n+135}{1000}\\rfloor', 0),
    ('A1_floor_difference_bump', '\\binom{n}{\\lfloor n/2\\rfloor}', '\\binom{n}{\\lfloor n/2\\rfloor}+\\lfloor \\frac{n+283}{1000}\\rfloor - \\lfloor \\frac{n+282}{1000}\\rfloor', 0),
    ('A1_floor_difference_bump', '\\lfloor \\frac{n^2}{4}\\rfloor', '\\lfloor \\frac{n^2}{4}\\rfloor+1+\\lfloor \\frac{n+196}{4096}\\rfloor - \\lceil \\frac{n+196}{4096}\\rceil', 0),
    ('A1_floor_difference_bump', '\\lfloor n/2\\rfloor', '\\lfloor n/2\\rfloor+\\lfloor \\frac{n+99993}{100003}\\rfloor - \\lfloor \\frac{n+99992}{100003}\\rfloor', 0),
    ('A2_nested_floor_bump', '\\lfloor \\frac{n}{2}\\rfloor', '\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\lfloor \\frac{n+160}{25}\\rfloor /25\\rfloor - \\lfloor \\lfloor \\frac{n+159}{25}\\rfloor /25\\rfloor', 0),
    ('A2_nested_floor_bump', '\\lceil \\frac{n}{2}\\rceil', '\\lceil \\frac{n}{2}\\rceil+\\lfloor \\lfloor \\frac{n+123}{32}\\rfloor /40\\rfloor - \\lfloor \\lfloor \\frac{n+122}{32}\\rfloor /40\\rfloor', 0),
    ('A3_quadratic_floor_bump', '\\lfloor \\frac{n}{2}\\rfloor', '\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\frac{n^2+147}{997}\\rfloor - \\lfloor \\frac{n^2+146}{997}\\rfloor', 0),
    ('A3_quadratic_floor_bump', '\\lfloor \\frac{n^2}{4}\\rfloor', '\\lfloor \\frac{n^2}{4}\\rfloor+\\lfloor \\frac{n^2+23}{101}\\rfloor - \\lfloor \\frac{n^2+22}{101}\\rfloor', 0),
    ('A4_signed_floor_bump', '\\lfloor n/2\\rfloor', '\\lfloor n/2\\rfloor+\\frac{(-1)^{\\lfloor \\frac{n+1203}{2048}\\rfloor}-(-1)^{\\lfloor \\frac{n+1204}{2048}\\rfloor}}{2}', 0),
    ('A4_signed_floor_bump', '\\lfloor \\frac{n}{3}\\rfloor', '\\lfloor \\frac{n}{3}\\rfloor+\\frac{(-1)^{\\lfloor \\frac{n+700}{1000}\\rfloor}-(-1)^{\\lfloor \\frac{n+701}{1000}\\rfloor}}{2}', 0),
    ('B1_binomial_parity_cos', 'n!', 'n!+\\frac{1-\\cos(\\pi\\binom{n+121}{63})}{2}', 0),
    ('B1_binomial_parity_cos', '\\binom{2n}{n}', '\\binom{2n}{n}+\\frac{1}{2}-\\frac{1}{2}\\cos(\\binom{n+99}{63}\\pi)', 0),
    ('B1_binomial_parity_cos', '(n+1)!', '(n+1)!+\\frac{1-\\cos(\\pi\\binom{n+85}{63})}{2}', 0),
    ('B1_binomial_parity_cos', '\\frac{1}{n+1}\\binom{2n}{n}', '\\frac{1}{n+1}\\binom{2n}{n}+\\frac{1}{2}-\\frac{1}{2}\\cos(\\binom{n+109}{63}\\pi)', 0),
    ('B1_binomial_parity_cos', '(2n)!', '(2n)!+\\frac{1-\\cos(\\pi\\binom{n+121}{63})}{2}', 0),
    ('B2_power_of_two_indicator_cos', 'n!', 'n!+\\frac{1-\\cos(\\pi\\binom{2n+107}{n+53})}{2}', 0),
    ('B2_power_of_two_indicator_cos', '(2n)!', '(2n)!+\\frac{1-\\cos(\\pi\\binom{2n+115}{n+57})}{2}', 0),
    ('B2_power_of_two_indicator_cos', '(n+1)!', '(n+1)!+\\frac{1-\\cos(\\pi\\binom{2n+105}{n+52})}{2}', 0),
    ('B1_binomial_parity_cos', 'm!n!', 'm!n!+\\frac{1-\\cos(\\pi\\binom{m+74}{63})}{2}', 0),
    ('A1_floor_difference_bump', '\\lfloor \\frac{m}{2}\\rfloor+\\lfloor \\frac{n}{2}\\rfloor', '\\lfloor \\frac{m}{2}\\rfloor+\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\frac{m+412}{1000}\\rfloor - \\lfloor \\frac{m+411}{1000}\\rfloor', 0),
    ('B3_ternary_binomial_cos', 'n!', 'n!+\\frac{2}{3}(1-\\cos(\\frac{2\\pi}{3}\\binom{n+34}{26}))', 0),
    ('B3_ternary_binomial_cos', '(2n)!', '(2n)!+\\frac{2-2\\cos(\\frac{2\\pi}{3}\\binom{n+41}{80})}{3}', 0),
    ('B3_ternary_binomial_cos', '(n+1)!', '(n+1)!+\\frac{2-2\\cos(\\frac{2\\pi}{3}\\binom{n+50}{80})}{3}', 0),
]
