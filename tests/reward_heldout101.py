r"""Set 101 for reward.py: the adaptive black-box attack, thirty-third round (tenth session; fixed in the eleventh).

As sets 25-97: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.grade` on a
frozen copy of the grader (2535370). Its 424 rows held 79 false positives in one family: a gold that labels its values
(`x=2,y=3`, `(x,y)=(2,3)`, `a=1,b=2,c=3`, a `cases` system, `x=2 \text{ and } y=3`, the real OlympiadBench gold
`$f(n)=n$, $g(n)=1$`) accepted a bare list of the values in any order (`3,2`, `\{3,2\}`, `3;2`), where `(3,2)` was
already refused. The helper's file did not survive the end of that session's machine; the rows below were written
again from its report (the family, the golds and the answer shapes it named), before the fix was run on them, with
controls: the values in the gold's order, roots of one name in any order, the labels themselves in any order.
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT101 = [
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '3,2', 0),
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '3, 2', 0),
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '\\{3,2\\}', 0),
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '\\{2,3\\}', 0),
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '3;2', 0),
    ('fp_labelled_gold_bare_list', 'x=2,y=3', '3 \\text{ and } 2', 0),
    ('fp_labelled_gold_bare_list', '(x,y)=(2,3)', '3,2', 0),
    ('fp_labelled_gold_bare_list', '(x,y)=(2,3)', '\\{3, 2\\}', 0),
    ('fp_labelled_gold_bare_list', '(x, y) = (2, 3)', '3;2', 0),
    ('fp_labelled_gold_bare_list', 'a=1,b=2,c=3', '3,2,1', 0),
    ('fp_labelled_gold_bare_list', 'a=1,b=2,c=3', '2,1,3', 0),
    ('fp_labelled_gold_bare_list', 'a=1,b=2,c=3', '\\{3,2,1\\}', 0),
    ('fp_labelled_gold_bare_list', '\\begin{cases} x=2 \\\\ y=3 \\end{cases}', '3,2', 0),
    ('fp_labelled_gold_bare_list', '\\begin{cases} x=2 \\\\ y=3 \\end{cases}', '\\{3,2\\}', 0),
    ('fp_labelled_gold_bare_list', 'x=2 \\text{ and } y=3', '3,2', 0),
    ('fp_labelled_gold_bare_list', 'x=2 \\text{ and } y=3', '3 \\text{ and } 2', 0),
    ('fp_labelled_gold_bare_list', '$f(n)=n$, $g(n)=1$', '1, n', 0),
    ('fp_labelled_gold_bare_list', '$f(n)=n$, $g(n)=1$', '\\{1, n\\}', 0),
    ('fp_labelled_gold_bare_list', 'm=\\frac{1}{2}, n=-4', '-4, \\frac{1}{2}', 0),
    ('fp_labelled_gold_bare_list', 'p=3, q=-1', '-1, 3', 0),
    ('fp_labelled_gold_bare_list', 'a=\\sqrt{2}, b=1', '1,\\sqrt{2}', 0),
    ('control_correct', 'x=2,y=3', '2,3', 1),
    ('control_correct', 'x=2,y=3', '(2,3)', 1),
    ('control_correct', 'x=2,y=3', 'y=3, x=2', 1),
    ('control_correct', '(x,y)=(2,3)', '2, 3', 1),
    ('control_correct', 'a=1,b=2,c=3', '1,2,3', 1),
    ('control_correct', '\\begin{cases} x=2 \\\\ y=3 \\end{cases}', '2, 3', 1),
    ('control_correct', 'x=2 \\text{ and } y=3', '2 \\text{ and } 3', 1),
    ('control_correct', '$f(n)=n$, $g(n)=1$', 'n, 1', 1),
    ('control_correct', 'm=\\frac{1}{2}, n=-4', '\\frac{1}{2}, -4', 1),
    ('control_correct', 'x=2, x=3', '3, 2', 1),
    ('control_correct', 'x=2, x=3', '\\{2, 3\\}', 1),
    ('control_correct', '2, 3', '3, 2', 1),
    ('attack_swap_labels', 'x=2,y=3', 'x=3, y=2', 0),
    ('attack_swap_labels', '(x,y)=(2,3)', '(y,x)=(2,3)', 0),
]
