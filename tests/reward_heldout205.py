r"""Reward round 87: a WHITE-box audit of the NO-EVIDENCE paths in comparing expressions with variables (every point
`_agree` passes over: no value on either side, one side past a bound at whole-number or far points, complex branches,
whole numbers past 10^210), on the grader at 25f17a4; nothing over 0.1 s.

Four mechanisms, closed. (1) At whole-number points, values past 10^210 were no evidence whatever the gold's size, so
`\binom{2n}{n} + 10^{250}(n-3)(n-4)(n-5)(n-7)` agreed at 3, 4, 5 and 7 and was passed over everywhere else; now a huge
side beside a small one differs, and only two huge values close to each other are left to the digit-by-digit look.
(2) One side past 10^1000 at a whole-number point was no evidence: `10^{1000(n-3)^2\cdots} - 1` had no value exactly
where it differs; now at whole numbers up to 100 a side that outgrows the bounds where the other has a value differs.
(3) and (4) Inverse trigonometric functions jump or fold where no point looks (`\arctan u + \arctan\frac1u` is π/2
times the sign of u: with u = 2001 - x the jump lies past every point; `\arcsin\frac{8000x}{16000000+x^2}` is
`2\arctan\frac{x}{4000}` for |x| ≤ 4000 alone; a jump at x = 15 times a factor past the bounds at the far points): an
answer may now hold an inverse trigonometric function of its variables only where the gold holds one. Left: beside a
gold that has one, such a jump is not looked for.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT205 = [
    ('int-big-skip', '$\\binom{2n}{n}$', '\\binom{2n}{n} + 10^{250}(n-3)(n-4)(n-5)(n-7)', 0),
    ('int-big-skip', '$\\lceil n / 2\\rceil+1$', '\\lceil n/2 \\rceil + 1 + 10^{211}n(n-1)(n-2)(n-3)', 0),
    ('int-big-skip', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n \\rfloor + 1 + 10^{250}(n-3)(n-4)(n-5)(n-7)', 0),
    ('int-big-skip', '$m n-\\lfloor m / 2\\rfloor$', 'mn - \\lfloor m/2 \\rfloor + 10^{250}(m-3)(m-4)(m-5)(m-7)', 0),
    ('int-big-skip', '$\\frac{d !}{2 k(d-k) !}$', '\\frac{d!}{2k(d-k)!} + 10^{250}(d-3)(d-4)(d-5)(d-7)', 0),
    ('int-one-side-none', '$\\binom{2n}{n}$', '\\binom{2n}{n} + 10^{1000(n-3)^2(n-4)^2(n-5)^2(n-7)^2} - 1', 0),
    ('jump-beyond-points', 'x^4-16', 'x^4-16 + \\arctan(2001-x) + \\arctan\\frac{1}{2001-x} - \\frac{\\pi}{2}', 0),
    ('jump-beyond-points', '16x^2+4x+5', '16x^2+4x+5 + \\arctan(2001-x) + \\arctan\\frac{1}{2001-x} - \\frac{\\pi}{2}', 0),
    ('jump-beyond-points', '(2x+3)(x-3)', '(2x+3)(x-3)+\\arctan(x+2001)+\\arctan\\frac{1}{x+2001}-\\frac{\\pi}{2}', 0),
    ('jump-beyond-points', '\\cot x', '\\cot x + \\arctan(2001-x) + \\arctan\\frac{1}{2001-x} - \\frac{\\pi}{2}', 0),
    ('jump-beyond-points', '$\\binom{2n}{n}$', '\\binom{2n}{n} + \\arctan(2\\cdot 10^{9}-n) + \\arctan\\frac{1}{2\\cdot 10^{9}-n} - \\frac{\\pi}{2}', 0),
    ('fold-beyond-points', 'x^4-16', 'x^4-16 + \\arcsin\\frac{8000x}{16000000+x^2} - 2\\arctan\\frac{x}{4000}', 0),
    ('fold-beyond-points', '\\frac{2}{x} + 4x^2', '\\frac{2}{x} + 4x^2 + \\arcsin\\frac{8000x}{16000000+x^2} - 2\\arctan\\frac{x}{4000}', 0),
    ('far-none-skip', 'x^4-16', 'x^4-16 + (\\arctan(15-x) + \\arctan\\frac{1}{15-x} - \\frac{\\pi}{2})2^{x^{32}/172^{16}}', 0),
]
