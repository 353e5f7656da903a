r"""Reward round 77: a third WHITE-box audit, of the way in and the text side (`_last_box`, `_light`, `_UNICODE`,
`_scripts`, `_normalise` with its `\text{}` reader and units, every `_CLEAN` rule, `_text_same`, `_choice`, the approx and
look-alike gates, every early return of `_equal`), on the grader at 694e990.

Three findings, all closed. (1) A unit is dropped when it follows its value, and what came after it bound to the number:
`5\text{ cm}!` scored for 120, `50\text{ cm}\%` for 1/2, `0.5\text{ cm}\overline{3}` for 8/15; a factorial, a percent,
a repeating bar or a fraction after a unit now keeps it from being dropped (so the answer has words, and is wrong). (2) A
trailing ellipsis is a hedge, but one written with `\text{.}` full stops went round the gate: `0.75\text{.}\text{.}
\text{.}` scored for 3/4. (3) SLOW: the wide-space rule nested a `{2,}` inside a `+`, so a run of `~` whose look-ahead
failed backtracked through every split of the run: `1` and 40 `~` then `!` took 26 s, `~ ` forty times 46 s, in one
`score()` call. The outer repetition is now possessive (0.00 s). Held: the last box (nested, unbalanced, several
`</think>`), look-alikes, `\pm` in `\text`, choice letters and their dressings, counted gold words, units (a different
unit, am/pm, `cm` for `cm^2`, money), percent. Left: `4` for the word gold `\mbox{four}`, `(0,4]` for the unparsed gold
`$t(0,4]$`, `yx` for `xy` (letters alone are text).
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT185 = [
    ("unit then postfix", "120", "5\\text{ cm}!", 0),
    ("unit then postfix", "720", "6\\text{ m}!", 0),
    ("unit then postfix", "5040", "7\\text{ kg}!", 0),
    ("unit then postfix", "\\frac{1}{2}", "50\\text{ cm}\\%", 0),
    ("unit then postfix", "\\frac{8}{15}", "0.5\\text{ cm}\\overline{3}", 0),
    ("unit then postfix", "5\\text{ cm}", "5\\text{ cm}", 1),
    ("ellipsis of text full stops", "\\frac{3}{4}", "0.75\\text{.}\\text{.}\\text{.}", 0),
    ("ellipsis of text full stops", "\\frac{3}{4}", "0.75\\text{.}..", 0),
    ("ellipsis of text full stops", "\\frac{1}{2}", "0.5\\text{.}\\text{.}\\text{.}", 0),
    ("ellipsis of text full stops", "\\frac{3}{4}", "0.75\\text{.}", 1),
    ("slow backtracking", "2", "1" + "~" * 36, 0),
    ("slow backtracking", "2", "1" + "~" * 40 + "!", 0),
    ("slow backtracking", "2", "1" + "~ " * 40 + "!", 0),
    ("slow backtracking", "\\text{even}", "x" + "~" * 35 + "?", 0),
    ("word gold", "\\mbox{four}", "4", 1),
    ("word gold", "xy", "yx", 1),
]
