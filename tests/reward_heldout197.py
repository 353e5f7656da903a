r"""Reward round 83: a WHITE-box audit of LETTERS (when `e` is Euler's number and `i` the imaginary unit, `E` in
numbers, function names with and without a backslash, runs of letters as products, names, words or units, subscripts,
primes, decorations, Greek letters and look-alikes, golds that are letters), on the grader at 74d9c00; ~230 probes on
real golds with letters, a scan of all 10,088 golds for letters dropped as units (only `Hz` and `°C` are), nothing
over 0.1 s.

No false positive. Held: single letters are never dropped as units (a bare trailing unit needs two letters), so a
variable added to an answer is a symbol the gold lacks; option letters admit only their own letter; look-alikes are
refused; `pi` is no π. Three natural false negatives, two fixed: `\overline{AB} = 5` (the decoration rule took one
letter and left a stray brace) and `x_{\text{max}} = 5` (a `\text{}` in a subscript was read as a word). Left by
design: `yx` for the gold `xy`, since a gold of letters is compared as text (a product reading would make `on` the
word `no`).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT197 = [
    ('natural', '5', '\\overline{AB} = 5', 1),
    ('natural', '5', 'x_{\\text{max}} = 5', 1),
    ('natural, refused by design', 'xy', 'yx', 1),
    ('natural, refused by design', 'xy', 'y x', 1),
]
