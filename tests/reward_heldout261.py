r"""Reward round 115: a WHITE-box audit of EQUATIONS AND RELATIONS as golds and answers (`_rel_same`, `_ratio`, `_label`,
`_is_name`, the condition and interval readings), on the grader at a029836; every equation or inequality gold of the
data, about 120 probes, nothing over 0.05 s.

One mechanism, closed. An (in)equation scaled by a constant k = `_ratio` was accepted for any k that came out the same
at every point and was not exactly 0, so a factor that is 0 in disguise, `\ln(\cosh^2 2 - \sinh^2 2)` or `\sin(\pi
\cosh^2 2 - \pi \sinh^2 2)`, whose value is rounding noise (10^{-50}, then 10^{-160} in the second look), made `0 = 0`
stand for any line, plane, inequality or differential equation; now k must keep its size between the two looks.
Left (natural false negatives, below): an angle's name written without spaces (`\angle BEA_1` is one name, the gold's
`B E A_1` three), and an equation cleared of the gold's own denominators (`LC v_o'' + v_o = v_i`: k = LC is no number).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT261 = [
    ('relation-zero-factor', 'y = 2x + 3', '\\ln(\\cosh^2 2 - \\sinh^2 2)(y - 2x - 3) = 0', 0),
    ('relation-zero-factor', '5x - 7y + 11z + 4 = 0', '\\ln(\\cosh^2 2 - \\sinh^2 2)(5x - 7y + 11z + 4) = 0', 0),
    ('relation-zero-factor', 's^2 \\le 8r^2', '\\ln(\\cosh^2 2 - \\sinh^2 2)(s^2 - 8r^2) \\ge 0', 0),
    ('relation-zero-factor', '\\frac{dx}{dt} = kx - a', '\\ln(\\cosh^2 2 - \\sinh^2 2)\\frac{dx}{dt} = \\ln(\\cosh^2 2 - \\sinh^2 2)(kx - a)', 0),
    ('relation-zero-factor', '$f(x)=2 x$', '\\sin(\\pi \\cosh^2 2 - \\pi\\sinh^2 2)(f(x) - 2x) = 0', 0),
    ('natural, left', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_1 = 90^\\circ, \\angle AEB_1 = 90^\\circ', 1),
    ('natural, left', '$\\angle B E A_{1}=90$,$\\angle A E B_{1}=90$', '\\angle BEA_1 = 90, \\angle AEB_1 = 90', 1),
    ('natural, left', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', 'LC\\frac{d^2v_o}{dt^2} + v_o = v_i', 1),
    ('natural, left', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', 'LC\\ddot{v}_o + v_o = v_i', 1),
    ('natural, left', "x' + \\frac{r}{V}x - rc = 0", "V x' + r x = r c V", 1),
]
