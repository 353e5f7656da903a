"""Reward round 65 (a black-box attack on the grader at 61ed0e9, aimed at the session's three new rules: a derivative in
time in Leibniz's, Newton's and Lagrange's notation; TeX's {:} as a colon; powers in a label's names): the false
positives it found (label 0) and the natural false negatives it listed (label 1).

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (~750 calls, no
call over 1 s), labelling by tests/reward_contract.md. Four mechanisms: a polynomial in one unknown taken for a label
(x^2 + x = 6 names no 6; older than the power rule for squares); a gold curve taken for a label (x^2 + y^2 = 1 and
y^2 = 4x answered by their right sides; older too); a derivative at a point (x'(1)); and a Lagrange argument dropped
(f'(x) matched by a derivative in t). The {:} rule held. Left out as debatable: x^2 = 5 and 1/x = 5 as labels, a
gold's labelled derivative answered by its value (f'(x) = 2x by 2x), r:R = 11:21, dt and td.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT161 = [
    ('power-label-one-unknown', '6', 'x^2 + x = 6', 0),
    ('power-label-one-unknown', '42', 'n^2 + n = 42', 0),
    ('power-label-one-unknown', '2, 3', 'x^2+x = 2, 3', 0),
    ('power-label-one-unknown', '10^{100}', 'x^9+x = 10^{100}', 0),
    ('power-label-one-unknown', '6', 'x^9+x^8+x^7+x^6+x^5+x^4+x^3+x^2+x = 6', 0),
    ('gold-curve-as-label', 'x^2+y^2=1', '1', 0),
    ('gold-curve-as-label', 'x^2+y^2=25', '25', 0),
    ('gold-curve-as-label', 'x^2 - y^2 = 1', '1', 0),
    ('gold-curve-as-label', 'y^2 = 4x', '4x', 0),
    ('gold-curve-as-label', 'x^2+x=6', '6', 0),
    ('derivative-at-symbolic-point', '\\frac{dx}{dt} = kx - a', "x'(a) = kx - a", 0),
    ('derivative-at-symbolic-point', '\\frac{dx}{dt} = kx - a', '\\dot x(k) = kx - a', 0),
    ('derivative-at-symbolic-point', 'm \\frac{d v}{d t}+b v=f', "m v'(m) + bv = f", 0),
    ('derivative-at-symbolic-point', 'ml\\ddot{\\theta}(t) - mg\\sin\\theta(t) = f(t)\\cos\\theta(t)', "ml\\theta''(g) - mg\\sin\\theta(t) = f(t)\\cos\\theta(t)", 0),
    ('derivative-at-symbolic-point', '\\frac{dx}{dt} = kx - a', "x'(1) = kx - a", 0),
    ('lagrange-argument-ignored', "f'(x)=2x", '\\frac{df}{dt}=2x', 0),
    ('lagrange-argument-ignored', "y'(x)=2x", '\\frac{dy}{dt}=2x', 0),
    ('lagrange-argument-ignored', "f'(x) = f(x)", "f'(t) = f(x)", 0),
    ('lagrange-argument-ignored', "f'(x)", "f'(a)", 0),
    ('lagrange-argument-ignored', "f''(x) = -f(x)", "f''(a) = -f(x)", 0),
    ('natural', 'm \\frac{d v}{d t}+b v=f', '\\frac{dv}{dt} = \\frac{f - bv}{m}', 1),
    ('natural', '\\frac{d^{2} v_{o}}{d t^{2}}+\\frac{v_{o}}{L C}=\\frac{v_{i}}{L C}', 'LC\\ddot v_o + v_o = v_i', 1),
    ('natural', 'y^{\\prime}+ry-rx(t)=0', "y'(t) + ry(t) - rx(t) = 0", 1),
    ('natural', '\\frac{dx}{dt} = kx - a', 'x^{\\prime}(t) = kx(t) - a', 1),
    ('natural', '\\frac{dx}{dt} = kx - a', '\\frac{d}{dt}x = kx - a', 1),
    ('natural', '\\frac{dx}{dt} = kx - a', 'ẋ = kx - a', 1),
    ('natural', "y'(x)=2x", '\\frac{dy}{dx}=2x', 1),
    ('natural', "f'(x)", '\\frac{df}{dx}', 1),
    ('natural', '\\dot x(0) = 5', "x'(0) = 5", 1),
    ('natural', '0.\\dot{1}\\dot{2}', '\\frac{4}{33}', 1),
]
