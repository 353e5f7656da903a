r"""Set 117 for reward.py: the adaptive black-box attack, thirty-eighth round (twelfth session; fixed in it).

As sets 25-115: a helper who never opened reward.py, tests/ or the earlier rounds' files queried `reward.score` on a
frozen copy of the grader (f983ee3, after round 37's fixes), ~1,030 queries aimed at the newest inequality and label
rules, which held; every row re-scored in two fresh processes. 20 false positives in two families, both from a comma
between digit groups: a gold that is one number (`58,500`, MATH-500; `22,500`, `30,951`, `31,250`, `98,634` in training)
also read as the list 58, 500 (`500,58`, `\{58, 500\}`, `x=58, y=500`; 14), and an answer that can only be one number
(`\$6,000`, `6,000.0`, `1,000,000`) read as a tuple (`(6,0)`; 6). Then 10 natural false negatives. No call over 0.07 s.
"""
def response(category, answer):
    if category == "format":
        return answer
    return "...reasoning...</think>\nThe answer is \\boxed{" + answer + "}."
HELDOUT117 = [
    ('thousands_gold_as_list', '58,500', '500,58', 0),
    ('thousands_gold_as_list', '58,500', '\\{500,58\\}', 0),
    ('thousands_gold_as_list', '58,500', '58 \\text{ or } 500', 0),
    ('thousands_gold_as_list', '58,500', '58 \\text{ and } 500', 0),
    ('thousands_gold_as_list', '58,500', '(58, 500)', 0),
    ('thousands_gold_as_list', '58,500', '\\{58, 500\\}', 0),
    ('thousands_gold_as_list', '58,500', '\\begin{pmatrix}58\\\\500\\end{pmatrix}', 0),
    ('thousands_gold_as_list', '58,500', 'x=58, y=500', 0),
    ('thousands_gold_as_list', '58,500', '58;500', 0),
    ('thousands_gold_as_list', '22,500', '500,22', 0),
    ('thousands_gold_as_list', '22,500', '\\{22,500\\}', 0),
    ('thousands_gold_as_list', '30,951', '\\{951,30\\}', 0),
    ('thousands_gold_as_list', '98,634', '634, 98', 0),
    ('thousands_gold_as_list', '31,250', '(31,250)', 0),
    ('thousands_answer_as_tuple', '(6,0)', '\\$6,000', 0),
    ('thousands_answer_as_tuple', '(6,0)', '6,000.0', 0),
    ('thousands_answer_as_tuple', '(6,0)', '6,000 \\text{ m}', 0),
    ('thousands_answer_as_tuple', '(1,0,0)', '1,000,000', 0),
    ('thousands_answer_as_tuple', '-3,0', '-3,000.0', 0),
    ('thousands_answer_as_tuple', '-3,0', '\\$-3,000', 0),
    ('ineq_union_point', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x<0 \\text{ or } x=1', 1),
    ('ineq_union_point', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x<0 \\lor x=1', 1),
    ('ineq_union_point', '$(-\\infty, 0) \\cup\\{1\\}$.', '\\{x : x < 0 \\text{ or } x = 1\\}', 1),
    ('ineq_union_point', '$(-\\infty, 0) \\cup\\{1\\}$.', 'x \\in (-\\infty, 0) \\text{ or } x = 1', 1),
    ('membership_or', '(-\\infty, 2) \\cup (3, \\infty)', 'x \\in (-\\infty,2) \\text{ or } x \\in (3,\\infty)', 1),
    ('ineq_or_equal', '$k \\geqslant 2$', 'k > 2 \\text{ or } k = 2', 1),
    ('membership_singleton', 'x=5', 'x \\in \\{5\\}', 1),
    ('labelled_column_vector', '\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}', '\\begin{pmatrix} x \\\\ y \\\\ z \\end{pmatrix} = \\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}', 1),
    ('column_vector_ijk', '\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}', '2\\mathbf{i}-\\mathbf{j}+3\\mathbf{k}', 1),
    ('column_vector_transpose', '\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}', '[2,-1,3]^T', 1),
]
