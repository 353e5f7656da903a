r"""Reward round 78: a fourth WHITE-box audit, of evaluation and bounds (`_num`, the second look, `_hides`, the sample
points, `_rounds_to`, every MAX_* bound), on the grader at 694e990.

Two mechanisms, both closed, and a slow input found while fixing them. (1) A gap made by squaring: cos(2π(1 − η)) is
1 − 2π²η², so seven nested `\cos(2\pi …)` around 0.999 are 1 − 3·10^{-220} while every value met is near 1 or 2π; the
second look stayed at 168 digits and both sides agreed there. Now periodic functions nest at most two deep (19 nested
cosines also took sympy 90 s to build, past the 2 s every call must keep), and the gap taken at two depths (round 75) is taken
at the first sample point too where the gold has symbols. (2) `_hides` refused an inverse trigonometric function of a trigonometric
one the gold lacks (`100\arcsin(\sin\frac{x}{100})`), but not `\sec^{-1}`, `\csc^{-1}` or `\cosh^{-1}(\cosh u) = |u|`,
which fold the line as well: scaled by 10^4 the fold lay past every sample point. Held: `_rounds_to` and the digits of
inexact golds, `_whole_differs` and the discrete rules, `_kept`/`_lost`/`_div`, the bound on periodic arguments; no
call over 0.2 s apart from the nested cosines.
"""
_C7 = "\\cos(2\\pi \\cos(2\\pi \\cos(2\\pi \\cos(2\\pi \\cos(2\\pi \\cos(2\\pi \\cos(2\\pi 0.999)))))))"


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT187 = [
    ("gap made by squaring", "1", _C7, 0),
    ("gap made by squaring", "0", _C7 + "-1", 0),
    ("gap made by squaring", "\\frac{1}{2}", "\\frac{1}{2}" + _C7, 0),
    ("gap made by squaring", "\\pi", "\\pi " + _C7, 0),
    ("gap made by squaring", "x^3+3x-6", "(x^3+3x-6)" + _C7, 0),
    ("gap made by squaring", "1", "\\cos(2\\pi\\cos(10^{-80}))", 0),
    ("gap made by squaring", "x^3+3x-6", "(x^3+3x-6)\\cos(2\\pi \\cos(10^{-80}))", 0),
    ("gap made by squaring", "1", "\\cos(2\\pi\\cos(0))", 1),
    ("inverse that folds", "-13x+3", "-13 \\cdot 10000\\left(\\sec^{-1}\\left(\\sec\\left(\\frac{x}{10000}+1\\right)\\right)-1\\right)+3", 0),
    ("inverse that folds", "x^3+3x-6", "\\left(10000\\csc^{-1}\\left(\\csc\\frac{x}{10000}\\right)\\right)^3+3x-6", 0),
    ("inverse that folds", "15x - 80", "15 \\cdot 10000\\csc^{-1}\\left(\\csc\\frac{x}{10000}\\right) - 80", 0),
    ("inverse that folds", "-13x+3", "-13\\left(1000\\cosh^{-1}\\left(\\cosh\\left(\\frac{x}{1000}+3\\right)\\right)-3000\\right)+3", 0),
    ("inverse that folds", "x^3+3x-6", "\\left(1000\\cosh^{-1}\\left(\\cosh\\left(\\frac{x}{1000}+3\\right)\\right)-3000\\right)^3+3x-6", 0),
]
