r"""Set 105 for reward.py: the adaptive black-box attack, thirty-fourth round (eleventh session; fixed in the twelfth).

As sets 25-101: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.grade` on a
frozen copy of the grader (776e865), ~3,100 queries. It found 43 false positives in three families: a gold that labels
values which are not plain numbers (`x=\pm 2, y=5`, `x \in [1,2], y=5`, sets) answered by the values in another order
(27); `or` between labels read as a system (`x=2 \text{ or } y=3` for `x=2, y=3`; it holds at (2, 0)) (15); a labelled
`\pm`/`\mp` pair whose signs are tied answered by two free `\pm` (1). The helper's files did not survive the end of
that session's machine; the rows below were written again from the session's notes (families, golds and answer
shapes), after the fix, with controls: the values in the gold's order, `and` between labels, roots of one name.
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT105 = [
    ('fp_labelled_nonscalar_order', 'x=\\pm 2, y=5', '5, \\pm 2', 0),
    ('fp_labelled_nonscalar_order', 'x=\\pm 2, y=5', '(5, \\pm 2)', 0),
    ('fp_labelled_nonscalar_order', 'x=\\pm 2, y=5', '5; \\pm 2', 0),
    ('fp_labelled_nonscalar_order', 'a=\\pm\\sqrt{3}, b=1', '1, \\pm\\sqrt{3}', 0),
    ('fp_labelled_nonscalar_order', 'x \\in [1,2], y=5', '5, [1,2]', 0),
    ('fp_labelled_nonscalar_order', 'x \\in [1,2], y=5', '(5, [1,2])', 0),
    ('fp_labelled_nonscalar_order', 'x \\in (0,1), y=-1', '-1, (0,1)', 0),
    ('fp_labelled_nonscalar_order', 'x=\\{1,2\\}, y=3', '3, \\{1,2\\}', 0),
    ('fp_or_between_labels', 'x=2, y=3', 'x=2 \\text{ or } y=3', 0),
    ('fp_or_between_labels', 'x=2, y=3', 'x=2 \\lor y=3', 0),
    ('fp_or_between_labels', 'x=2, y=3', 'x=2 \\vee y=3', 0),
    ('fp_or_between_labels', 'x=2, y=3', 'y=3 \\text{ or } x=2', 0),
    ('fp_or_between_labels', '(x,y)=(2,3)', 'x=2 \\text{ or } y=3', 0),
    ('fp_or_between_labels', 'AB=9, CD=4', 'AB=9 \\text{ or } CD=4', 0),
    ('fp_or_between_labels', 'a=1,b=2,c=3', 'a=1, b=2 \\text{ or } c=3', 0),
    ('fp_or_between_labels', '(2,3)', 'x=2 \\text{ or } y=3', 0),
    ('fp_tied_signs', 'x=\\pm 2, y=\\mp 3', '\\pm 2, \\pm 3', 0),
    ('fp_tied_signs', 'x=\\pm 2, y=\\mp 3', 'x=\\pm 2, y=\\pm 3', 0),
    ('control', 'x=\\pm 2, y=5', '\\pm 2, 5', 1),
    ('control', 'x=\\pm 2, y=5', 'y=5, x=\\pm 2', 1),
    ('control', 'x \\in [1,2], y=5', '[1,2], 5', 1),
    ('control', 'x=2, y=3', 'x=2 \\text{ and } y=3', 1),
    ('control', 'x=2, y=3', 'y=3, x=2', 1),
    ('control', 'x=2, y=3', '2, 3', 1),
    ('control', '(x,y)=(2,3)', '(2,3)', 1),
    ('control', 'AB=9, CD=4', '9, 4', 1),
    ('control', 'x=\\pm 2, y=\\mp 3', 'x=\\pm 2, y=\\mp 3', 1),
    ('control', 'x=2, x=3', 'x=3 \\text{ or } x=2', 1),
    ('control', '2, 3', '3, 2', 1),
]
