r"""Reward round 91: a WHITE-box audit of KINKS and PIECES (`_kinks`, `_blind_kink`, `_real_roots`, `_kink_points`), on
the grader at 3ece831; nothing over 0.1 s.

Two mechanisms, closed. (1) An even root of a square was a kink only where sympy wrote it as |u| or its base was a
polynomial, so `\sqrt{(\frac{1}{x-5}-1000)^2} + \frac{1}{x-5} - 1000`, 2u on (5, 5.001) and 0 elsewhere, had no kink and
no point looked there. Now an even root of a ratio of polynomials is factored into its kinks (`_unfold`), and one whose
squares cannot be computed is refused unless the gold holds the same root. (2) A lone kink of the answer's own whose
roots are not found (degree 10) passed when the fixed points saw both signs of its argument; a positive piece 10^{-6}
wide around a fixed point, times (x - p), hid there. Now such a kink is refused.
"""

def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT213 = [
    ('kink_hidden_pole', '22x-4', '22x-4+\\sqrt{(\\frac{1}{x-5}-1000)^2}+\\frac{1}{x-5}-1000', 0),
    ('kink_hidden_pole', '22x-4', '22x-4+\\sqrt[4]{(\\frac{1}{x-5}-1000)^4}+\\frac{1}{x-5}-1000', 0),
    ('kink_hidden_pole', '22x-4', '22x-4+\\sqrt{(\\frac{x}{x-5}-1000)^2}+\\frac{x}{x-5}-1000', 0),
    ('kink_hidden_pole', '10x', '10x+\\sqrt{(1-\\frac{1}{10^{6}(x-5)^2})^2}-1+\\frac{1}{10^{6}(x-5)^2}', 0),
    ('kink_lone_unrooted', '22x-4', '22x-4+(x-5.3-\\frac{\\sqrt{2}}{1000})(|10^{-6}-(x-5.3-\\frac{\\sqrt{2}}{1000})^{2}(x^{8}+1)|+10^{-6}-(x-5.3-\\frac{\\sqrt{2}}{1000})^{2}(x^{8}+1))', 0),
]
