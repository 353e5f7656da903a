r"""Reward round 103: a WHITE-box audit of expressions with variables compared as functions (sample points, drawn
points, kinks, no-evidence paths, discrete golds), on the grader at f5bcb85; nothing over 0.1 s.

One mechanism, closed. At whole-number points a side with no value is no evidence, and a pole counted as none: so
`gold + (n-3)(n-4)(n-5)(n-7)\Gamma(1-(n+31)(2^{42}-n)(n-3)^2\cdots)` equalled the gold at the four fixed points 3, 4, 5, 7
and had a pole at every other point up to 2^42. Now at whole numbers a drawn point must agree too; and so that the
rewrites of binomials keep one, a factorial or Γ below a fraction bar is evaluated as 1/Γ, which has no poles
(`\frac{10!}{n!(10-n)!}` is 0 at n = 22, as `\binom{10}{n}` is).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT237 = [
    ('integer_pole_skip', '$\\lceil n / 2\\rceil+1$', '\\lceil n/2 \\rceil + 1 + (n-3)(n-4)(n-5)(n-7)\\Gamma(1-(n+31)(2^{42}-n)(n-3)^2(n-4)^2(n-5)^2(n-7)^2)', 0),
    ('integer_pole_skip', '$\\lfloor\\frac{2 n-1}{5}\\rfloor$', '\\lfloor\\frac{2n-1}{5}\\rfloor + (n-3)(n-4)(n-5)(n-7)\\Gamma(1-(n+31)(2^{42}-n)(n-3)^2(n-4)^2(n-5)^2(n-7)^2)', 0),
    ('integer_pole_skip', '$\\binom{2n}{n}$', '\\binom{2n}{n} + (n-3)(n-4)(n-5)(n-7)\\Gamma(1-(n+31)(2^{42}-n)(n-3)^2(n-4)^2(n-5)^2(n-7)^2)', 0),
    ('integer_pole_skip', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n\\rfloor+1 + (n-3)(n-4)(n-5)(n-7)\\Gamma(1-(n+31)(2^{42}-n)(n-3)^2(n-4)^2(n-5)^2(n-7)^2)', 0),
    ('integer_pole_skip', '$m n-\\lfloor m / 2\\rfloor$', 'mn-\\lfloor m/2\\rfloor + (m-3)(m-4)(m-5)(m-7)\\Gamma(1-(m+31)(2^{42}-m)(m-3)^2(m-4)^2(m-5)^2(m-7)^2)', 0),
]
