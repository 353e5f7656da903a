r"""Reward round 93: a WHITE-box audit of POWERS and ROOTS of expressions in the variables (fractional and symbolic
exponents, odd and even roots, principal against real roots, exponent laws that fail for negatives), on the grader at
c3fdfdb; ~35 probes on real golds with roots, nothing over 0.05 s.

No false positive: hidden kinks in even roots stay refused however the 1/2 is written, and the branch skip let
through only answers right under the contract. Three natural false negatives, one cause, fixed: an odd root of a
power was principal, `(M^2)^{1/3}`, real at M < 0 where the gold's `M^{2/3}` is complex; now `\sqrt[3]{M^2}` is
`M^{2/3}` (and `\sqrt[3]{x^3}` is x, as three independent sets labelled it).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT217 = [
    ('natural', '\\frac{a M^{1/3}}{G M^{2/3}+b}\n', '\\frac{a\\sqrt[3]{M}}{G\\sqrt[3]{M^2}+b}', 1),
    ('natural', '\\frac{a M^{1/3}}{G M^{2/3}+b}\n', '\\frac{a\\sqrt[3]{M}}{b+G\\sqrt[3]{M^2}}', 1),
    ('natural', '\\left[P_{0}^{2 / 5}-\\frac{2}{5} g K^{-3 / 5} z\\right]^{5 / 2}', '\\left(P_0^{2/5}-\\frac{2gz}{5\\sqrt[5]{K^3}}\\right)^{5/2}', 1),
]
