r"""Reward round 114: a WHITE-box audit of the twenty-third session's own changes to the grader (its diff, every hunk,
and the functions around them), on the grader at a029836; nothing over 0.05 s.

Three mechanisms, all in the session's new unit code, closed. (1) What prints nothing between a unit and what follows
(`_BLANK`) left out `\!`, `\quad` and the empty groups of `\textrm`, `\textbf`, `\operatorname`, so `2\text{ ft}\!^2`
read as 4 ft, `5\text{ ft}\!\cdot 8\text{ ft}` as 40 ft and `5\text{ cm}\!!` as 120; they are blanks now. (2) A unit
after a product sign (`kg \cdot m^2`, one unit) was any brace without digits, an empty `\text{}` too, so `5\text{ ft}
\cdot\text{}8\text{ ft}` read as 40 ft; it must hold a letter. (3) The units after a slash took a power each, the words
`squared` and `cubed` too, which then flipped their unit's power back: `15/\text{cm squared}` read as 15 cm²; now only
units take one. Natural false negative fixed with it: `6.43\times10^{16}/\text{cm cubed}`.
"""


def response(category, answer):
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."


HELDOUT259 = [
    ('unit_blank_bypass', '4 \\text{ feet}', '2\\text{ ft}\\!^2', 0),
    ('unit_blank_bypass', '4 \\text{ feet}', '2\\text{ feet}\\textrm{}^2', 0),
    ('unit_blank_bypass', '40\\text{ feet}', '5\\text{ ft}\\!\\cdot 8\\text{ ft}', 0),
    ('unit_blank_bypass', '40\\text{ feet}', '5\\text{ ft}\\!(8\\text{ ft})', 0),
    ('unit_blank_bypass', '120', '5\\text{ cm}\\!!', 0),
    ('unit_product_empty_text', '40\\text{ feet}', '5\\text{ ft}\\cdot\\text{}8\\text{ ft}', 0),
    ('unit_product_empty_text', '40\\text{ feet}', '5\\text{ ft}\\times\\text{ }8\\text{ ft}', 0),
    ('per_squared_flip', '15\\mbox{ cm}^2', '15/\\text{cm squared}', 0),
    ('per_squared_flip', '32\\text{ square cm}', '32/\\text{cm squared}', 0),
    ('per_squared_flip', '864 \\mbox{ inches}^2', '864/\\text{inches squared}', 0),
    ('per_squared_flip', '2400 \\mbox{ cm}^2', '2400\\,/\\,\\text{cm squared}', 0),
    ("natural, fixed", "6.43 \\times 10^{16} \\text{ cm}^{-3}", "6.43 \\times 10^{16}/\\text{cm cubed}", 1),
]
