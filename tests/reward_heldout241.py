r"""Reward round 105: a WHITE-box audit of discrete golds and integer functions (whole-number points, drawn points, the
parts of integer functions that must move, periods, turns of floors, 1/Γ), on the grader at 55a676c; every discrete gold
of the data with a variable tried; nothing over 0.2 s.

One mechanism, closed. A floor of the answer's own was refused when it held a long or tiny number, but only Rationals
were looked at: `\lfloor \log_2 n + n e^{-60} \rfloor + 1` kept the gold's turns at every point (the two arguments
agree to 10^{-20} at the real points) and first differed near n = 2^44. Now any constant in such a floor's argument
below 10^{-6} or above 10^6 refuses it too (`e^{-60}`, `\pi^{-50}`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT241 = [
    ('discrete-tiny-irrational-in-floor', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n + n e^{-60}\\rfloor + 1', 0),
    ('discrete-tiny-irrational-in-floor', '$\\left\\lfloor\\log _{2} n\\right\\rfloor+1$', '\\lfloor \\log_2 n + n\\pi^{-50}\\rfloor + 1', 0),
    ('discrete-tiny-irrational-in-floor', '$\\lfloor\\sqrt{n-1}\\rfloor$', '\\lfloor\\sqrt{n-1} + n e^{-60}\\rfloor', 0),
    ('discrete-tiny-irrational-in-floor', '$\\lfloor\\frac{2 n-1}{5}\\rfloor$', '\\lfloor\\frac{2n-1}{5} + n^2 e^{-60}\\rfloor', 0),
    ('discrete-tiny-irrational-in-floor', '$\\lceil n / 2\\rceil+1$', '\\lceil n / 2 - n^2 e^{-60}\\rceil+1', 0),
    ('discrete-tiny-irrational-in-floor', '$m n-\\lfloor m / 2\\rfloor$', 'mn-\\lfloor m/2 + m^2 e^{-60}\\rfloor', 0),
    ('discrete-tiny-irrational-in-floor', '$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$', '\\left\\lfloor\\frac{2 n}{3} + n^2 e^{-60}\\right\\rfloor+1', 0),
]
