r"""Reward round 118: a WHITE-box audit of THE RESPONSE BEFORE ANY MATH (`grade`, `extract_answer`, `_last_box`,
`grade_batch`'s cache and its identical-up-to-spacing shortcut, `_gold_strings`, `_light`), on the grader at 1b62d69.

One mechanism, closed: `_light`, the shortcut that accepts an answer identical to a gold up to spacing without parsing
it, took `\!` for spacing, but `,\!` is a thousands mark (the data writes `10,\!080`), so the list gold `81, 256` (two
solutions) accepted `81,\!256`, the number 81256; `\!` now stays. One slow call, closed: frames around the last box were
unwrapped one by one before any bound (3,000 nested `\fbox{` took 2.3 s, in the trainer's own process under
`grade_batch`); an answer past 1,000 characters is now refused before unwrapping. Held: the `</think>` rule, the last
top-level box, frames, unclosed braces, the cache key, AMC's float golds.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT267 = [
    ('list_vs_thousands_light', '81, 256', '81,\\!256', 0),
    ('list_vs_thousands_light', '27,54,108,135,189,216,270,297,351,378', '27,54,\\!108,135,\\!189,216,\\!270,297,\\!351,378', 0),
    ('list_vs_thousands_light', '(1,7,103, 105), (3, 5, 101, 107)', '(1,7,103,\\!105), (3, 5, 101,\\!107)', 0),
]
