r"""Reward round 95: a WHITE-box audit of THIS SESSION'S CHANGES (the diff of reward.py since cd17e0d: box frames, dots
of repeating decimals, thousands spaces, names, degrees-minutes-seconds, `per`, units joined by `\cdot`, the branch
gate, the "too large" rule, inverse functions, drawn nudges, acronyms, `x(t)`, `_unfold`, odd roots, points past 100),
on the grader at 6de8b29; ~90 probes on real golds, nothing over 0.05 s.

Two mechanisms. (1) Closed: `_of_time` runs twice (before Leibniz's notation and after Newton's), and each pass took one
`(t)`, so `x(t)(t)`, x(t) times t, lost its t; now a `(t)` followed by a bracket is left alone. (2) LEFT OPEN (two rows
below score 1): beside a gold that holds an inverse trigonometric function, an added `\arctan u + \arctan\frac1u` with
u = 2001 - θ (a jump past every point) is not refused; refusing every new inverse function moved correct rows of set 49
(`\arcsin\frac{x}{\sqrt{1+x^2}}` for `\arctan x`). Only two golds of the data hold one (Minerva's
`\arcsin(1.3\sin\theta_w)`, an evaluation gold the trainer never rewards). Natural false negatives, left: a compound
unit below a fraction bar (`15000\frac{\text{kcal}}{\text{m}^2\cdot\text{yr}}`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT221 = [
    ('of time double pass', 'y^{\\prime}+ry-rx(t)=0', "y' + ry - rx(t)(t) = 0", 0),
    ('of time double pass', 'y^{\\prime}+ry-rx(t)=0', "y' + ry(t)(t) - rx(t)=0", 0),
    ('of time double pass', 'ml\\ddot{\\theta}(t) - mg\\sin\\theta(t) = f(t)\\cos\\theta(t)', 'ml\\ddot{\\theta}(t) - mg\\sin\\theta(t)(t) = f(t)\\cos\\theta(t)', 0),
    ('of time double pass', 'ml\\ddot{\\theta}(t) - mg\\sin\\theta(t) = f(t)\\cos\\theta(t)', "ml\\theta''(t) - mg\\sin\\theta(t) = f(t)(t)\\cos\\theta(t)", 0),
    ('inverse trig beside inverse gold, left open', '\\arcsin(1.3\\sin\\theta_w)', '\\arcsin(1.3\\sin\\theta_w) + \\arctan(2001-\\theta_w) + \\arctan\\frac{1}{2001-\\theta_w} - \\frac{\\pi}{2}', 0),
    ('inverse trig beside inverse gold, left open', '\\arcsin(1.3\\sin(\\theta_w))', '\\arcsin(1.3\\sin\\theta_w) + 2\\arctan(2001-\\theta_w) + 2\\arctan\\frac{1}{2001-\\theta_w} - \\pi', 0),
    ('natural, left', '15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}', '15000 \\frac{\\text{kcal}}{\\text{m}^2 \\cdot \\text{yr}}', 1),
    ('natural, left', '15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}', '15000 \\frac{\\text{kcal}}{\\text{m}^2\\,\\text{yr}}', 1),
    ('natural, left', '15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}', '15000 \\,\\text{kcal}/(\\text{m}^2\\cdot\\text{yr})', 1),
]
