r"""Reward round 104: a WHITE-box audit of the newest changes (1/Γ for a factorial or Γ below a fraction bar, a drawn
point that must agree at whole numbers, micrometres), on the grader at e4a8e98; nothing over 0.6 s.

One mechanism, in the session's own change, closed. With 1/Γ free of poles, `\frac{1}{\Gamma(1-(n-6)^2)}` is 1 at n = 6
and 0 at every other whole number: added to a discrete gold it agreed at every point and differed at 6 alone (before,
its poles left no point agreeing). A Γ of the answer's own now counts among the integer functions whose parts must
move where the gold has values, as a factorial's always did. The drawn-point rule and micrometres held.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT239 = [
    ('reciprocal Γ bump', '$\\binom{2n}{n}$', '\\binom{2n}{n} + \\frac{1}{\\Gamma(1-(n-6)^2)}', 0),
    ('reciprocal Γ bump', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n \\rfloor + 1 + \\frac{1}{\\Gamma(1-(n-6)^2)}', 0),
    ('reciprocal Γ bump', '$\\lfloor\\sqrt{n-1}\\rfloor$', '\\lfloor \\sqrt{n-1} \\rfloor + \\frac{1}{\\Gamma(1-(n-6)^2)}', 0),
    ('reciprocal Γ bump', '$\\frac{d !}{2 k(d-k) !}$', '\\frac{d!}{2k(d-k)!} + \\frac{1}{\\Gamma(1-(d-6)^2-(k-6)^2)}', 0),
    ('reciprocal Γ bump', '$m n-\\lfloor m / 2\\rfloor$', 'mn - \\lfloor m/2 \\rfloor + \\frac{1}{\\Gamma(1-(m-6)^2-(n-6)^2)}', 0),
]
