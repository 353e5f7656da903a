r"""Reward round 79: a WHITE-box audit for SLOW calls (every place sympy or mpmath does work that grows with the input,
each given the worst input the bounds let through, timed under a 60 s alarm), on the grader at 694e990.

Four slow mechanisms, all closed; no false positive. (1) The wide-space rule's backtracking (round 77 found it too):
`27` then 50 `~` then `+` ran past 60 s. (2) `_empty` asked sympy for the sign of an interval's width: ends that are
each fine but differ by an exact 0 in twelve roots (`\sqrt2+…+\sqrt{13}` against three denested forms) sent it into a
minimal polynomial for over 60 s; a constant width is now valued by our own walk, and one within 10^{-30} of 0 is
refused, as `_values` refuses such ends. (3) `\bmod`: sympy's `Mod` takes the whole part of the quotient, for over
60 s when it is 1 in disguise; a constant quotient is now checked as a floor is (refused when whole in disguise). (4) Γ
of a complex argument costs 15 ms at 600 digits, and a correct but absurd answer of 46 of them took 7.6 s; Γ of a
complex argument now has no value (so that correct row is a false negative by design). Held (under 0.2 s): box extraction on 60,000 braces and 15,000 boxes, the approx,
light, builder, `_ARITH`, `_TEXT` and digit-grouping regexes, `factor` in `_kinks` on degree-12 bases, real Γ chains.
"""
_R12 = "\\sqrt2+\\sqrt3+\\sqrt5+\\sqrt7+\\sqrt{11}+\\sqrt{13}"
_D3 = "\\sqrt{5+2\\sqrt6}+\\sqrt{12+2\\sqrt{35}}+\\sqrt{24+2\\sqrt{143}}"
_GAMMA = "".join(f"+\\Gamma({k}ix+1)-{k}ix\\Gamma({k}ix)" for k in range(1, 24)).replace("(1ix", "(ix").replace("-1ix", "-ix")


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT189 = [
    ("slow backtracking", "27", "27" + "~" * 36 + "+", 0),
    ("slow backtracking", "27", "27" + "~" * 50 + "+", 0),
    ("slow interval width", "(2,\\infty)", _R12 + " < x < " + _D3, 0),
    ("slow interval width", "(2,\\infty)", "x \\in (" + _R12 + ", " + _D3 + ")", 0),
    ("slow interval width", "(\\sqrt2, \\sqrt3)", "\\sqrt2 < x < \\sqrt3", 1),
    ("slow bmod", "42", "(" + _R12 + ") \\bmod (" + _D3 + ")", 0),
    ("slow bmod", "2", "8 \\bmod 3", 1),
    ("slow complex gamma", "x^3+3x-6", "x^3+3x-6" + _GAMMA, 1),
    ("slow complex gamma", "\\sqrt{\\pi}", "\\Gamma(\\frac12)", 1),
]
