"""Reward round 42 (a black-box attack on the grader at 79eae62, notation with several meanings): the false
positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (313 queries,
slowest 0.59 s), labelling by tests/reward_contract.md. One family: \\cot^{-1}, \\sec^{-1} and \\csc^{-1} read as
reciprocals (tan, cos, sin) where standard notation, as for \\sin^{-1}, means arccot, arcsec and arccsc. Tried without
a false positive: powers vs compositions of logs, complex conjugates and parts, integer part and norms, gcd/lcm as
pairs, subfactorials, binomial notations (C_n^k, A_n^k), matrix operations, set sizes, modular arithmetic, calculus
operators, log bases, Russian function names, physics notation on Minerva golds. Left out as debatable: `[\\frac72]`
(integer part or grouping), `\\{\\frac72\\}` (fractional part or a set), `3^{-1} \\bmod 7`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT125 = [
    ('invtrig_reciprocal', '1', '\\cot^{-1}(\\pi/4)', 0),
    ('invtrig_reciprocal', '\\frac{1}{2}', '\\csc^{-1}(\\pi/6)', 0),
    ('invtrig_reciprocal', '\\sqrt{3}', '\\cot^{-1}(\\pi/3)', 0),
    ('invtrig_reciprocal', '\\sqrt{3}', '\\cot^{-1}\\frac{\\pi}{3}', 0),
    ('invtrig_reciprocal', '\\frac{1}{2}', '\\sec^{-1}(\\pi/3)', 0),
    ('invtrig_reciprocal', '\\frac{\\sqrt{3}}{2}', '\\csc^{-1}(\\pi/3)', 0),
    ('invtrig_reciprocal', '\\tan x', '\\cot^{-1} x', 0),
    ('invtrig_reciprocal', '\\tan x', '\\cot^{-1}(x)', 0),
    ('invtrig_reciprocal', '\\cos x', '\\sec^{-1} x', 0),
    ('invtrig_reciprocal', '\\sin x', '\\csc^{-1}(x)', 0),
    ('invtrig_reciprocal', '1', '\\cot^{-1}\\left(\\frac{\\pi}{4}\\right)', 0),
    ('invtrig_reciprocal', '1', '\\operatorname{cot}^{-1}(\\pi/4)', 0),
    ('invtrig_reciprocal', '\\frac{\\sqrt{3}}{3}', '\\cot^{-1}(\\pi/6)', 0),
    ('invtrig_reciprocal', '\\cot x', '\\frac{\\sec^{-1} x}{\\csc^{-1} x}', 0),
    ('invtrig_reciprocal', '\\cot x', '\\frac{\\cos x}{\\csc^{-1}x}', 0),
    ('invtrig_reciprocal', '\\cot x', '\\frac{1}{\\cot^{-1}x}', 0),
    ('invtrig_reciprocal', '-\\sqrt{3}', '\\cot^{-1}\\left(-\\frac{\\pi}{3}\\right)', 0),
    ('invtrig_reciprocal', '\\frac{\\sqrt{3}}{3}', '\\cot^{-1}\\frac{\\pi}{6}', 0),
    ('invtrig_reciprocal', '\\frac{\\sqrt{3}}{3}', '\\cot^{- 1}(\\pi/6)', 0),
    ('invtrig_reciprocal', '\\frac{\\sqrt{3}}{3}', '\\cot ^{-1} (\\pi/6)', 0),
    ('invtrig_reciprocal', '\\frac{1}{2}', '\\mathrm{csc}^{-1}(\\pi/6)', 0),
    ('invtrig_reciprocal', '\\frac{1}{2}', '\\csc^{-1}\\left(\\frac{\\pi}{6}\\right)', 0),
    ('invtrig_reciprocal_realgold_minerva', 'x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin (\\omega t)\n', 'x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\csc^{-1} (\\omega t)', 0),
    ('invtrig_reciprocal_realgold_minerva', 'x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin (\\omega t)\n', 'x_{0} \\sec^{-1} (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\csc^{-1} (\\omega t)', 0),
    ('invtrig_reciprocal', '-\\sqrt{3}', '\\sec^{-1}(\\pi/3)\\cdot\\cot^{-1}(-\\pi/3)\\cdot 2', 0),
    ('invtrig_reciprocal', '\\sqrt{5}', '\\csc^{-1}(\\pi/2)\\sqrt{5}', 0),
]
