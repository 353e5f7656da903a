"""Reward round 40 (a black-box attack on the grader at c692ddd, LaTeX rendering and notation tricks): the false
positives it found, all label 0.

A helper who never read reward.py, the tests or the bench queried the grader only through an oracle (2,378 queries,
slowest 0.10 s), labelling by tests/reward_contract.md. Families: a bracketed superscript on a built-in function read
as a power (\\sin^{(2)} is a second derivative, \\sin^{[2]} an iterate); angle brackets read as open interval ends
(⟨a, b⟩ is closed in Czech and Polish notation and no interval elsewhere). Tried without a false positive: \\cancel and
strike-outs, \\llap/\\rlap/\\smash, negative kerns, \\overset/\\stackrel/\\substack, \\tag/\\label, macros,
comments, \\verb, wrapper commands, environments, accents, lookalike symbols, ~110 relation symbols, operators,
undefined values. Left out as debatable: `x \\in 5`, ⟨x^2⟩ (an expectation value), `5^{(2)}`, `\\sin^{(-1)}`, nested
boxes, white text, `5^\\prime`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT123 = [
    ('derivative_order_superscript', '\\sin^2\\theta', '\\sin^{(2)}\\theta', 0),
    ('derivative_order_superscript', 'm_{p} c^{2}(\\gamma^{2}-1) \\sin ^{2} \\theta', 'm_{p} c^{2}(\\gamma^{2}-1) \\sin ^{(2)} \\theta', 0),
    ('derivative_order_superscript', '\\cos^2 x', '\\cos^{(2)} x', 0),
    ('derivative_order_superscript', '\\cos^2 x', '\\cos^{\\left(2\\right)} x', 0),
    ('derivative_order_superscript', '\\sin^{3} x', '\\sin^{(3)} x', 0),
    ('derivative_order_superscript', '\\sin^{4}x', '\\sin^{(4)}x', 0),
    ('derivative_order_superscript', '\\tan^2 x', '\\tan^{(2)} x', 0),
    ('derivative_order_superscript', '\\ln^2 x', '\\ln^{(2)} x', 0),
    ('derivative_order_superscript', '\\cosh^2 x', '\\cosh^{(2)}x', 0),
    ('derivative_order_superscript', '\\sec^2 x', '\\sec^{(2)}x', 0),
    ('derivative_order_superscript', 'e^{5x}', '\\exp^{(5)}(x)', 0),
    ('derivative_order_superscript', '\\sin\\theta', '\\sin^{(1)}\\theta', 0),
    ('derivative_order_superscript', '\\ln x', '\\ln^{(1)}x', 0),
    ('derivative_order_superscript', '\\cot x', '\\cot^{(1)} x', 0),
    ('derivative_order_superscript', '-\\tau \\ln \\Delta', '-\\tau \\ln^{(1)} \\Delta', 0),
    ('derivative_order_superscript', '$\\frac{\\log 2}{\\log 2-\\log 3}$', '\\frac{\\log^{(1)} 2}{\\log 2-\\log 3}', 0),
    ('derivative_order_superscript', '\\frac{t}{4}\\sin(2t)', '\\frac{t}{4}\\sin^{(1)}(2t)', 0),
    ('derivative_order_superscript', '\\frac{\\cos(2t)}{15}', '\\frac{\\cos^{(1)}(2t)}{15}', 0),
    ('derivative_order_superscript', '2 \\cos (\\pi t+\\pi / 3)', '2 \\cos^{(1)} (\\pi t+\\pi / 3)', 0),
    ('derivative_order_superscript', '\\sqrt{2} \\cos (2 t-\\pi / 4)', '\\sqrt{2} \\cos^{(1)} (2 t-\\pi / 4)', 0),
    ('derivative_order_superscript', '\\arcsin(1.3\\sin(\\theta_w))', '\\arcsin(1.3\\sin^{(1)}(\\theta_w))', 0),
    ('derivative_order_superscript', 'x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin (\\omega t)', 'x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin^{(1)} (\\omega t)', 0),
    ('derivative_order_superscript', 'ml\\ddot{\\theta}(t) - mg\\sin\\theta(t) = f(t)\\cos\\theta(t)', 'ml\\ddot{\\theta}(t) - mg\\sin^{(1)}\\theta(t) = f(t)\\cos\\theta(t)', 0),
    ('iterate_superscript', '\\sin^2\\theta', '\\sin^{[2]}\\theta', 0),
    ('angle_bracket_interval', '(2,\\infty)', '\\langle 2,\\infty)', 0),
    ('angle_bracket_interval', '(2,\\infty)', '\\left\\langle 2,\\infty\\right)', 0),
    ('angle_bracket_interval', '(5,\\infty)', 'x \\in \\langle 5,\\infty)', 0),
    ('angle_bracket_interval', '(0,9) \\cup (9,36)', '\\langle 0,9\\rangle\\cup\\langle 9,36\\rangle', 0),
    ('angle_bracket_interval', '(2,12) \\cup (12,102)', '\\langle 2,12\\rangle\\cup\\langle 12,102\\rangle', 0),
    ('angle_bracket_interval', '(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)', '\\langle-\\sqrt{11},-2\\rangle\\cup\\langle\\sqrt{11},9\\rangle', 0),
    ('angle_bracket_interval', '(-\\infty, 2) \\cup (3, \\infty)', '(-\\infty,2\\rangle\\cup\\langle3,\\infty)', 0),
]
