r"""Reward round 113: a WHITE-box audit of MISSING EVIDENCE (every place where a side can lack a value: poles, bounds,
overflow, a look cut short, a skipped point; does the gap count against equality or is it skipped?), on the grader at
7718608; the evaluator, `_agree`, `_expr_same`'s second look and gap test, `_hides`, `_whole_differs`; slowest 0.11 s.

Four mechanisms, closed. (1) and (2) An integer function of the answer's own (`\frac{1}{(n-990)!}`) had to take two
values at the fixed points where the gold has one, and it did, at 999, 1000, 1024 and 1100 only: there whole numbers past
10^210 are not compared, and an answer that overflows (`\cosh^2 u - \sinh^2 u - 1` at u = n^2/800) has no value, so it
added 1/(n-990)! unseen; now each such part must move at points up to 100, which are compared to the last digit. (3) A
floor of a fraction had no value past 320 digits, so a 10^{85} in the answer, which took the second look past them, left
every odd point of `\lceil n/2 \rceil + 1 + \frac{1-(-1)^n}{10^{85}}` unchecked; now only factorials and binomials of a
fraction lose their value there (floors are cheap). (4) `\cosh(2\pi i u)` is `\cos 2\pi u` to sympy, so five nested
ones escaped the refusal of periodic functions three deep, and a deviation squared at each maximum (10^{-216}) hid below
every look; hyperbolic functions now count as periodic ones there.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT257 = [
    ('huge_whole_values_unchecked', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\frac{1}{(n-990)!}', 0),
    ('huge_whole_values_unchecked', '$\\binom{2n}{n}$', '\\binom{2n}{n}+\\frac{n}{(n-990)!}', 0),
    ('overflow_hides_large_n', '$\\lceil n / 2\\rceil+1$', '\\lceil n/2 \\rceil + 1 + \\frac{1}{(n-990)!} + \\cosh^2\\frac{n^2}{800} - \\sinh^2\\frac{n^2}{800} - 1', 0),
    ('overflow_hides_large_n', '\\lfloor\\frac{2 n-1}{5}\\rfloor', '\\lfloor\\frac{2 n-1}{5}\\rfloor + \\frac{1}{(n-990)!} + \\cosh^2\\frac{n^2}{800} - \\sinh^2\\frac{n^2}{800} - 1', 0),
    ('overflow_hides_large_n', '\\lfloor\\sqrt{n-1}\\rfloor', '\\lfloor\\sqrt{n-1}\\rfloor + \\frac{1}{(n-990)!} + \\cosh^2\\frac{n^2}{800} - \\sinh^2\\frac{n^2}{800} - 1', 0),
    ('overflow_hides_large_n', '$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$', '\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1 + \\frac{1}{(n-990)!} + \\cosh^2\\frac{n^2}{800} - \\sinh^2\\frac{n^2}{800} - 1', 0),
    ('overflow_hides_large_n', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\left\\lfloor\\log _{2} n\\right\\rfloor+1 + \\frac{1}{(n-990)!} + \\cosh^2\\frac{n^2}{800} - \\sinh^2\\frac{n^2}{800} - 1', 0),
    ('second_look_loses_floor_points', '$\\lceil n / 2\\rceil+1$', '\\lceil n/2 \\rceil + 1 + \\frac{1-(-1)^n}{10^{85}}', 0),
    ('second_look_loses_floor_points', '$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$', '\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1+\\frac{2n-3\\left\\lfloor\\frac{2n}{3}\\right\\rfloor}{10^{85}}', 0),
    ('gap_below_every_look', '1', '\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\frac{100000001}{100000000}))))))))))', 0),
    ('gap_below_every_look', '\\frac{1}{2}', '\\frac{1}{2}\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\frac{100000001}{100000000}))))))))))', 0),
    ('gap_below_every_look', '$\\frac{n(n+1)}{2}$', '\\frac{n(n+1)}{2}\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\frac{100000001}{100000000}))))))))))', 0),
    ('gap_below_every_look', '$2^{n}-n-1$', '(2^{n}-n-1)\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\cosh(2\\pi i (\\frac{100000001}{100000000}))))))))))', 0),
]
