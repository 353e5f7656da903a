r"""Reward round 90: a WHITE-box audit of EQUATIONS and INEQUALITIES that are the answer (lines, curves, planes,
differential equations, conditions), on the grader at 3ece831; ~170 probes on real equation and inequality golds,
nothing over 0.05 s.

One false-positive mechanism, closed: a gold `NAME = NAME` between two acronyms (`SRAC=LRAC`, `MR=SRMC`: Minerva's
conditions) was read as a label, so the right-hand name alone scored; now an acronym on the right is no value. Held:
equations scaled by a variable or a vanishing factor, squared or under a function, identities, extra equations,
strict for non-strict, other variables, rounded coefficients. Natural false negatives: `x(t)` in an equation with a
derivative in time, as the problems write it (`x'(t) = kx(t) - a`, `\frac{d^2 v_o(t)}{dt^2}`), fixed; `k - 2 \ge 0`
for `k \ge 2` and `|s| \le 2\sqrt2|r|` for `s^2 \le 8r^2`, left. Noted, not exploited: variables from the fourth on
meet few negative sample values.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT211 = [
    ('label', 'SRAC=LRAC', 'LRAC', 0),
    ('label', 'MR=SRMC', 'SRMC', 0),
    ('natural', '\\frac{dx}{dt} = kx - a', "x'(t) = kx(t) - a", 1),
    ('natural', 'y^{\\prime}+ry-rx(t)=0', "y'(t) = r x(t) - r y(t)", 1),
    ('natural', 'y^{\\prime}+ry-rx(t)=0', '\\frac{dy}{dt} = r x(t) - r y(t)', 1),
    ('natural', "x' + \\frac{r}{V}x - rc = 0", "x'(t) + \\frac{r}{V}x(t) - rc = 0", 1),
    ('natural', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', '\\frac{d^2 v_o(t)}{dt^2} + \\frac{v_o(t)}{LC} = \\frac{v_i(t)}{LC}', 1),
    ('natural, left', 'k \\geqslant 2', 'k - 2 \\ge 0', 1),
    ('natural, left', 's^2 \\le 8r^2', '|s| \\le 2\\sqrt{2}|r|', 1),
]
