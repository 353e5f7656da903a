r"""Reward round 92: a WHITE-box audit of SEVERAL VARIABLES (per-variable offsets and nudges, the diagonal, far points in
the quadrants of the first two variables), on the grader at 3ece831; nothing over 0.1 s.

One mechanism, closed (with round 91's): an even root whose base the grader would not factor (π or √2 in its
coefficients, degree 6 in two symbols) recorded no kink, so `\frac{\sqrt{(x+3000)^2+\pi(x+3000)^2}}{\sqrt{1+\pi}} - 3000`,
|x + 3000| - 3000, scored for x: the kink lies past every point. Now such a base is factored when it is cheap (degree
2 with constants like π), and refused otherwise unless the gold holds the same root. Left, not exploited alone:
variables from the fourth on (by name) are positive at every fixed point and share one sign at the far points.
"""

def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT215 = [
    ('hidden-kink-pi', 'a + b + c + 3x', 'a+b+c+3\\left(\\frac{\\sqrt{(x+3000)^2+\\pi(x+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right)', 0),
    ('hidden-kink-pi', 'x', '\\left(\\frac{\\sqrt{(x+3000)^2+\\pi(x+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right)', 0),
    ('hidden-kink-pi', '(a + b)(a + c)(b + c)', '(\\left(\\frac{\\sqrt{(a+3000)^2+\\pi(a+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right) + b)(a + c)(b + c)', 0),
    ('hidden-kink-pi', '\\frac{bx}{h}(h-x)', '\\frac{b\\left(\\frac{\\sqrt{(x+3000)^2+\\pi(x+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right)}{h}(h-x)', 0),
    ('hidden-kink-pi', '\\frac{1}{b-a}\\left(e^{-at}-e^{-bt}\\right)', '\\frac{1}{b-a}\\left(e^{-a\\left(\\frac{\\sqrt{(t+3000)^2+\\pi(t+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right)}-e^{-b\\left(\\frac{\\sqrt{(t+3000)^2+\\pi(t+3000)^2}}{\\sqrt{1+\\pi}}-3000\\right)}\\right)', 0),
    ('hidden-kink-sqrt2', 'a + b + c + 3x', 'a+b+c+3\\left(\\frac{\\sqrt{(x+3000)^2+\\sqrt{2}(x+3000)^2}}{\\sqrt{1+\\sqrt{2}}}-3000\\right)', 0),
    ('hidden-kink-degree6', 'a + b + c + 3x', 'a+b+c+3\\left(\\frac{\\sqrt{a^{4} x^{2} + 6000 a^{4} x + 9000000 a^{4} + 2 a^{2} x^{2} + 12000 a^{2} x + 18000000 a^{2} + x^{2} + 6000 x + 9000000}}{a^2+1}-3000\\right)', 0),
    ('hidden-kink-two-vars', 'a^2 + b^2 + c^2 - 4R^2', 'a^2+b^2+c^2-4R^2+\\frac{\\sqrt{(a-b-10000)^2+\\pi (a-b-10000)^2}}{\\sqrt{1+\\pi}}+a-b-10000', 0),
    ('weak-slot-4th-var', 'a + b + c + 3x', 'a+b+c+\\frac{3\\sqrt{x^2+6\\pi x^2}}{\\sqrt{1+6\\pi}}', 0),
]
