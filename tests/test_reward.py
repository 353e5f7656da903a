"""Tests for reward.py: a labelled answer table (mostly real gold answers from the shipped test sets,
rewritten equivalently → 1 or into near misses → 0), format failures, issue 11's rules as positive and
negative pairs (RULES) with policy tricks (GAMES), denial-of-service inputs through score() itself (DOS), and
the worker pool surviving hangs and crashes. tests/reward_heldout.py is deliberately not used here: only
bench_reward.py scores it. `python -m pytest -q tests/test_reward.py` (`-m "not slow"` skips the DoS run)."""

import glob, json, os, subprocess, sys, time

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import reward  # noqa: E402

DATA = os.environ.get("NANOSCALER_DATA", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data"))


def boxed(ans):
    return ("Let me work through this carefully. First, $x^2 = 4$ so $\\boxed{17}$ is a guess I reject.\n"
            "</think>\n\nPutting it together, the final answer is $\\boxed{" + ans + "}$.")


# (category, gold as the data set stores it, model answer, label). Golds are real answers from
# ../shared/data/test/*.json unless the category says "synthetic".
EQUIV = [
    # integers, leading zeros, thousands separators, AMC float golds
    ("integer", "025", "25", 1), ("integer", "025", "025", 1), ("integer", "025", "250", 0),
    ("integer", "204", "204", 1), ("integer", "204", "204.0", 1), ("integer", "204", "2040", 0),
    ("integer", 142.0, "142", 1), ("integer", 142.0, "142.0", 1), ("integer", 142.0, "1420", 0),
    ("integer", -4.0, "-4", 1), ("integer", -4.0, "4", 0), ("integer", 8178.0, "8,178", 1),
    ("integer", 8178.0, "8178", 1), ("integer", 8178.0, "8,187", 0), ("integer", "3986729", "3,986,729", 1),
    ("integer", "3986729", "3986728", 0), ("integer", "58,500", "58500", 1), ("integer", "58,500", "58,500", 1),
    ("integer", "58,500", "58\\,500", 1), ("integer", "58,500", "585", 0), ("integer", "58,500", "58.5", 0),
    ("integer", "10,\\!080", "10080", 1), ("integer", "10,\\!080", "1008", 0),
    ("integer", "11,\\! 111,\\! 111,\\! 100", "11111111100", 1), ("integer", "11,\\! 111,\\! 111,\\! 100", "11111111000", 0),
    ("integer", "\\$32,\\!348", "32348", 1), ("integer", "\\$32,\\!348", "\\$32,348", 1), ("integer", "\\$32,\\!348", "3234.8", 0),
    ("integer", "$2^{1009}$", "2^{1009}", 1), ("integer", "$2^{1009}$", "2^{1009}+1", 0), ("integer", "$2^{1009}$", "2^{1008}", 0),
    ("integer", "$2021 \\cdot 505 \\cdot 337$", "343943885", 1), ("integer", "$2021 \\cdot 505 \\cdot 337$", "343943886", 0),
    ("integer", "$\\frac{4 \\cdot 999^{4}}{27}$", "147556443852", 1),
    # decimals vs fractions, mixed numbers
    ("fraction", "\\frac{14}{3}", "14/3", 1), ("fraction", "\\frac{14}{3}", "4\\frac{2}{3}", 1), ("fraction", "\\frac{14}{3}", "\\dfrac{14}{3}", 1),
    ("fraction", "\\frac{14}{3}", "4.67", 0), ("fraction", "\\frac{14}{3}", "\\frac{3}{14}", 0),
    ("fraction", "$\\frac{1}{2}$", "0.5", 1), ("fraction", "$\\frac{1}{2}$", "0.05", 0), ("fraction", "$\\frac{1}{2}$", "\\tfrac12", 1),
    ("fraction", "\\frac{3}{2}", "1.5", 1), ("fraction", "\\frac{3}{2}", "1\\frac{1}{2}", 1), ("fraction", "\\frac{3}{2}", "\\frac32", 1),
    ("fraction", "\\frac{3}{2}", "2/3", 0), ("fraction", "\\frac{1}{4}", "0.25", 1), ("fraction", "\\frac{1}{4}", "1/4", 1),
    ("fraction", "\\frac{1}{4}", "4", 0), ("fraction", "\\dfrac{33}{100}", "0.33", 1), ("fraction", "\\dfrac{33}{100}", "\\frac{1}{3}", 0),
    ("fraction", "1\\frac{4}{5}", "9/5", 1), ("fraction", "1\\frac{4}{5}", "1.8", 1), ("fraction", "1\\frac{4}{5}", "\\frac{4}{5}", 0),
    ("fraction", "137 \\frac{1}{2}", "137.5", 1), ("fraction", "137 \\frac{1}{2}", "\\frac{275}{2}", 1), ("fraction", "137 \\frac{1}{2}", "68.5", 0),
    ("fraction", ".35625", "0.35625", 1), ("fraction", ".35625", "\\frac{57}{160}", 1), ("fraction", ".35625", "0.3563", 0),
    ("fraction", ".35625", "0.356", 0), ("fraction", ".0000672", "6.72 \\times 10^{-5}", 1), ("fraction", ".0000672", "0.000672", 0),
    ("fraction", "4.5", "\\frac{9}{2}", 1), ("fraction", "4.5", "4.05", 0), ("fraction", "4.5", "4.45", 0),
    ("fraction", "\\frac 59", "5/9", 1), ("fraction", "\\frac9{19}", "\\frac{9}{19}", 1), ("fraction", "\\frac{2}{1005}", "2/1005", 1),
    ("fraction", "3.21", "3.210", 1), ("fraction", "326.5", "653/2", 1), ("fraction", "$\\frac{-1}{1997}$", "-\\frac{1}{1997}", 1),
    ("fraction", "$1/3$", "\\frac{1}{3}", 1), ("fraction", "$1/3$", "0.3", 0), ("fraction", "-3/2", "-1.5", 1), ("fraction", "-3/2", "3/2", 0),
    # percentages
    ("percent", "62.5%", "62.5", 1), ("percent", "62.5%", "62.5\\%", 1), ("percent", "62.5%", "0.625", 0), ("percent", "62.5%", "6.25", 0),
    ("percent", "$8 \\%$", "8", 1), ("percent", "$8 \\%$", "8\\%", 1), ("percent", "$8 \\%$", "0.08", 0), ("percent", "$8 \\%$", "80", 0),
    ("percent", "$8 \\%$", "0.08\\%", 0), ("percent", "17.5%", "17.5\\%", 1), ("percent", "17.5%", "1.75", 0),
    # scientific notation and rounded physics answers (Minerva)
    ("scientific", "8.7 \\times 10^{8}", "870000000", 1), ("scientific", "8.7 \\times 10^{8}", "8.7e8", 1),
    ("scientific", "8.7 \\times 10^{8}", "8.7 \\cdot 10^8", 1), ("scientific", "8.7 \\times 10^{8}", "8.7 \\times 10^{9}", 0),
    ("scientific", "7 \\times 10^{37}\n", "7e37", 1), ("scientific", "4.5e33\n", "4.5 \\times 10^{33}", 1),
    ("scientific", "4.5e33\n", "4.5 \\times 10^{32}", 0), ("scientific", "1e-5\n", "10^{-5}", 1), ("scientific", "1e-5\n", "10^{5}", 0),
    ("scientific", "3.89e-10", "3.89 \\times 10^{-10}", 1), ("scientific", "2.7778 \\times 10^{-6}\n", "2.778 \\times 10^{-6}", 0),
    ("scientific", "2.7778 \\times 10^{-6}\n", "2.7778 \\times 10^{-5}", 0), ("scientific", "2.7778 \\times 10^{-6}\n", "2.8 \\times 10^{-6}", 0),
    ("scientific", "6.43 \\times 10^{16}", "6.43 \\times 10^{16} \\text{ cm}^{-3}", 1), ("scientific", "1.70e4\n", "17000", 1),
    ("scientific", "1.70e4\n", "1700", 0), ("scientific", "0.5613\n", "0.56130", 1), ("scientific", "0.5613\n", "0.56", 0),
    ("scientific", "0.022\n", "2.2 \\times 10^{-2}", 1), ("scientific", "0.022\n", "0.22", 0), ("scientific", "9.6\n", "9.60", 1),
    ("scientific", "9.6\n", "96", 0), ("scientific", "-0.875\n", "-\\frac{7}{8}", 1), ("scientific", "-0.875\n", "0.875", 0),
    # radicals and pi
    ("radical", "\\frac{\\sqrt{3}}{3}", "\\frac{1}{\\sqrt{3}}", 1), ("radical", "\\frac{\\sqrt{3}}{3}", "\\sqrt{3}/3", 1),
    ("radical", "\\frac{\\sqrt{3}}{3}", "\\sqrt{3}", 0), ("radical", "\\frac{\\sqrt{3}}{3}", "0.57735", 0),
    ("radical", "3\\sqrt{13}", "\\sqrt{117}", 1), ("radical", "3\\sqrt{13}", "\\sqrt{39}", 0), ("radical", "11\\sqrt2", "11\\sqrt{2}", 1),
    ("radical", "11\\sqrt2", "\\sqrt{242}", 1), ("radical", "11\\sqrt2", "11\\sqrt3", 0), ("radical", "2\\sqrt{5}", "\\sqrt{20}", 1),
    ("radical", "\\frac{\\sqrt{21}}{5}", "\\sqrt{\\frac{21}{25}}", 1), ("radical", "\\frac{\\sqrt{21}}{5}", "\\frac{21}{5}", 0),
    ("radical", "$\\frac{8}{\\sqrt[3]{7}}$", "8 \\cdot 7^{-1/3}", 1), ("radical", "$\\frac{8}{\\sqrt[3]{7}}$", "\\frac{8\\sqrt[3]{49}}{7}", 1),
    ("radical", "$\\frac{8}{\\sqrt[3]{7}}$", "\\frac{8}{\\sqrt{7}}", 0), ("radical", "$5 \\sqrt[3]{4}$", "5\\cdot 4^{1/3}", 1),
    ("radical", "$\\frac{\\sqrt{2}}{3}$", "\\frac{\\sqrt2}{3}", 1), ("radical", "$\\frac{\\sqrt{2}}{3}$", "\\sqrt{2}", 0),
    ("radical", "$\\frac{5 \\sqrt{2}}{2}$", "\\frac{5}{\\sqrt{2}}", 1), ("radical", "$\\frac{5 \\sqrt{2}}{2}$", "5\\sqrt{2}", 0),
    ("radical", "$\\frac{15-8 \\sqrt{3}}{33}$", "\\frac{5}{11}-\\frac{8\\sqrt3}{33}", 1), ("radical", "$\\frac{15-8 \\sqrt{3}}{33}$", "\\frac{15+8\\sqrt3}{33}", 0),
    ("radical", "$\\frac{-1+\\sqrt{5}}{2}$", "\\frac{\\sqrt{5}-1}{2}", 1), ("radical", "$2-\\sqrt{3}$", "\\frac{1}{2+\\sqrt{3}}", 1),
    ("pi", "8 \\pi", "8\\pi", 1), ("pi", "8 \\pi", "\\pi \\cdot 8", 1), ("pi", "8 \\pi", "8", 0), ("pi", "8 \\pi", "25.13274", 0),
    ("pi", "18+2\\pi", "2\\pi+18", 1), ("pi", "18+2\\pi", "20\\pi", 0), ("pi", "\\frac{20000}{\\pi}", "20000/\\pi", 1),
    ("pi", "\\frac{20000}{\\pi}", "20000\\pi", 0), ("pi", "$1024-256 \\pi$", "256(4-\\pi)", 1), ("pi", "$\\frac{67 \\pi}{3}$", "22\\frac{1}{3}\\pi", 1),
    ("pi", "\\frac{\\sqrt{2}}{4} \\cos (t-\\pi / 4)\n", "\\frac{\\cos t + \\sin t}{4}", 1),
    # algebraic expressions
    ("algebra", "p - q", "-q+p", 1), ("algebra", "p - q", "q-p", 0), ("algebra", "x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "\\frac{x^9-1}{x-1}", 1),
    ("algebra", "x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1", "x^8+x^7+x^6+x^5+x^4+x^3+x^2+x", 0),
    ("algebra", "8n^2 + 4n + 1", "4n(2n+1)+1", 1), ("algebra", "8n^2 + 4n + 1", "8n^2+4n", 0), ("algebra", "(a+5)(b+2)", "ab+2a+5b+10", 1),
    ("algebra", "(a+5)(b+2)", "(a+2)(b+5)", 0), ("algebra", "6r^2-4r-24", "2(3r^2-2r-12)", 1), ("algebra", "\\frac{11+9a}{20}", "0.55+0.45a", 1),
    ("algebra", "\\frac{11+9a}{20}", "\\frac{11+9a}{2}", 0), ("algebra", "$\\frac{n(n+1)(2 n+1)}{6}$", "\\frac{2n^3+3n^2+n}{6}", 1),
    ("algebra", "$2n$", "n+n", 1), ("algebra", "$2n$", "n^2", 0), ("algebra", "$n^{2}+1$", "1+n^2", 1), ("algebra", "$n^{2}+1$", "2n+1", 0),
    ("algebra", "$\\binom{2n}{n}$", "\\frac{(2n)!}{(n!)^2}", 1), ("algebra", "$\\binom{2n}{n}$", "\\binom{2n}{2}", 0),
    ("algebra", "$m n-\\lfloor m / 2\\rfloor$", "mn - \\left\\lfloor \\frac{m}{2} \\right\\rfloor", 1),
    ("algebra", "$\\lceil n / 2\\rceil+1$", "\\lfloor \\frac{n+1}{2} \\rfloor + 1", 1), ("algebra", "$\\lceil n / 2\\rceil+1$", "\\frac{n}{2}+1", 0),
    ("algebra", "$2^{k-n}$", "\\frac{2^k}{2^n}", 1), ("algebra", "$(n-2) 2^{n}+1$", "n2^n-2^{n+1}+1", 1), ("algebra", "$(n-2) 2^{n}+1$", "(n-1)2^n+1", 0),
    ("algebra", "-t^2-t-3\n", "-(t^2+t+3)", 1), ("algebra", "\\frac{1}{4-\\omega^{2}}\n", "-\\frac{1}{\\omega^2-4}", 1),
    ("algebra", "\\frac{1}{4-\\omega^{2}}\n", "\\frac{1}{4+\\omega^2}", 0), ("algebra", "I(0)e^{-\\frac{t}{RC}}\n", "I(0)\\exp(-t/(RC))", 1),
    ("algebra", "I(0)e^{-\\frac{t}{RC}}\n", "I(0)e^{-tRC}", 0), ("algebra", "\\frac{e^{at}-e^{-at}}{2a}\n", "\\frac{\\sinh(at)}{a}", 1),
    ("algebra", "\\frac{1}{2}(e^{at} + e^{-at})\n", "\\cosh(at)", 1), ("algebra", "\\cot x", "\\frac{\\cos x}{\\sin x}", 1),
    ("algebra", "\\cot x", "\\tan x", 0), ("algebra", "-\\tau \\ln \\Delta", "\\tau \\ln \\frac{1}{\\Delta}", 1),
    ("algebra", "\\sqrt{2} \\cos (2 t-\\pi / 4)\n", "\\cos(2t)+\\sin(2t)", 1), ("algebra", "\\sqrt{2} \\cos (2 t-\\pi / 4)\n", "\\cos(2t)-\\sin(2t)", 0),
    ("algebra", "\\frac{1}{\\sqrt{2}}c\n", "\\frac{\\sqrt{2}}{2}c", 1), ("algebra", "\\frac{1}{\\sqrt{2}}c\n", "\\sqrt{2}c", 0),
    ("algebra", "s^{2}+\\omega^{2}\n", "\\omega^2+s^2", 1), ("algebra", "$\\frac{\\log 2}{\\log 2-\\log 3}$", "\\log_{2/3} 2", 1),
    ("algebra", "$\\frac{\\log 2}{\\log 2-\\log 3}$", "\\frac{\\log 3}{\\log 2-\\log 3}", 0), ("algebra", "$\\frac{100!}{2^{50}}$", "100!/2^{50}", 1),
    ("algebra", "$\\frac{100!}{2^{50}}$", "\\frac{100!}{2^{49}}", 0), ("algebra", "$k\\left(4 k^{2}+k-1\\right) / 2$", "2k^3+\\frac{k^2-k}{2}", 1),
    ("synthetic-near-miss", "x^2", "2x", 0), ("synthetic-near-miss", "\\frac{\\sqrt{2}}{2}", "\\sqrt{2}", 0),
    # x = 5 vs 5; equations
    ("equation", "x=5", "5", 1), ("equation", "x=5", "x = 5", 1), ("equation", "x=5", "6", 0), ("equation", "$k=1$", "1", 1),
    ("equation", "$f(x)=2 x$", "2x", 1), ("equation", "$f(x)=2 x$", "f(x) = 2x", 1), ("equation", "$f(x)=2 x$", "x^2", 0),
    ("equation", "y = 2x + 3", "2x+3", 1), ("equation", "y = 2x + 3", "y=3+2x", 1), ("equation", "y = 2x + 3", "y - 2x = 3", 1),
    ("equation", "y = 2x + 3", "y=3x+2", 0), ("equation", "y = -2x", "2x + y = 0", 1), ("equation", "5x - 7y + 11z + 4 = 0", "-5x+7y-11z-4=0", 1),
    ("equation", "5x - 7y + 11z + 4 = 0", "5x-7y+11z-4=0", 0), ("equation", "$M=2^{N-2}+1$", "2^{N-2}+1", 1),
    ("equation", "$N(n)=\\left\\lfloor\\frac{2 n}{3}\\right\\rfloor+1$", "\\lfloor 2n/3 \\rfloor + 1", 1),
    ("equation", "$m_{\\max }=n^{2}-n-1$", "n^2-n-1", 1), ("equation", "$m_{\\max }=n^{2}-n-1$", "n^2-n+1", 0),
    ("equation", "$a=2$, $a=-6-4 \\sqrt{2}$", "2, -6-4\\sqrt{2}", 1), ("equation", "$a=2$, $a=-6-4 \\sqrt{2}$", "2", 0),
    ("equation", "\\frac{dx}{dt} = kx - a", "\\frac{dx}{dt} = -a + kx", 1), ("equation", "SRAC=LRAC\n", "LRAC = SRAC", 1),
    ("equation", "$f(x)=-1$,$f(x)=x+1$", "f(x)=x+1, f(x)=-1", 1), ("equation", "$f(x)=-1$,$f(x)=x+1$", "f(x)=x+1", 0),
    # tuples and points (order matters)
    ("tuple", "\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\pi/2)", 1), ("tuple", "\\left( 3, \\frac{\\pi}{2} \\right)", "(\\frac{\\pi}{2}, 3)", 0),
    ("tuple", "(8,-2)", "(8, -2)", 1), ("tuple", "(8,-2)", "(-2,8)", 0), ("tuple", "(6,31,-1)", "\\left(6, 31, -1\\right)", 1),
    ("tuple", "\\left( \\frac{3}{2}, -13 \\right)", "(1.5,-13)", 1), ("tuple", "\\left( \\frac{3}{2}, -13 \\right)", "(1.5,13)", 0),
    ("tuple", "(1,-16,-4,43)", "(1,-16,-4,43)", 1), ("tuple", "(1,-16,-4,43)", "(1,-16,43,-4)", 0),
    ("tuple", "$(2,251,252)$", "(2, 251, 252)", 1), ("tuple", "$(4, \\log _{10} 2)$", "(4, \\log_{10}2)", 1),
    ("tuple", "$(4, \\log _{10} 2)$", "(4, \\ln 2)", 0), ("tuple", "$\\quad(2+\\sqrt{2}, 1+\\sqrt{2})$", "(2+\\sqrt2,1+\\sqrt2)", 1),
    # intervals (ends matter) and unions
    ("interval", "(3,4]", "(3, 4]", 1), ("interval", "(3,4]", "(3,4)", 0), ("interval", "(3,4]", "[3,4]", 0),
    ("interval", "\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "(0.6, 8/3]", 1), ("interval", "\\left(\\frac{3}{5},\\frac{8}{3}\\right]", "[0.6, 8/3]", 0),
    ("interval", "\\left[ \\frac{\\pi^2}{8}, \\frac{5 \\pi^2}{4} \\right]", "[\\pi^2/8, 5\\pi^2/4]", 1),
    ("interval", "(2,12) \\cup (12,102)", "(12,102) \\cup (2,12)", 1), ("interval", "(2,12) \\cup (12,102)", "(2,102)", 0),
    ("interval", "(-\\infty, 2) \\cup (3, \\infty)", "(3,\\infty)\\cup(-\\infty,2)", 1), ("interval", "(-\\infty, 2) \\cup (3, \\infty)", "(-\\infty,2] \\cup (3,\\infty)", 0),
    ("interval", "x \\in [-2,7]", "[-2,7]", 1), ("interval", "x \\in [-2,7]", "[-2, 7)", 0), ("interval", "$[\\frac{1}{2}, 8]$", "[0.5, 8]", 1),
    ("interval", "$[\\frac{1}{2}, 8]$", "(0.5,8)", 0), ("interval", "$(-\\infty, 0) \\cup\\{1\\}$.", "(-\\infty,0)\\cup\\{1\\}", 1),
    ("interval", "$(-\\sqrt{11},-2)\\cup (\\sqrt{11},9)$", "(\\sqrt{11},9)\\cup(-\\sqrt{11},-2)", 1), ("synthetic-near-miss", "(1,2]", "(1,2)", 0),
    # sets and lists (order does not matter), ±
    ("set", "\\{1\\pm\\sqrt{5},-2\\}", "-2, 1+\\sqrt{5}, 1-\\sqrt{5}", 1), ("set", "\\{1\\pm\\sqrt{5},-2\\}", "\\{-2, 1-\\sqrt5, 1+\\sqrt5\\}", 1),
    ("set", "\\{1\\pm\\sqrt{5},-2\\}", "1\\pm\\sqrt{5}", 0), ("set", "\\{1\\pm\\sqrt{5},-2\\}", "1+\\sqrt5, -2", 0),
    ("set", "3, 5, 7", "7,5,3", 1), ("set", "3, 5, 7", "3,5", 0), ("set", "1,-2", "-2, 1", 1), ("set", "1,-2", "-2", 0),
    ("set", "1,3,5", "5, 3, 1", 1), ("set", "1,3,5", "\\{1,3,5\\}", 1), ("set", "1,3,5", "1, 3, 5, 7", 0),
    ("set", "$(1,8,19), (2,7,13), (4,5,7)$", "(4,5,7),(1,8,19),(2,7,13)", 1), ("set", "$(1,8,19), (2,7,13), (4,5,7)$", "(1,8,19),(2,7,13)", 0),
    ("set", "$(1,8,19), (2,7,13), (4,5,7)$", "(1,19,8),(2,7,13),(4,5,7)", 0), ("set", "$-2,0,2$", "0, \\pm 2", 1),
    ("set", "$-2,0,2$", "\\{-2, 0, 2\\}", 1), ("set", "$69$,$84$", "84, 69", 1), ("set", "$69$,$84$", "69", 0),
    ("set", "$\\frac{32}{9}$,$\\frac{1}{2}$", "\\frac12 \\text{ and } \\frac{32}{9}", 1), ("set", "2500,7500", "7500, 2500", 1),
    ("set", "$\\frac{1}{6} \\pi, \\frac{5}{6} \\pi, \\frac{1}{4} \\pi, \\frac{3}{4} \\pi$", "\\frac{\\pi}{4}, \\frac{3\\pi}{4}, \\frac{\\pi}{6}, \\frac{5\\pi}{6}", 1),
    ("set", "$(3,2),(-3,2),(3,-2),(-3,-2)$", "(-3,-2),(-3,2),(3,-2),(3,2)", 1), ("set", "-2,-2", "-2", 0),
    ("pm", "1 \\pm \\sqrt{19}", "1+\\sqrt{19}, 1-\\sqrt{19}", 1), ("pm", "1 \\pm \\sqrt{19}", "1+\\sqrt{19}", 0), ("pm", "1 \\pm \\sqrt{19}", "1 \\pm \\sqrt{19}", 1),
    ("pm", "3 \\pm 2 \\sqrt{2}", "3+2\\sqrt2,3-2\\sqrt2", 1), ("pm", "3 \\pm 2 \\sqrt{2}", "3 \\mp 2\\sqrt{2}", 1), ("pm", "3 \\pm 2 \\sqrt{2}", "3 \\pm \\sqrt{2}", 0),
    # degrees
    ("degree", "30^\\circ", "30", 1), ("degree", "30^\\circ", "30°", 1), ("degree", "30^\\circ", "30^{\\circ}", 1), ("degree", "30^\\circ", "60", 0),
    ("degree", "120^\\circ", "120", 1), ("degree", "$18.8^{\\circ}$", "18.8", 1), ("degree", "$18.8^{\\circ}$", "18.9", 0),
    ("degree", "\\frac{270}7\\text{ degrees}", "\\frac{270}{7}", 1), ("degree", "\\frac{270}7\\text{ degrees}", "\\frac{270}{7}^\\circ", 1),
    ("degree", "1950^\\circ C\n", "1950", 1), ("degree", "$(45^{\\circ}, 60^{\\circ}),(135^{\\circ}, 60^{\\circ})$", "(135,60),(45,60)", 1),
    # units, \text, \mathrm, dollars
    ("units", "5.4 \\text{ cents}", "5.4", 1), ("units", "5.4 \\text{ cents}", "5.4\\text{ cents}", 1), ("units", "5.4 \\text{ cents}", "54", 0),
    ("units", "864 \\mbox{ inches}^2", "864", 1), ("units", "864 \\mbox{ inches}^2", "864 \\text{ in}^2", 1), ("units", "864 \\mbox{ inches}^2", "846", 0),
    ("units", "15\\mbox{ cm}^2", "15", 1), ("units", "15\\mbox{ cm}^2", "15 \\mathrm{cm}^2", 1), ("units", "15\\mbox{ cm}^2", "30", 0),
    ("units", "\\$18.90", "18.90", 1), ("units", "\\$18.90", "\\$18.9", 1), ("units", "\\$18.90", "1890", 0), ("units", "\\$36", "36 \\text{ dollars}", 1),
    ("units", "15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000", 1), ("units", "4.4677 \\times 10^{14} Hz\n", "4.4677 \\times 10^{14}", 1),
    ("units", "0.003^{\\prime \\prime}\n", "0.003", 1), ("units", "$18.8^{\\circ}$", "18.8 \\text{ degrees}", 1),
    # spacing and \left/\right noise
    ("spacing", "\\left( \\frac{3}{2}, -13 \\right)", "\\left(\\frac32,-13\\right)", 1), ("spacing", "\\frac{14}{3}", "\\frac{14}{ 3 }", 1),
    ("spacing", "11,\\! 111,\\! 111,\\! 100", "11\\,111\\,111\\,100", 1), ("spacing", "$2 \\sqrt{2}$", "2\\!\\sqrt{2}", 1),
    ("spacing", "$2 \\sqrt{2}$", "\\displaystyle 2\\sqrt{2}", 1), ("spacing", "(-\\infty, 0]", "\\left(-\\infty,0\\right]", 1),
    ("spacing", "6+9i", "6 + 9 i", 1), ("spacing", "\\frac{2\\pi}{\\omega}\n", "\\frac{2 \\pi}{ \\omega }", 1),
    # multiple-choice letters
    ("choice", "\\text{(E)}", "E", 1), ("choice", "\\text{(E)}", "(E)", 1), ("choice", "\\text{(E)}", "\\textbf{(E)}", 1),
    ("choice", "\\text{(E)}", "\\text{E}", 1), ("choice", "\\text{(E)}", "D", 0), ("choice", "\\text{(E)}", "(D)", 0),
    ("choice", "\\text{(C)}", "C", 1), ("choice", "\\text{(C)}", "\\textbf{(C) } 12", 0), ("choice", "\\text{(B)}", "B", 1), ("choice", "\\text{(B)}", "A", 0),
    # matrices and vectors
    ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{bmatrix} -1 & 0 \\\\ 0 & -1 \\end{bmatrix}", 1),
    ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}", 0),
    ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{pmatrix} -1 & 0 \\\\ -1 & 0 \\end{pmatrix}", 0),
    ("matrix", "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\begin{pmatrix} \\frac{16}{49} \\\\ \\frac{48}{49} \\\\ \\frac{24}{49} \\end{pmatrix}", 1),
    ("matrix", "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\left(\\frac{16}{49}, \\frac{48}{49}, \\frac{24}{49}\\right)", 1),
    ("matrix", "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}", "\\begin{pmatrix} 48/49 \\\\ 16/49 \\\\ 24/49 \\end{pmatrix}", 0),
    ("matrix", "\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}", "\\begin{pmatrix} 0.2 \\\\ -3.6 \\end{pmatrix}", 1),
    ("matrix", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", 1),
    ("matrix", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "\\begin{pmatrix} 7 \\\\ 16 \\\\ 5 \\end{pmatrix}", 0),
    # infinity
    ("infinity", "(5,\\infty)", "(5, +\\infty)", 1), ("infinity", "(5,\\infty)", "(5,∞)", 1), ("infinity", "(5,\\infty)", "[5,\\infty)", 0),
    ("infinity", "(-\\infty,-5)", "(-\\infty, -5)", 1), ("infinity", "(-\\infty,-5)", "(-\\infty,5)", 0), ("infinity", "(2,\\infty)", "(2,\\infty]", 0),
    # plain-text answers (case and spacing do not matter)
    ("text", "\\text{Evelyn}", "Evelyn", 1), ("text", "\\text{Evelyn}", "evelyn", 1), ("text", "\\text{Evelyn}", "\\text{ Evelyn }", 1),
    ("text", "\\text{Evelyn}", "Navin", 0), ("text", "\\text{east}", "East", 1), ("text", "\\text{east}", "\\text{west}", 0),
    ("text", "\\text{ellipse}", "\\text{Ellipse}", 1), ("text", "\\text{ellipse}", "circle", 0), ("text", "\\text{even}", "\\mathrm{even}", 1),
    ("text", "\\text{even}", "odd", 0), ("text", "\\text{Navin}", "\\textbf{Navin}", 1), ("text", "\\text{Navin}", "\\text{Nav in}", 1),
    # complex numbers
    ("complex", "6+9i", "9i+6", 1), ("complex", "6+9i", "6-9i", 0), ("complex", "1+2i", "i \\cdot 2 + 1", 1), ("complex", "-2 + 7i", "7i-2", 1),
    ("complex", "1 + i\\sqrt{3}\n", "1+\\sqrt{3}i", 1), ("complex", "1 + i\\sqrt{3}\n", "2e^{i\\pi/3}", 1), ("complex", "1 + i\\sqrt{3}\n", "1-i\\sqrt3", 0),
    ("complex", "\\ln 2 + i\\frac{\\pi}{3}\n", "\\ln 2 + \\frac{i\\pi}{3}", 1), ("complex", "-8-8\\sqrt{3}i\n", "-8(1+\\sqrt{3}i)", 1),
    # other bases, logs, inequalities
    ("base", "52_8", "52_{8}", 1), ("base", "52_8", "52", 1), ("base", "52_8", "42", 0), ("base", "4210_{5}", "4210_5", 1),
    ("log", "$2,-\\log _{10} 250$", "2, -\\log_{10}(250)", 1), ("log", "$2,-\\log _{10} 250$", "2, \\log_{10}250", 0),
    ("inequality", "$k \\geqslant 2$", "k \\ge 2", 1), ("inequality", "$k \\geqslant 2$", "2 \\le k", 1), ("inequality", "$k \\geqslant 2$", "k > 2", 0),
    ("inequality", "$k \\geqslant 2$", "k \\geq 3", 0),
    # forms only the MATH training split has (checked against ../shared/data/train)
    ("train-ratio", "1:4", "1 : 4", 1), ("train-ratio", "1:4", "4:1", 0), ("train-ratio", "1:4", "\\frac{1}{4}", 0),
    ("train-time", "4\\!:\\!51\\!:\\!06 \\text{ p.m.}", "4:51:06 \\text{ p.m.}", 1),
    ("train-time", "4\\!:\\!51\\!:\\!06 \\text{ p.m.}", "4:51:07 \\text{ p.m.}", 0),
    ("train-thousands", "\\dfrac{1}{29,\\!322,\\!216}", "\\frac{1}{29322216}", 1),
    ("train-thousands", "\\dfrac{1}{29,\\!322,\\!216}", "\\frac{1}{2932216}", 0), ("train-thousands", "2{,}016{,}532", "2016532", 1),
    ("train-list", "2, 3, \\text{ and } 4", "2, 3, 4", 1), ("train-list", "2, 3, \\text{ and } 4", "2, 3", 0),
    ("train-text", "\\text{A, D, F, G, H}", "A, D, F, G, H", 1), ("train-text", "\\text{A, D, F, G, H}", "\\text{D, A, F, G, H}", 1),
    ("train-text", "\\text{A, D, F, G, H}", "A, D, F, G", 0), ("train-text", "\\text{CBAD}", "CBAD", 1), ("train-text", "\\text{CBAD}", "ABCD", 0),
    ("train-choice", "(\\text{H})", "H", 1), ("train-choice", "(\\text{H})", "(G)", 0), ("train-approx", "\\approx 8.24 \\text{ mph}", "8.24", 1),
    ("train-matrix", "\\begin{pmatrix} 1 & -1 \\\\ 1 & \\phantom -1 \\end{pmatrix}", "\\begin{pmatrix} 1 & -1 \\\\ 1 & 1 \\end{pmatrix}", 1),
    # golds that arrive boxed
    ("boxed-gold", "\\boxed{\\frac{14}{3}}", "14/3", 1), ("boxed-gold", "\\boxed{\\frac{14}{3}}", "3/14", 0),
]

# Whole responses: format failures and extraction rules.
FORMAT = [
    ("format", "5", "The answer is \\boxed{5}.", 0, "no_think"),
    ("format", "5", "<think>\nreasoning... \\boxed{5}", 0, "no_think"),
    ("format", "5", "reasoning, then \\boxed{5}</think>\nSo it is 5.", 0, "no_box"),
    ("format", "5", "</think> The answer is 5.", 0, "no_box"),
    ("format", "5", "</think> The answer is \\boxed{5", 0, "no_box"),
    ("format", "5", "</think> First \\boxed{4}, no wait: \\boxed{5}.", 1, "correct"),
    ("format", "5", "</think> First \\boxed{5}, no wait: \\boxed{4}.", 0, "wrong"),
    ("format", "5", "<think>\\boxed{4}</think>\n\\fbox{5}", 1, "correct"),
    ("format", "5", "<think>a</think> b </think> \\boxed{5}", 1, "correct"),
    ("format", "\\{1,2\\}", "</think> \\boxed{\\{1,2\\}}", 1, "correct"),
    ("format", "5", "</think> \\boxed 5", 0, "no_box"),  # the last box command has no braces
    ("format", "5", "</think> \\boxed{5} or \\boxed 6", 0, "no_box"),  # ...and no earlier box stands in for it
    ("format", "5", "</think> \\fbox5", 0, "no_box"),
    ("format", "5", "</think> \\boxed {5}", 1, "correct"),
    ("format", "5", "</think> \\boxed{}", 0, "wrong"),
    ("format", "5", "", 0, "no_think"),
    # the last box no other box holds is the answer; a box inside it is a frame (what a reader sees is graded)
    ("format", "5", "</think> \\boxed{\\boxed{5}}", 1, "correct"), ("format", "5", "</think> \\boxed{-\\boxed{5}}", 0, "wrong"),
    ("format", "5", "</think> \\boxed{\\boxed{5}\\text{ or } 6}", 0, "wrong"), ("format", "5", "</think> \\boxed{3} \\boxed{\\fbox{5}}", 1, "correct"),
    ("format", "east", "</think> \\boxed{\\text{not } \\boxed{\\text{east}}}", 0, "wrong"),
    # a box that is all of the answer is one more frame, so a unit inside it is read as in one box (set 184)
    ("format", "59", "</think> \\boxed{\\boxed{59 \\text{ cents}}}", 1, "correct"),
    ("format", "59", "</think> \\boxed{ \\fbox{\\boxed{59}\\text{ cm}} }", 1, "correct"),
    ("format", "59", "</think> \\boxed{\\boxed{5}\\boxed{9}}", 0, "wrong"), ("format", "59", "</think> \\boxed{\\boxed{59}9}", 0, "wrong"),
    ("format", "", "</think> \\boxed{}", 0, "wrong"), ("format", "", "</think> \\boxed{5}", 0, "wrong"),  # an empty gold
    ("format", "\\text{}", "</think> \\boxed{}", 0, "wrong"), ("format", "$$", "</think> \\boxed{}", 0, "wrong"),
]

# Issue 11: each rule as positive and negative pairs, (rule, gold, answer, label). Written from the rules,
# not from the grader's output; golds here may be synthetic.
RULES = [
    # tolerance belongs to the gold
    ("tolerance", "12345", "12346.0", 0), ("tolerance", "12345", "12345.0", 1), ("tolerance", "\\pi", "3.1416", 0),
    ("tolerance", "\\pi", "3.14159265358979323846264338327950288", 0), ("tolerance", "2^{20}", "1.0486 \\times 10^6", 0),
    ("tolerance", "2^{20}", "1.048576 \\times 10^{6}", 1), ("tolerance", "x=5", "x = 4.9998", 0), ("tolerance", "\\frac{3}{8}", "0.375", 1),
    ("tolerance", "\\frac{1}{3}", "0.3333", 0), ("tolerance", "\\frac{1}{3}", "0.33333333333333333333", 0), ("tolerance", "1", "1.0001", 0),
    ("tolerance", "1000", "1000.01", 0), ("tolerance", "0", "e^{-100}", 0), ("tolerance", "0", "10^{-50}", 0), ("tolerance", "\\sqrt{2}", "1.414214", 0),
    ("tolerance", "4.46 \\times 10^{19}", "4.462 \\times 10^{19}", 1), ("tolerance", "4.46 \\times 10^{19}", "4.47 \\times 10^{19}", 0),
    ("tolerance", "0.033", "0.0331", 1), ("tolerance", "0.033", "0.0336", 0), ("tolerance", "9.6", "9.64", 1), ("tolerance", "9.6", "9.65", 0),
    # words change meaning
    ("words", "3", "\\text{not } 3", 0), ("words", "144", "12\\text{ squared}", 0), ("words", "5", "5\\text{ million}", 0),
    ("words", "9", "\\text{half of } 18", 0), ("words", "6", "6 \\text{ is not the answer}", 0), ("words", "5", "5 \\text{ cm}", 1),
    ("words", "20\\text{ days}", "20\\text{ hours}", 0), ("words", "20\\text{ days}", "20 \\text{ days}", 1), ("words", "8", "8 \\text{ units}^2", 1),
    ("words", "15\\mbox{ cm}^2", "15\\text{ cm}^3", 0), ("words", "15\\mbox{ cm}^2", "15 \\text{ square cm}", 1), ("words", "7", "7 \\text{ or more}", 0),
    ("words", "12 \\text{ ways}", "12", 1), ("words", "12 \\text{ ways}", "13", 0), ("words", "4:30 \\text{ p.m.}", "4:30 \\text{ a.m.}", 0),
    # no two-for-one scales
    ("percent", "25", "25\\%", 0), ("percent", "0.25", "25\\%", 1), ("percent", "25\\%", "25", 1), ("percent", "25\\%", "0.25", 0),
    ("percent", "25\\%", "25\\%", 1), ("percent", "\\frac{1}{4}", "25\\%", 1),
    # functions must equal as functions
    ("function", "x", "|x|", 0), ("function", "|x|", "\\sqrt{x^2}", 1), ("function", "3", "\\lfloor x \\rfloor", 0),
    ("function", "g(f(x))", "f(g(x))", 0), ("function", "g \\circ f", "f \\circ g", 0), ("function", "x+1", "x+y+1", 0),
    ("function", "x^2", "x^2 + \\sin(\\pi x)", 0), ("function", "\\lceil n/2 \\rceil", "\\lfloor (n+1)/2 \\rfloor", 1),
    ("function", "\\frac{n}{2}", "\\lfloor n/2 \\rfloor", 0), ("function", "|x|^3", "x^2 |x|", 1), ("function", "x^3", "x^2 |x|", 0), ("function", "(x-1)^2", "x^2-2x+1", 1),
    # one choice
    ("choice", "\\text{(B)}", "B", 1), ("choice", "\\text{(B)}", "\\text{(B) } 7", 0), ("choice", "\\text{(B)}", "B, C", 0),
    ("choice", "\\text{(B)}", "\\text{(B) or (C)}", 0), ("choice", "\\text{(B)}", "\\text{not (B)}", 0), ("choice", "\\text{(B)}", "BC", 0),
    ("choice", "\\text{(B)}", "\\text{B and C}", 0), ("choice", "\\text{(B)}", "(B)(C)", 0),
    # literal means literal
    ("literal", "12", "3 4", 0), ("literal", "34", "3 4", 0), ("literal", "12", "3 \\times 4", 1), ("literal", "1112_5", "1112_4", 0),
    ("literal", "1112_5", "1112_{5}", 1), ("literal", "12", "12_3", 0), ("literal", "\\frac{\\pi}{2}", "\\frac{\\pi}{2}^\\circ", 0), ("literal", "90", "90^\\circ", 1),
    # equivalent forms
    ("form", "(2,\\infty)", "x > 2", 1), ("form", "(2,\\infty)", "x \\geq 2", 0), ("form", "[-2, 7]", "-2 \\le x \\le 7", 1),
    ("form", "[-2, 7]", "-2 \\le x < 7", 0), ("form", "(-\\infty,2)\\cup(3,\\infty)", "x < 2 \\text{ or } x > 3", 1),
    ("form", "(-\\infty,2)\\cup(3,\\infty)", "x < 2 \\text{ or } x > 4", 0), ("form", "(0,9)\\cup(9,36)", "(0,36) \\setminus \\{9\\}", 1),
    ("form", "(0,9)\\cup(9,36)", "(0,36) \\setminus \\{8\\}", 0), ("form", "\\frac{1}{3}", "0.\\overline{3}", 1),
    ("form", "\\frac{13}{18}", "0.7\\overline{2}", 1), ("form", "1", "0.\\overline{9}", 1), ("form", "\\frac{1}{3}", "0.\\overline{03}", 0),
    ("form", "(3,2)", "(p,q)=(3,2)", 1), ("form", "(3,2)", "(p,q)=(3,1)", 0), ("form", "11:21", "V_1:V_2 = 11:21", 1),
    ("form", "1", "|AB| = 1", 1), ("form", "(3,2)", "3, 2", 1), ("form", "(3,2)", "2, 3", 0), ("form", "(1,\\pm 2)", "(1,2), (1,-2)", 1),
    ("form", "(1,\\pm 2)", "(1,2)", 0), ("form", "-1, 1", "\\pm 1", 1), ("form", "(0, \\pm 1)", "(0,1), (0,-1)", 1), ("form", "x \\neq 1", "x != 1", 1), ("form", "x \\neq 1", "x != 2", 0),
    ("form", "\\begin{pmatrix} 3 & 1 \\\\ 1 & 3 \\end{pmatrix}", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} + \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}", 1),
    ("form", "\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}", "\\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\end{pmatrix} \\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}", 1),
    ("form", "\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}", "\\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\end{pmatrix} \\begin{pmatrix} 2 \\\\ 2 \\end{pmatrix}", 0),
    ("form", "8", "2³", 1), ("form", "\\frac{1}{2}", "½", 1), ("form", "17", "1\u200b7", 1), ("form", "-3", "－3", 1), ("form", "17", "1 7", 0),
    # found by the second held-out set (tests/reward_heldout2.py): an approximation is a hedge unless the gold is
    # one; arcseconds are a unit; a unit may follow π, and may be a quotient; ℝ is the real line
    ("approx", "601", "\\approx 601", 0), ("approx", "3", "x \\approx 3", 0), ("approx", "3", "≈ 3", 0), ("approx", "3", "3~\\text{cm}", 1),
    ("approx", "\\approx 8.24", "\\approx 8.24", 1), ("unit", "0.003^{\\prime \\prime}", "0.003^{\\circ}", 0),
    ("unit", "0.003^{\\prime \\prime}", "0.003^{\\prime\\prime}", 1), ("unit", "0.003^{\\prime \\prime}", "0.003", 1),
    ("unit", "\\pi", "\\pi\\text{ radians}", 1), ("unit", "2\\pi", "2\\pi \\text{ rad}", 1), ("unit", "\\pi", "\\pi\\text{ days}", 1),
    ("unit", "3 \\times 10^{8}", "3\\times10^{8}\\text{ m/s}", 1), ("unit", "30", "30 \\text{ meters per second}", 1),
    ("unit", "30\\text{ m/s}", "30\\text{ km/s}", 0), ("unit", "30\\text{ m/s}", "30\\text{ m s}", 0), ("unit", "30", "30 \\text{ m/x}", 0),
    ("form", "(-\\infty, \\infty)", "\\mathbb{R}", 1), ("form", "(0, \\infty)", "\\mathbb{R}", 0), ("form", "(-\\infty, \\infty)", "\\mathbb{R}^2", 0),
    # found by the third held-out set (tests/reward_heldout3.py): an undefined base to the power 0 is not 1; a
    # discrete gold must agree at integers (and as a function, unless the answer is discrete too); ± tuples in a list
    ("undefined", "1", "0^0", 0), ("undefined", "1", "\\infty^0", 0), ("undefined", "1", "(\\frac{0}{0})^0", 0), ("undefined", "1", "2^0", 1),
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lceil\\log_2 n\\rceil", 0), ("discrete", "\\lfloor x \\rfloor", "x", 0),
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lfloor\\log_2 (2n)\\rfloor", 1), ("discrete", "\\binom{n}{2}", "\\frac{n(n-1)}{2}", 1),
    ("form", "(0,2),(0,-2),(4,3),(4,-3)", "(0,\\pm 2), (4, \\pm 3)", 1), ("form", "(0,2),(0,-2),(4,3),(4,-3)", "(0,\\pm 2), (4, 3)", 0),
    # found by the fourth held-out set (tests/reward_heldout4.py, Math-Verify's own tests relabelled)
    ("form", "x < 1", "-x > -1", 1), ("form", "x < 1", "-x > 1", 0), ("form", "x \\le 1", "-x \\ge -1", 1), ("form", "(11,7)or(7,11)", "(7,11), (11,7)", 1),
    ("form", "(11,7)or(7,11)", "(7,11)", 0), ("unit", "1000.99", "1,000.99€", 1), ("unit", "1000.99", "1,000.98€", 0),
    ("form", "\\frac{NO}{BO}=\\frac{1}{\\sqrt{6}}", "\\frac{1}{\\sqrt{6}}", 1), ("form", "\\frac{NO}{BO}=\\frac{1}{\\sqrt{6}}", "\\frac{1}{\\sqrt{5}}", 0),
    # found by the fifth held-out set (tests/reward_heldout5.py, training golds): a letter with its option's text,
    # never with another letter or a connective; a unit after a parenthesis
    ("choice", "\\text{(A)}", "\\text{(A) Line}", 0), ("choice", "\\text{(C)}", "(C)\\ p + s = 0", 0), ("choice", "\\text{(A)}", "\\text{(A) or Line}", 0),
    ("choice", "\\text{(A)}", "\\text{(A) Line (B)}", 0), ("choice", "\\text{(A)}", "\\text{(A) B}", 0), ("choice", "\\text{(A)}", "\\text{(B) Line}", 0),
    ("choice", "\\text{(A)}", "\\text{(A) not Line}", 0), ("unit", "480 + 480\\sqrt{3}\\text{ feet}", "480(1+\\sqrt{3})\\text{ feet}", 1),
    ("unit", "480 + 480\\sqrt{3}\\text{ feet}", "480(1+\\sqrt{3})\\text{ inches}", 0),
    # found by the sixth held-out set (tests/reward_heldout6.py, exploits): a gap hidden inside a function
    # (tanh saturating, a second-order term at a tiny argument); ± against one value; colour is not meaning
    ("hidden", "1", "\\tanh(100)", 0), ("hidden", "1", "\\tanh(1000)", 0), ("hidden", "1", "\\cosh(10^{-40})", 0),
    ("hidden", "1", "\\frac{\\sin(10^{-30})}{10^{-30}}", 0), ("hidden", "\\tanh(1)", "\\frac{e^2-1}{e^2+1}", 1), ("hidden", "1", "\\cos(0)", 1),
    ("hedge", "5", "5 \\pm 0", 0), ("hedge", "\\pm 2", "\\pm 2", 1), ("form", "5", "\\textcolor{red}{5}", 1), ("form", "5", "{\\color{blue} 5}", 1),
    ("form", "5", "5 \\color{white}{6}", 0),
    # found by the seventh held-out set (tests/reward_heldout7.py, numeric attacks): a long decimal is not an
    # irrational gold; integer points reach 10^9; \sinh^{-1} is the inverse; trig arguments in degrees
    ("tolerance", "\\sqrt{2}", "1.41421356237309504880168872420969807856967187537694", 0),
    ("tolerance", "\\sqrt{2}", "\\sqrt{2.00000000000000000000000000000000000000000000000001}", 0),
    ("discrete", "\\lfloor n/10^6 \\rfloor", "\\lfloor n/10^7 \\rfloor", 0), ("discrete", "\\lfloor n\\sqrt{2}\\rfloor", "\\lfloor 1.41421356n\\rfloor", 0),
    ("discrete", "\\binom{2n}{n}", "\\frac{(2n)!}{(n!)^2}", 1), ("inverse", "\\frac{1}{\\sinh 1}", "\\sinh^{-1}(1)", 0),
    ("inverse", "\\ln(1+\\sqrt2)", "\\sinh^{-1}(1)", 1), ("degrees", "\\frac{\\sqrt{5}-1}{4}", "\\sin 18^\\circ", 1),
    ("degrees", "\\frac{1}{2}", "\\sin 30", 0), ("degrees", "\\frac{1}{2}", "\\sin(30^\\circ)", 1),
    # found by the eighth held-out set (tests/reward_heldout8.py, structured answers): labelled coordinates are
    # read in their names' order; x ≠ 3 is the union around 3; ⟨a, b⟩ is a vector
    ("form", "(2,-3)", "y=2, x=-3", 0), ("form", "(-3,2)", "y=2, x=-3", 1), ("form", "(3,-1)", "b=-1, a=3", 1), ("form", "(1,2,3)", "z=1,y=2,x=3", 0),
    ("form", "(-\\infty,3)\\cup(3,\\infty)", "x \\ne 3", 1), ("form", "(-\\infty,3)\\cup(3,\\infty)", "x \\ne 4", 0), ("form", "3", "x \\ne 3", 0),
    ("form", "\\begin{pmatrix} -5 \\\\ 9 \\end{pmatrix}", "\\langle -5,9\\rangle", 1), ("form", "\\begin{pmatrix} -5 \\\\ 9 \\end{pmatrix}", "\\langle 9,-5\\rangle", 0),
    # found by the ninth held-out set (tests/reward_heldout9.py): a unit is not a percent; names listed are an order
    ("percent", "44\\%", "44^\\circ", 0), ("percent", "44\\%", "\\$44", 0), ("percent", "44\\%", "44", 1),
    ("text", "\\text{Softball, Kickball, Picnic}", "\\text{Picnic, Kickball, Softball}", 0),
    ("text", "\\text{Softball, Kickball, Picnic}", "Softball, Kickball, Picnic", 1), ("choice", "\\text{A, D}", "\\text{D, A}", 1),
    # found by the tenth (tests/reward_heldout10.py): a gold in scientific notation is rounded to its mantissa's
    # digits, even an integer one (Minerva's `4 \times 10^{33}`); arcseconds and nanometres spelled out are units
    ("tolerance", "4 \\times 10^{33}", "3.9 \\times 10^{33}", 1), ("tolerance", "4 \\times 10^{33}", "3.4 \\times 10^{33}", 0),
    ("tolerance", "3 \\cdot 10^6", "2.7 \\times 10^{6}", 1), ("tolerance", "3", "2.7", 0), ("tolerance", "2000", "2.4 \\times 10^3", 0),
    ("unit", "1.2", "1.2 \\text{ arcseconds}", 1), ("unit", "1.2^{\\prime\\prime}", "1.2 \\text{ arcminutes}", 0),
    ("unit", "671.02", "671.02 \\text{ nm}", 1), ("unit", "5\\text{ cm}", "5 \\text{ nanometers}", 0),
    ("tolerance", "\\ln(2\\cdot 10^{10})", "\\sinh^{-1}(10^{10})", 0),  # only a gold that is all scientific notation
    # found by the eleventh (tests/reward_heldout11.py): a subscript digit is a subscript; a symbol may not cancel
    # (its gold lacks it); a floor the gold lacks may hide between the sample points; \max, \min, \choose
    ("form", "12", "1₂", 0), ("form", "25", "2₅", 0), ("form", "x_{2}", "x₂", 1), ("function", "5", "\\frac{5x}{x}", 0),
    ("function", "5", "5 + 0 \\cdot x", 0), ("function", "x", "x + y - y", 0), ("function", "5", "5^{x - x + 1}", 0),
    ("function", "1", "x^0", 0), ("function", "\\frac{NO}{BO}", "\\frac{NO}{BO}", 1), ("function", "x", "2x - x", 1),
    ("equation", "m \\frac{d v}{d t}+b v=f", "\\frac{dv}{dt} m + bv = f", 1), ("equation", "m \\frac{d v}{d t}+b v=f", "m\\frac{dv}{dt} = f", 0),
    ("function", "x", "x + \\lfloor \\frac{x^2}{10^{12}} \\rfloor", 0), ("function", "x", "x + \\lfloor \\frac{1}{1+x^2} \\rfloor", 0),
    ("discrete", "\\lfloor \\frac{n}{2} \\rfloor", "\\lfloor n/2 \\rfloor", 1), ("form", "3", "\\lfloor \\pi \\rfloor", 1),
    ("form", "5", "\\max(4,5)", 1), ("form", "5", "\\min(5, 6)", 1), ("form", "5", "\\max(5, 6)", 0), ("form", "x", "\\max(x, x-1)", 1),
    ("form", "5", "{5 \\choose 4}", 1), ("form", "5", "{5 \\choose 3}", 0), ("discrete", "n!", "\\Gamma(n+1)", 1),
    # found by the fifteenth (tests/reward_heldout15.py): a label may be a sum or product of names; \angle
    ("label", "265", "m+n = 265", 1), ("label", "4", "m - n = 4", 1), ("label", "468", "AB \\cdot AC = 468", 1),
    ("label", "5", "x + 1 = 5", 0), ("label", "5", "2x = 10", 0), ("label", "5", "-x = 5", 0), ("label", "5", "-m - n = 5", 0),
    ("label", "76^\\circ", "\\angle B = 76^\\circ", 1), ("label", "76^\\circ", "\\angle B = 77^\\circ", 0),
    ("discrete", "n!", "\\Gamma(n)", 0),
    # found by the fourteenth (tests/reward_heldout14.py): `and` between inequalities is no union; a choice letter
    # takes no script; \bmod; the real cube root of a negative number
    ("interval", "(-\\infty, 2) \\cup (3, \\infty)", "x < 2 \\text{ and } x > 3", 0), ("choice", "\\text{(C)}", "C^{2}", 0),
    ("choice", "\\text{(B)}", "(B)7", 0), ("form", "2", "2^{10} \\bmod 7", 1), ("form", "5", "19 \\bmod 7", 1),
    ("form", "4", "19 \\bmod 7", 0), ("discrete", "n \\bmod 3", "n \\bmod 2", 0), ("form", "-3", "\\sqrt[3]{-27}", 1),
    ("form", "3", "\\sqrt[3]{-27}", 0),
    # found by the sixteenth (tests/reward_heldout16.py, users' bug reports): only a plain number is a rounded gold;
    # exact numbers up to 200,000 bits (2^{65536}, 2005!), never a product that outgrows them; a gold `ab` is a product
    ("tolerance", "0.5 + \\frac{\\pi}{8}", "0.5 + 0.3927", 0), ("tolerance", "0.5 + \\frac{\\pi}{8}", "\\frac{1}{2} + \\frac{\\pi}{8}", 1),
    ("form", "2^{65536}", "4^{32768}", 1), ("form", "2^{65536}", "2^{65537}", 0), ("form", "\\frac{1}{2004!}", "\\frac{2005}{2005!}", 1),
    ("form", "5", "".join(["2000!"] * 166), 0), ("form", "ab", "a \\cdot b", 1), ("form", "ab", "ba", 0), ("form", "ab", "a + b", 0),
    # false negatives of earlier sets closed at the end: |x| bounds as intervals, an interval taken out of an
    # interval, two strings neither of which is math compared as text
    ("interval", "(-6, 6)", "|b| < 6", 1), ("interval", "(-6, 6)", "|b| \\le 6", 0), ("interval", "(-1, 3)", "|x - 1| < 2", 0),
    ("union", "(-\\infty,-1] \\cup [1,\\infty)", "|x| \\ge 1", 1), ("union", "(-\\infty,-1] \\cup [1,\\infty)", "|x| > 1", 0),
    ("union", "(-\\infty,3] \\cup [4,\\infty)", "\\mathbb{R}\\setminus(3,4)", 1),
    ("union", "(-\\infty,3] \\cup [4,\\infty)", "\\mathbb{R}\\setminus[3,4]", 0), ("text", "\\text{A5}_{11}", "A5_{11}", 1),
    ("text", "\\text{A5}_{11}", "A6_{11}", 0), ("text", "-37_8", "-37_{8}", 1), ("text", "-37_8", "-36_{8}", 0),
    # found by the eighteenth (tests/reward_heldout18.py, aimed at the new rules): a rounded gold just at a power of
    # ten rounds a digit finer below it; only a gold that is all scientific notation is rounded; `and` between
    # inequalities intersects, `or` (`\lor`) unites, and touching or overlapping pieces join
    ("tolerance", "1 \\times 10^{-3}", "0.00094", 0), ("tolerance", "1 \\times 10^{-3}", "0.00096", 1), ("tolerance", "1.0", "0.96", 0),
    ("tolerance", "1.0", "0.996", 1), ("tolerance", "-1.0", "-0.996", 1), ("tolerance", "2 \\times 10^{3} + 1", "2000", 0),
    ("interval", "(2,3)", "x > 2 \\text{ and } x < 3", 1), ("interval", "(2,3)", "x > 2 \\land x < 3", 1),
    ("interval", "[2,3]", "x \\ge 2 \\text{ and } x < 3", 0), ("interval", "(-\\infty,\\infty)", "x > 2 \\text{ or } x < 3", 1),
    ("union", "(-\\infty,2)\\cup(3,\\infty)", "x < 2 \\lor x > 3", 1), ("form", "3", "3 \\lor 4", 0),
    ("interval", "[-11, 16)", "[-11, 9] \\cup (9, 16)", 1), ("interval", "[-11, 16)", "[-11, 9) \\cup (9, 16)", 0),
    # found by the nineteenth (tests/reward_heldout19.py): inequalities in two variables are no interval; `and`
    # with `or` has no reading; each number of a gold keeps its own digits ((1.3, 2): the 2 is exact)
    ("interval", "(2,5)", "x > 2 \\text{ and } y < 5", 0), ("interval", "x > 2", "x > 2 \\text{ and } y > 2", 0),
    ("union", "(-\\infty,2)\\cup(3,\\infty)", "x < 2 \\text{ or } y > 3", 0), ("interval", "(2,5)", "x < 5 \\text{ or } x > 2 \\text{ and } x < 5", 0),
    ("tolerance", "(1.3, 2)", "(1.3, 2.01)", 0), ("tolerance", "(1.3, 2)", "(1.27, 2)", 1), ("tolerance", "(0.5, 1.25)", "(0.54, 1.254)", 1),
    ("union", "(-\\infty,0)\\cup(0,\\infty)", "|x| > 0", 1),
    # after the measurement sets: a sign (-1)^n makes an expression discrete, so it is compared at integers only
    ("discrete", "\\left\\lfloor \\frac{n}{2} \\right\\rfloor", "\\frac{2n-1+(-1)^n}{4}", 1),
    ("discrete", "\\left\\lfloor \\frac{n}{2} \\right\\rfloor", "\\frac{2n+1+(-1)^n}{4}", 0), ("discrete", "(-1)^n", "(-1)^{3n}", 1),
    ("discrete", "(-1)^n", "(-1)^{n+1}", 0), ("discrete", "(-1)^n", "1", 0), ("discrete", "x", "(-1)^x x", 0),
    ("discrete", "(\\lfloor (n+1)/2 \\rfloor, n)", "(\\lceil n/2 \\rceil, n)", 1),  # a discrete element: a discrete tuple
    ("form", "\\sqrt{\\pi}", "\\Gamma(\\frac{1}{2})", 1), ("form", "5", "\\Gamma", 0),
    # fifth session: a symbol may not cancel inside \\binom, \\log_b, \\sqrt[k] or \\bmod either
    ("cancel", "5", "5\\log_k k", 0), ("cancel", "5", "5\\sqrt[k]{1}", 0), ("cancel", "5", "5 + (k \\bmod k)", 0),
    ("cancel", "\\binom{2n}{n}", "\\binom{2n}{n}\\binom{m}{0}", 0), ("form", "1", "10 \\bmod 3", 1),
    ("form", "3", "\\log_2 8", 1), ("form", "2", "\\sqrt[3]{8}", 1),
    # ...a discrete gold is compared at integers of both signs and 0, and (-1)^n at n = 10^9 + 7 has a value
    ("discrete", "\\lfloor \\frac{n}{2} \\rfloor", "\\lfloor \\frac{|n|}{2} \\rfloor", 0),
    ("discrete", "\\lfloor \\frac{n}{2} \\rfloor", "\\lfloor \\frac{n}{2} \\rfloor + \\lfloor \\frac{1}{n^2+1} \\rfloor", 0),
    ("discrete", "\\lfloor \\log_2 n \\rfloor", "\\lfloor 1.4427 \\ln n \\rfloor", 0),
    ("discrete", "(-1)^n x^n", "(-1)^n |x|^n", 0), ("discrete", "(-1)^{n+k}", "(-1)^{n-k}", 1),
    ("discrete", "\\frac{1-(-1)^n}{2}", "\\frac{(1-(-1)^n)^2}{4}", 1),  # 0^2 at even n is 0
    ("discrete", "\\lfloor \\frac{2n}{3} \\rfloor + 1", "\\frac{2n+3-(2n \\bmod 3)}{3}", 1),  # 0 vs a residue at n = -1
    ("zero", "0", "\\sin \\pi", 1), ("zero", "0", "e^{-148}", 0), ("zero", "0", "10^{-60}", 0), ("zero", "0", "e^{-2000}", 0),
    # seventh session, an adaptive black-box attack (tests/reward_redteam25.py): an equation off by 10^{-40} is
    # another equation; digits in braces are still side by side; a kink no two sample points straddle hides a
    # difference; a choice letter with a qualifier or a verdict; Minerva's units
    ("equation", "x=5", "x=5+10^{-40}", 0), ("equation", "y = 2x + 3", "y = 2x + 3.0000000000000000000000000000000001", 0),
    ("equation", "a=\\pi", "a=3.1415926535897932384626433832795", 0), ("equation", "y = 2x + 3", "y(1+10^{-40})=2x+3", 0),
    ("equation", "y = 2x + 3", "2y = 4x + 6", 1), ("equation", "x=\\sqrt{2}", "x=\\frac{83922003724759193}{59341817924539925}", 0),
    ("literal", "6", "{2}3", 0), ("literal", "6", "2{3}", 0), ("literal", "6", "\\mathbf{2}3", 0), ("literal", "6", "\\color{red}{2} 3", 0),
    ("literal", "12\\pi", "{3}4\\pi", 0), ("literal", "(n-2) 2^{n}+1", "n2^n-2^{n+1}+1", 1), ("literal", "6", "{2}\\cdot 3", 1),
    ("kink", "x+1", "x+1+\\max(0,x-15)", 0), ("kink", "x", "\\min(x, 100)", 0), ("kink", "2n+1007", "|2n+1007|", 0),
    ("kink", "x+100", "|x+100|", 0), ("kink", "x-20", "x - 20 + \\sqrt{(x-100)^2} + x - 100", 0), ("kink", "x^2", "|x|^2", 1),
    ("kink", "x^2", "|x^2|", 1), ("kink", "(-1)^{n+k}", "(-1)^{|n-k|}", 1), ("kink", "|x|", "\\max(x, -x)", 1),
    ("choice", "\\text{(C)}", "C \\text{ (probably)}", 0), ("choice", "\\text{(C)}", "(C) \\text{ is wrong}", 0),
    ("choice", "\\text{(C)}", "\\text{(C)}?", 0), ("choice", "\\text{(C)}", "\\text{(C)} \\pm 1", 0),
    ("choice", "\\text{(C)}", "\\text{(C)}, \\ldots", 0), ("choice", "\\text{(C)}", "\\displaystyle \\text{(C)}", 1),
    ("choice", "\\text{(C)}", "(C) -3", 0), ("text", "\\text{Evelyn}", "\\displaystyle \\text{Evelyn}", 1),
    ("unit", "4.5e33", "4.5 \\times 10^{33} \\text{ erg/s}", 1), ("unit", "9.6", "9.6 \\AA", 1), ("unit", "9.6", "9.6 \\text{ Å}", 1),
    ("unit", "0.13", "0.13\\mathrm{~eV}", 1), ("unit", "1950", "1950\\,^{\\circ}\\text{C}", 1), ("unit", "24.310", "24.310 \\text{ g/mol}", 1),
    ("unit", "9.6\\text{ cm}", "9.6 \\AA", 0),
    # ...and its second round (tests/reward_heldout26.py): what follows a factor with no operator is never a sign,
    # and a number only after a name or a bracket; {,} only between thousands; a labelled tuple names each
    # value; "per cent" is %; more qualifiers after a choice letter; a letter in a font is the letter
    ("literal", "6", "5{+1}", 0), ("literal", "6", "5\\mathbf{+1}", 0), ("literal", "x+1", "x{+1}", 0), ("literal", "-3", "{-3}{+1}", 0),
    ("literal", "\\frac{2}{3}", "0.\\overline{3}2", 0), ("literal", "500", "10^{2}5", 0), ("literal", "12", "3!2", 0),
    ("literal", "12", "\\sqrt{9}4", 0), ("literal", "12", "\\frac{6}{1}2", 0), ("literal", "6", "\\lfloor 3.5\\rfloor 2", 0),
    ("literal", "3", "\\log_{2}8 1", 0), ("literal", "2\\sin x", "2\\sin x", 1), ("literal", "-x", "x(-1)", 1),
    ("literal", "34", "3{,}4", 0), ("literal", "1234", "12{,}34", 0), ("literal", "2016", "2{,}016", 1),
    ("label", "a=3, b=4", "(b,a)=(3,4)", 0), ("label", "a=3, b=4", "(a,b)=(3,4)", 1), ("label", "x=1, y=2", "(x,z)=(1,2)", 0),
    ("percent", "5", "5\\text{ per cent}", 0), ("percent", "0.05", "5\\text{ per cent}", 1), ("percent", "10\\%", "10\\text{ percent}", 1),
    ("choice", "\\text{(C)}", "\\text{(C) unsure}", 0), ("choice", "\\text{(C)}", "\\text{(C)}\\text{ (I think)}", 0),
    ("choice", "\\text{(C)}", "\\text{(C) isn't right}", 0), ("choice", "\\text{(C)}", "C ❌", 0),
    ("choice", "\\text{(C)}", "\\text{(C) }\\ne\\text{answer}", 0), ("choice", "\\text{(C)}", "\\mathbf{C}", 1),
    ("choice", "\\text{(E)}", "\\text{(E) no solution}", 0),
    # ...its third round (tests/reward_heldout27.py): unit symbols keep their case, and SI prefixes count (M is not
    # m, Mg not mg); a one-letter gold in lower case is a value, not a choice; a label names, never defines (x = 2x);
    # a logarithm needs a base of value; \\phantom leaves a gap; 0.(3) is a repeating decimal
    ("unit", "5\\text{ m}", "5\\text{ M}", 0), ("unit", "5\\text{ mg}", "5\\text{ Mg}", 0), ("unit", "5\\text{ m}", "5\\text{ ms}", 0),
    ("unit", "2\\text{ meV}", "2\\text{ MeV}", 0), ("unit", "5\\text{ T}", "5\\text{ t}", 0), ("unit", "5\\text{ mg}", "5\\text{ mg}", 1),
    ("unit", "5", "5\\text{ Meters}", 1), ("unit", "3", "3 \\text{ lbs}", 1), ("unit", "5.4 \\text{ cents}", "5.4¢", 1),
    ("letter", "x", "x\\text{ squared}", 0), ("letter", "e", "e\\text{ plus } 1", 0), ("letter", "n", "n\\text{ divided by } 2", 0),
    ("choice", "C", "D = C", 0), ("form", "\\mathbb{R}", "(-\\infty, \\infty)", 1), ("choice", "C", "(D)=(C)", 0), ("choice", "C", "\\text{(C)}", 1), ("choice", "\\text{(C)}", "\\text{(C)}^{?}", 0),
    ("choice", "\\text{(C)}", "\\text{(C)}\\text{ (50\\%)}", 0), ("choice", "\\text{(C)}", "C\\text{ presumably}", 0),
    ("label", "2x", "x=2x", 0), ("label", "x+1", "x^2 = x+1", 0), ("label", "(3,2)", "(x,x)=(3,2)", 0), ("label", "2x", "y=2x", 1),
    ("undefined", "0", "\\log_0 5", 0), ("undefined", "0", "\\log_{-1} 1", 0), ("undefined", "0", "\\frac{\\ln 5}{\\ln 0}", 0),
    ("undefined", "3", "\\log_2 8", 1), ("literal", "34", "3\\phantom{0}4", 0), ("literal", "5", "5\\phantom{0}", 1),
    ("form", "\\frac{1}{3}", "0.(3)", 1), ("form", "\\frac{7}{3}", "2.(3)", 1), ("form", "6", "2.(3)", 0), ("form", "\\frac{61}{30}", "2.0(3)", 1),
    # ...its fourth round (tests/reward_heldout29.py): a degree sign inside a function or an exponent, or after a
    # function, is no angle; against a percent gold a % applies once to a whole term; a prime after a subscript is
    # a prime; an acronym of 3+ capitals is a name; a labelled tuple is read in its names' order; a struck letter
    ("degree", "\\cot x", "\\cot x^\\circ", 0), ("degree", "\\sin x", "\\sin(x\\degree)", 0), ("degree", "e^{2}", "e^{2^{\\circ}}", 0),
    ("degree", "\\tan \\frac{\\pi}{8}", "\\tan\\frac{\\pi}{8}^{\\circ}", 0), ("degree", "(45^{\\circ}, 60^{\\circ})", "(45^\\circ, 60^\\circ)", 1),
    ("degree", "(45, 60)", "(45^\\circ, 60^\\circ)", 1), ("degree", "\\frac{\\sqrt{5}-1}{4}", "\\sin 18^\\circ", 1),
    ("percent", "8 \\%", "2\\%\\cdot 4\\%", 0), ("percent", "8 \\%", "\\sqrt{64\\%}", 0), ("percent", "40\\%", "40\\%\\%", 0),
    ("percent", "8 \\%", "4\\% + 4\\%", 1), ("prime", "x_1", "x_1^{\\prime}", 0), ("prime", "x_1'", "x_1^{\\prime}", 1),
    ("acronym", "MR=SRMC", "MR=CMRS", 0), ("acronym", "SRAC=LRAC", "SRAC=LARC", 0), ("acronym", "MR=SRMC", "MR = SRMC", 1),
    ("label", "(8,-2)", "(b,a)=(8,-2)", 0), ("label", "(8,-2)", "(a,b)=(8,-2)", 1), ("label", "(8,-2)", "P = (8,-2)", 1),
    ("label", "11:21", "V_1:V_2 = 11:21", 1), ("choice", "\\text{(C)}", "C\\!\\!\\!/", 0), ("choice", "\\text{(C)}", "C\\;\\xmark", 0),
    # ...its fifth round (tests/reward_heldout31.py): a unit's exponent is a whole number, all of it; a degree sign
    # applies once to a whole term; a discrete gold is also compared at 1 and 2
    ("unit", "20\\text{ m}", "20\\text{ m}^{1/2}", 0), ("unit", "20\\text{ cm}^2", "20\\text{ cm}^{2-1}", 0),
    ("unit", "20\\text{ cm}^2", "20\\text{ cm}^{2}", 1), ("unit", "6.43 \\times 10^{16} \\text{ cm}^{-3}", "6.43 \\times 10^{16} \\text{ cm}^{-3}", 1),
    ("degree", "30^\\circ", "(5^\\circ)^2+5^\\circ", 0), ("degree", "30^\\circ", "2^\\circ\\cdot 15^\\circ", 0),
    ("degree", "30^\\circ", "6\\cdot 5^\\circ", 1), ("degree", "60^\\circ, 120^\\circ", "60^\\circ, 120^\\circ", 1),
    ("degree", "90^{\\circ}, 60^{\\circ}", "60^{\\circ}, 90^{\\circ}", 1), ("degree", "x^2-2x+2", "x^2-2x^\\circ+2", 0),
    ("discrete", "\\lfloor\\frac{2 n-1}{5}\\rfloor", "\\lfloor\\frac{2n-1}{5}\\rfloor+\\left\\lfloor\\frac{1}{(n-2)^2+1}\\right\\rfloor", 0),
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lfloor\\log_2 n\\rfloor+1+\\left\\lfloor\\frac{1}{(n-1)^2+1}\\right\\rfloor", 0),
    # ...its sixth round (tests/reward_heldout33.py): no periodic term vanishes at all the real sample points;
    # more qualifiers after a choice letter
    ("periodic", "x^2+1", "x^2+1+\\sin(100\\pi x)", 0), ("periodic", "x^2+1", "x^2+1+\\sin(10^{6}\\pi x)", 0),
    ("periodic", "y = 2x+3", "y = 2x+3+\\sin(100\\pi x)", 0), ("periodic", "x", "x\\cos(2\\cdot 10^6\\pi x)", 0),
    ("periodic", "\\sin^2 x", "\\frac{1-\\cos 2x}{2}", 1), ("choice", "C", "C\\text{ apparently}", 0),
    ("choice", "C", "C\\text{ nope}", 0), ("choice", "C", "\\text{(C)}\\text{ cannot be}", 0), ("choice", "C", "C\\text{ seems right}", 0),
    # ...its seventh round (tests/reward_heldout35.py): a trailing ellipsis is an approximation
    ("approx", "\\frac{3}{4}", "0.7500...", 0), ("approx", "12", "12.0…", 0), ("approx", "\\frac{3}{4}", "0.75", 1), ("form", "4", "\\therefore 4", 1),
    ("discrete", "\\lfloor x \\rfloor", "\\lfloor x^{999} \\rfloor", 0),  # a value at 0 and ±1 only: too little evidence
    ("form", "\\sqrt{51}", "√51", 1), ("form", "\\sqrt{51}", "√5 1", 0),  # after held-out set 28 (blind, scored once)
    # natural forms the attack sets listed as false negatives
    ("form", "\\frac{1}{2}", "{1 \\over 2}", 1), ("form", "\\frac{1}{2}", "\\nicefrac{1}{2}", 1), ("form", "\\frac{1}{3}", "0.\\bar{3}", 1),
    ("form", "\\frac{1}{6}", "0.1\\dot{6}", 1), ("form", "\\frac{1}{3}", ".\\overline{3}", 1), ("form", "\\frac{1}{2}", "{2 \\over 3}", 0),
    ("unit", "1950^\\circ C", "1950℃", 1), ("unit", "1950^\\circ C", "1950℉", 0),
    # the attack's eighth round (tests/reward_heldout37.py): a trailing ellipsis after anything; what may follow a letter
    ("approx", "12", "12...", 0), ("approx", "\\frac{3}{4}", "\\frac{3}{4}...", 0), ("approx", "(1,2)", "(1,2)‥", 0), ("form", "12", "12.", 1),
    ("choice", "C", "(C)？", 0), ("choice", "C", "C\\pm1", 0), ("choice", "C", "(C)^2", 0), ("choice", "C", "(C)\\cdot0", 0),
    ("choice", "C", "C\\ (50\\%)", 0), ("choice", "C", "C...", 0), ("choice", "\\text{(C)}", "(C)\\ 25\\%", 0),
    # eighth session: the ninth round (tests/reward_heldout39.py): a floor the gold lacks hides a difference in an
    # equation too; three primes are no arcseconds. Natural forms from it and from blind set 40
    ("floor", "y = 2x + 3", "y=2x+3+\\lfloor\\frac{|x|}{20}\\rfloor", 0), ("floor", "y = 2x + 3", "y+\\lceil\\frac{x^2}{500}\\rceil=2x+3", 0),
    ("floor", "y = \\lfloor x \\rfloor", "y - \\lfloor x \\rfloor = 0", 1), ("floor", "x+1", "x+1+\\lfloor\\frac{x^2}{200}\\rfloor", 0),
    ("unit", "5^{\\prime\\prime}", "5^{\\prime\\prime\\prime}", 0), ("unit", "0.003^{\\prime \\prime}", "0.003''", 1),
    ("unit", "0.003^{\\prime \\prime}", "0.003″", 1), ("unit", "5^{\\prime}", "5''", 0),
    ("form", "\\frac{3}{2}", "3 \\over 2", 1), ("form", "\\frac{3}{2}", "3∕2", 1), ("form", "\\frac{3}{2}", "3⁄2", 1), ("form", "\\alpha", "α", 1),
    ("form", "\\alpha", "β", 0), ("text", "\\text{Evelyn}", "Evelyn\u200d", 1),
    ("interval", "(2,\\infty)", "\\{x \\mid x > 2\\}", 1), ("interval", "(2,\\infty)", "\\{x : x \\ge 2\\}", 0),
    ("interval", "(2,\\infty)", "]2,\\infty[", 1), ("interval", "[2,5)", "[2,5[", 1), ("interval", "[2,5)", "]2,5[", 0),
    ("union", "(-\\infty, 0]", "x\\in(-\\infty,0)\\cup\\{0\\}", 1), ("union", "(-\\infty, 0]", "(-\\infty,0)\\cup\\{1\\}", 0),
    ("unit", "3\\text{ m/s}", "3 \\text{ m}/\\text{s}", 1), ("unit", "3\\text{ m/s}", "3\\,\\frac{\\text{m}}{\\text{s}}", 1),
    ("unit", "3\\text{ m/s}", "3\\,\\frac{\\text{m}}{\\text{h}}", 0), ("union", "(2,\\infty)", "(2,\\infty)\\cup\\{5\\}", 0), ("union", "(0,1)\\cup(2,3)", "x\\in(0,1)\\cup(2,3)", 1),
    ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 2 \\\\[2pt] 3 & 4 \\end{pmatrix}", 1),
    # ...and the held-out sets' natural forms: a transpose, a small power of a rational matrix, a chain of values
    # each equal to an exact gold, a base in brackets, \\degree C
    ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 3 \\\\ 2 & 4 \\end{pmatrix}^{T}", 1),
    ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}^\\top", 0),
    ("matrix", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "(-7,16,5)^T", 1), ("matrix", "\\begin{pmatrix} -7 \\\\ 16 \\\\ 5 \\end{pmatrix}", "(-7,5,16)^T", 0),
    ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{pmatrix} 0 & 1 \\\\ -1 & 0 \\end{pmatrix}^{2}", 1),
    ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{pmatrix} 0 & 1 \\\\ -1 & 0 \\end{pmatrix}^{3}", 0),
    ("matrix", "\\begin{pmatrix} \\frac12 & 0 \\\\ 0 & 1 \\end{pmatrix}", "\\begin{pmatrix} 2 & 0 \\\\ 0 & 1 \\end{pmatrix}^{-1}", 1),
    ("matrix", "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}", "\\begin{pmatrix} 0 & 0 \\\\ 0 & 0 \\end{pmatrix}^{-1}", 0),
    ("chain", "\\frac{1}{40}", "\\frac{1}{40} = 0.025", 1), ("chain", "\\frac{1}{40}", "\\frac{1}{40} = 0.026", 0),
    ("chain", "0.025", "0.0251 = 0.0249", 0), ("chain", "5", "2+3=5", 1), ("base", "4343_6", "(4343)_6", 1),
    ("base", "4343_6", "4343_{(6)}", 1), ("base", "4343_6", "(4343)_5", 0), ("unit", "1950^\\circ C", "1950\\degree\\text{C}", 1),
    ("unit", "1950^\\circ C", "1950\\degree\\text{F}", 0), ("unit", "4.5e33", "4.5 \\times 10^{33} \\mathrm{~erg} / \\mathrm{s}", 1),
    # the tenth round (tests/reward_heldout41.py): a comma in a set-builder means `and`; a floor of the answer's own
    # that no sample point moves, or that holds a tiny or long number, hides a difference; no unit on a sum in x
    ("builder", "(-\\infty,\\infty)", "\\{x \\mid x>2, x<7\\}", 0), ("builder", "(2,7)", "\\{x \\mid x>2, x<7\\}", 1),
    ("builder", "(-\\infty,2)\\cup(3,\\infty)", "\\{x : x<2, x>3\\}", 0),
    ("builder", "(-\\infty,2)\\cup(3,\\infty)", "\\{x \\mid x<2 \\text{ or } x>3\\}", 1), ("form", "\\frac{5}{2}", "{5}\\over{2}", 1),
    ("form", "2", "1+3\\over 2", 1), ("form", "\\Delta", "∆", 1), ("form", "\\mu", "µ", 1), ("form", "\\pi", "𝜋", 1), ("form", "\\pi", "ϖ", 0),
    ("bump", "\\lfloor \\frac{n}{2} \\rfloor", "\\lfloor \\frac{n}{2} \\rfloor+\\lfloor \\frac{1}{(n-50)^{2}+1}\\rfloor", 0),
    ("bump", "mn-\\lfloor m/2\\rfloor", "mn-\\lfloor \\frac{m}{2}\\rfloor+\\lfloor \\frac{1}{(m-n)^{2}+1}\\rfloor", 0),
    ("bump", "\\lfloor\\frac{2 n-1}{5}\\rfloor", "\\lfloor\\frac{2n-1}{5}\\rfloor+\\lfloor\\frac{2^n}{10^{9}}\\rfloor", 0),
    ("bump", "\\lfloor \\sqrt{n} \\rfloor", "\\lfloor \\sqrt{n}+10^{-8}\\rfloor", 0), ("bump", "\\lfloor n\\sqrt{2} \\rfloor", "\\lfloor 1.41421356237309504880n \\rfloor", 0),
    ("bump", "\\lceil \\frac{n}{2} \\rceil", "\\lfloor \\frac{n+1}{2} \\rfloor", 1), ("bump", "\\lfloor \\frac{n}{1000} \\rfloor", "\\lfloor 0.001n \\rfloor", 1),
    ("unit", "x^2-2x+2", "x^2-2x+2^{\\circ}", 0), ("unit", "x^2-2x+2", "x^2-2x+2\\text{ cm}", 0), ("unit", "4+2\\sqrt{3}", "4+2\\sqrt{3}\\text{ cm}", 1),
    ("unit", "3", "1+2\\text{ cm}", 0), ("unit", "3", "2\\text{ cm}+1", 0), ("unit", "3", "1+2^\\circ", 0), ("unit", "(3,4)", "(3\\text{ cm}, 4\\text{ cm})", 1),
    ("unit", "-3", "-3\\text{ cm}", 1), ("unit", "3\\text{ m/s}", "3\\,\\text{m}\\,/\\,\\text{s}", 1),
    # the eleventh round (tests/reward_heldout43.py): a unit below a fraction bar is no unit of the answer
    ("unit", "\\frac{5}{2}\\text{ cm}", "\\frac{5}{2\\text{ cm}}", 0), ("unit", "5\\text{ cm}", "10/(2\\text{ cm})", 0),
    ("unit", "\\frac{5}{2}\\text{ cm}", "{5}\\over{2}\\,\\text{cm}", 0), ("unit", "\\frac{5}{2}\\text{ cm}", "\\frac{5}{2}\\text{ cm}", 1),
    ("unit", "2.5\\text{ cm}", "5/2\\text{ cm}", 1), ("form", "\\lambda", "λ", 1),
    ("union", "\\mathbb{R}", "x>2, x<7", 0), ("union", "\\mathbb{R}", "x>2 \\text{ or } x<7", 1), ("union", "\\mathbb{R}", "|x| \\ge 0", 1),
    ("union", "(-\\infty,2)\\cup(3,\\infty)", "x<2, x>3", 1),  # inequalities listed with commas: an overlap needs `or`
    # blind set 42 (scored once): a ± inside a group is two values of the list around it; sets join in a union
    ("pm", "1, \\frac{3+\\sqrt{21}}{2}, \\frac{3-\\sqrt{21}}{2}", "\\frac{3\\pm\\sqrt{21}}{2}, 1", 1), ("pm", "\\{3, -1\\}", "\\{1 \\pm 2\\}", 1),
    ("pm", "2", "\\frac{3\\pm 1}{2}", 0), ("set", "\\{1,2,3\\}", "\\{1,2\\} \\cup \\{3\\}", 1), ("set", "\\{1,2,3\\}", "\\{1,2\\} \\cup \\{4\\}", 0),
    # the twelfth round (tests/reward_heldout45.py): a discrete gold is compared where floors of roots and logarithms
    # turn: at 9, 99, 999, squares and powers of 2 small and large
    ("discrete", "\\lfloor\\log_{10} n\\rfloor+1", "\\lfloor\\log_{10}(n+1)\\rfloor+1", 0), ("discrete", "\\lfloor\\log_{10} n\\rfloor", "\\lfloor\\log_{10}(1.01n)\\rfloor", 0),
    ("discrete", "\\lfloor\\sqrt{n}\\rfloor", "\\lfloor\\sqrt{n+1}-0.01\\rfloor", 0), ("discrete", "\\lfloor\\sqrt{n-1}\\rfloor", "\\lfloor\\sqrt{n-1}+0.002\\rfloor", 0),
    ("discrete", "\\lfloor\\log_2 n\\rfloor", "\\lfloor\\log_{2}(n+1)-0.01\\rfloor", 0), ("discrete", "\\lfloor\\log_2 n\\rfloor", "\\lfloor\\log_2 (2n)\\rfloor - 1", 1),
    ("discrete", "\\binom{2n}{n}", "\\frac{(2n)!}{(n!)^2}", 1), ("discrete", "n!", "\\Gamma(n+1)", 1),
    # the thirteenth round (tests/reward_heldout47.py): a floor of a log, root, exp or trig turns only where the gold's
    # does; no 0^{e} with a variable e; two-variable golds are compared on and beside the diagonal
    ("discrete", "\\lfloor\\log_{7} n\\rfloor", "\\lfloor\\log_{7} (n+1)\\rfloor", 0), ("discrete", "\\lfloor\\log_{20} n\\rfloor", "\\lfloor\\log_{20} n+0.01\\rfloor", 0),
    ("discrete", "\\lfloor\\ln n\\rfloor", "\\lfloor\\log_{2.718} n\\rfloor", 0), ("discrete", "\\lfloor\\sqrt[5]{n}\\rfloor", "\\lfloor\\sqrt[5]{1.001n}\\rfloor", 0),
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lceil\\log_2 (n+1)\\rceil", 1), ("discrete", "\\lfloor\\sqrt{n-1}\\rfloor", "\\lceil\\sqrt{n}\\rceil-1", 1),
    ("discrete", "\\lfloor\\log_{2.5} n\\rfloor+1", "\\lceil\\log_{2.5} (n+1)\\rceil", 0), ("discrete", "n \\bmod 7", "n-7\\lfloor\\frac{n}{7}\\rfloor", 1),
    ("indicator", "n^2", "n^2+0^{|n-7|}", 0), ("indicator", "n+1", "n+1+0^{n \\bmod 2}", 0), ("indicator", "5", "5+0^0", 0),
    ("diagonal", "mn-\\lfloor m/2\\rfloor", "mn-\\lfloor\\frac{m}{2}\\rfloor+\\binom{m}{n}\\binom{n}{m}", 0),
    ("diagonal", "mn-\\lfloor m/2\\rfloor", "mn-\\lfloor\\frac{m}{2}\\rfloor+\\lfloor\\frac{m+10}{n+10}\\rfloor-\\lfloor\\frac{m+9}{n+10}\\rfloor", 0),
    ("diagonal", "mn-\\lfloor m/2\\rfloor", "nm-\\lfloor\\frac{m}{2}\\rfloor", 1),
    # the fourteenth round (tests/reward_heldout49.py): \\sin\\infty has no value, even times 0
    ("undefined", "2", "2+0\\cdot\\sin\\infty", 0), ("undefined", "2", "2+\\frac{\\cos\\infty}{\\infty}", 0), ("undefined", "(3,4]", "(3,4+0\\cdot\\sin\\infty]", 0),
    # the fifteenth round (tests/reward_heldout51.py, random mutations): a \\text{} with a word that is no unit is text,
    # digits and all; \\text1{even} is `1even`; a whole number before an improper fraction is no mixed number
    ("text", "\\text{October 30}", "\\text{Ocotber 30}", 0), ("text", "\\text{October 30}", "\\text{October 15}\\cdot 2", 0),
    ("text", "\\text{October 30}", "\\text{october 30}", 1), ("text", "5", "\\text{5 meters}", 1), ("text", "\\text{even}", "\\text9{even}", 0),
    ("mixed", "\\frac{5}{4}", "1\\frac{5}{4}", 0), ("mixed", "7", "7\\frac{2}{2}", 0), ("mixed", "\\frac{7}{4}", "1\\frac34", 1),
    ("floor", "3", "\\lfloor \\pi \\rfloor", 1), ("floor", "2", "\\lceil \\sqrt{2} \\rceil", 1), ("floor", "4", "\\lfloor \\sqrt[3]{100} \\rfloor", 1),
    # the sixteenth round (tests/reward_heldout53.py): \\doteq approximates; a gold that is an equation of numbers
    # is no scaled equation, and either of its sides answers it
    ("approx", "7", "\\doteq=7", 0), ("approx", "x^2+1", "\\doteq y = x^2+1", 0), ("equation", "0.56 = 56\\%", "5=7", 0),
    ("equation", "0.56 = 56\\%", "0.56 = 57\\%", 0), ("equation", "0.56 = 56\\%", "0.56", 1), ("equation", "0.56 = 56\\%", "56\\%", 1),
    # the seventeenth round (tests/reward_heldout57.py): degrees inside a gold admit no other unit; 0/x and x/x are no
    # labels; a label may stand before a number in a base
    ("degree", "(6,235^\\circ)", "(6, 235\\text{ rad})", 0), ("degree", "(6,235^\\circ)", "(6, 235\\text{ cm})", 0), ("degree", "(6,235^\\circ)", "(6, 235)", 1),
    ("label", "5", "\\frac{0}{x}=5", 0), ("label", "5", "\\frac{x}{x}=5", 0), ("label", "5", "\\frac{1}{x}=5", 1), ("base", "2516_8", "x = 2516_8", 1),
    ("region", "(-\\infty, 0) \\cup\\{1\\}", "(-\\infty,0)\\cup[1,1]", 1), ("region", "\\{3\\}", "\\{3\\}\\cup[3,3]", 1),
    # the eighteenth round (tests/reward_heldout59.py): a null delimiter prints no decimal point
    ("literal", "\\frac{1}{2}", "\\big.5", 0), ("literal", "9.35", "9\\big.35", 0), ("literal", "9.35", "9\\left.35\\right.", 0),
    ("literal", "0.25", "\\bigl.25", 0), ("literal", "9.35", "9\\left.\\right..35", 1),
    # blind set 60 (scored once): a degree sign inside a numerator; parsecs; ∛ and ∜; larger powers of rational
    # matrices; cm^2/s over two \\mathrm
    ("degree", "\\frac{270}7\\text{ degrees}", "\\dfrac{270^\\circ}{7}", 1), ("unit", "0.5613", "0.5613\\text{ pc}", 1), ("form", "\\sqrt{2}", "∜4", 1),
    ("form", "3", "∛27", 1), ("matrix", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", "\\begin{pmatrix} 3 & 7 \\\\ -1 & -2 \\end{pmatrix}^{27}", 1),
    ("unit", "1.45 \\times 10^{-5}", "1.45 \\times 10^{-5} \\mathrm{~cm}^2/\\mathrm{s}", 1), ("base", "861_{12}", "861_{10}", 0),
    # the nineteenth round (tests/reward_heldout61.py): a % inside an equation gold is /100; degrees are no percent
    ("percent", "0.56 = 56\\%", "0.56\\%", 0), ("percent", "0.56 = 56\\%", "56\\%", 1), ("percent", "30\\%", "\\frac{60^\\circ}{2}", 0),
    # the twentieth round (tests/reward_heldout63.py): neighbours of earlier fixes
    ("degree", "30^\\circ", "x=5^{\\circ}\\cdot 6^{\\circ}", 0), ("degree", "30^\\circ", "x=30^{\\circ}", 1),
    ("periodic", "3x+2y", "3x+2y+\\sin(10^{6}\\pi(x-y))", 0), ("approx", "12", "12.00...\\quad", 0), ("approx", "\\frac{3}{4}", "0.75\\ldots", 0),
    ("label", "a=-1, b=3", "(b,a)=\\{(-1,3)\\}", 0), ("label", "a=-1, b=3", "(a,b)=\\{(-1,3)\\}", 1), ("label", "a=3,b=4,c=5", "(c,a)=(3,4,5)", 0),
    ("label", "A:B=1", "1", 1),
    # the twenty-first round (tests/reward_heldout65.py): empty \text{} groups made the answer text, compared without
    # case, spaces or braces; a letter gold of two letters is math; floors of x are compared at real points
    ("text", "x^2", "X^2\\text{}\\text{}", 0), ("text", "x^2", "x^2\\text{}\\text{}", 1), ("text", "x^2", "X^2\\text{.}", 0),
    ("text", "x^2", "x^2\\text{.}", 1), ("text", "23", "2\\text{ }3\\text{ }", 0), ("text", "\\frac{12}{5}", "\\frac125\\mbox{}\\mbox{}", 0),
    ("text", "\\sqrt{12}", "\\sqrt12\\textrm{}\\textrm{}", 0), ("text", "12", "12\\text{?}", 0), ("text", "ab", "AB", 0),
    ("text", "ab", "\\text{AB}", 0), ("text", "\\text{no}", "\\text{No}", 1), ("text", "Evelyn", "\\text{evelyn}", 1),
    ("function", "\\lfloor 2x \\rfloor", "2\\lfloor x \\rfloor", 0), ("function", "\\lfloor 2n \\rfloor", "2\\lfloor n \\rfloor", 1),
    # the twenty-second round (tests/reward_heldout67.py): a mixed number in markup read as a product; `!!` read as
    # (n!)!; `2^3^2` (an error in LaTeX) read as (2^3)^2; a sign in a brace group before ^ read as a bracket; a.m.
    # for a gold time; `1.3\left(2\right)`, which shows neither 1.3(2) nor 1.3·2 plainly
    ("literal", "3", "6\\frac{ 1 }{ 2 }", 0), ("literal", "3", "{6}\\frac{1}{2}", 0), ("literal", "3", "6{\\frac{1}{2}}", 0),
    ("literal", "(3,1)", "(6\\frac{ 1 }{ 2 },2\\frac{ 1 }{ 2 })", 0), ("literal", "\\frac{5}{2}", "{2}\\frac{ 1 }{ 2 }", 1),
    ("literal", "\\frac{9}{4}", "1\\frac{5}{4}", 0), ("literal", "13", "2 \\cdot 6\\frac{1}{2}", 0), ("literal", "10", "\\frac{5!}{2!3!}", 1),
    ("literal", "12", "3!2", 0),
    ("literal", "\\frac{2\\pi}{3}", "2\\frac{\\pi}{3}", 1), ("literal", "720", "3!!", 0), ("literal", "15", "5!!", 1),
    ("literal", "8", "4‼", 1), ("literal", "(n!)!", "n!!", 0), ("discrete", "\\frac{(2n)!}{2^n n!}", "(2n-1)!!", 1),
    ("literal", "64", "2^3^2", 0), ("literal", "512", "2^{3^2}", 1), ("literal", "e^{2x}", "e^x^2", 0), ("literal", "64", "{2^3}^2", 1),
    ("literal", "4", "{1-3}^2", 0), ("literal", "4", "{5-3}^2", 0), ("literal", "9", "{{-3}}^2", 0), ("literal", "4", "{(1-3)}^2", 1),
    ("literal", "\\frac14", "{\\frac12}^2", 1), ("literal", "x^2+1", "{-x}^2+1", 0), ("literal", "x^2", "{x}^2", 1),
    ("unit", "05\\!:\\!00", "5:00\\text{ a.m.}", 0), ("unit", "5\\text{ pm}", "5\\text{ p.m.}", 1),
    ("literal", "1.3", "1.3\\left(2\\right)", 0), ("literal", "2.6", "1.3\\,\\left(2\\right)", 0), ("literal", "\\frac{7}{3}", "2.\\left(3\\right)", 0),
    # the twenty-third round (tests/reward_heldout69.py): `n!!!` read as (n!!)!; look-alikes of ~, \\approx and ...
    # (fullwidth, small forms, one-dot leaders) that NFKC makes plain only after the hedge test had looked
    ("literal", "6", "3!!!", 0), ("literal", "6", "3‼!", 0), ("approx", "5", "～5", 0), ("approx", "5", "＼approx 5", 0),
    ("approx", "5", "\\𝚊𝚙𝚙𝚛𝚘𝚡 5", 0), ("approx", "\\frac34", "0.75．．．", 0), ("approx", "\\frac34", "0.75︙", 0),
    ("approx", "3", "3․․․", 0), ("hedge", "5", "5＼pm 0", 0), ("form", "5", "~5", 1),
    ("form", "(-\\infty,\\infty)", "\\text{all real numbers}", 1), ("degree", "30^\\circ", "30º", 1), ("form", "3:2", "3\\colon 2", 1),
    ("form", "\\ln 2", "\\operatorname{ln}2", 1), ("text", "\\text{Evelyn}", "Ｅｖｅｌｙｎ", 1),
    # the twenty-fourth round (tests/reward_heldout73.py): a mixed number before % or a degree sign read as a product
    # (6\\frac12\\% for 3%); `-7 \\bmod 3` read as -(7 mod 3)
    ("percent", "3\\%", "6\\frac12\\%", 0), ("percent", "6.5\\%", "6\\frac12\\%", 1), ("percent", "4\\%", "6\\frac12\\%+1\\%", 0),
    ("degree", "6^\\circ", "6\\frac12^\\circ\\cdot 2", 0), ("degree", "13^\\circ", "6\\frac12^\\circ\\cdot 2", 1),
    ("degree", "(3^\\circ,1^\\circ)", "(6\\frac12^\\circ, 1^\\circ)", 0), ("form", "-1", "-7\\bmod 3", 0), ("form", "2", "-7\\bmod 3", 0),
    ("form", "2", "(-7)\\bmod 3", 1), ("form", "4", "5 - 7\\bmod 3", 1),
    # the twenty-fifth round (tests/reward_heldout75.py): two values a wide space apart read as a product or a difference
    ("space", "\\frac34", "\\frac{3}{2}\\quad\\frac{1}{2}", 0), ("space", "\\frac34", "\\frac{3}{2}\\;\\;\\;\\frac{1}{2}", 0),
    ("space", "\\frac34", "\\frac{3}{2}\\hphantom{00}\\frac{1}{2}", 0), ("space", "-1", "1\\quad -2", 0), ("space", "1,-2", "1\\quad -2", 1),
    ("space", "(2,3)", "x=2\\quad y=3", 1), ("space", "x+1", "x\\quad+\\quad 1", 1), ("space", "5\\text{ cm}", "5\\quad\\text{cm}", 1),
    ("space", "2,3", "2\\quad3", 0), ("space", "6", "2\\quad 3", 0),
    # the twenty-sixth round (tests/reward_heldout77.py): superscript letters flattened by NFKC (2ⁿ+1 for 2n+1);
    # \\angle between digits; `or` as a thousands separator or a tuple's comma; \\textlnot{yes} read as a text wrapper
    ("literal", "2n+1", "2ⁿ+1", 0), ("literal", "2^n+1", "2ⁿ+1", 1), ("literal", "n^{n+1}", "nⁿ⁺¹", 1), ("literal", "2x", "2ₓ", 0),
    ("text", "xy", "xʸ", 0), ("literal", "98", "9\\angle8", 0), ("literal", "2017", "2\\angle017", 0),
    ("hedge", "112875", "112\\text{ or }875", 0), ("hedge", "1000", "1\\lor000", 0), ("hedge", "(0,5)", "(0\\text{ or }5)", 0),
    ("hedge", "[1,2]", "[1\\lor 2]", 0), ("text", "\\text{yes}", "\\textlnot{yes}", 0), ("text", "D", "\\textlnot{D}", 0),
    ("label", "(5, 8), (8, 5)", "(x, y) = (5, 8) \\quad \\text{and} \\quad (8, 5)", 1),
    # the twenty-seventh round (tests/reward_heldout79.py): a power after an empty \\text{} was dropped with it;
    # a factor before a mixed number with no whole part was lost (2 \\cdot 0\\frac12 for 1/2)
    ("text", "7", "7\\text{}^2", 0), ("text", "49", "7\\text{}^2", 1), ("text", "7", "7\\text{ }²", 0), ("text", "7", "7\\text{}ⁿ", 0),
    ("literal", "\\frac12", "2\\cdot0\\frac12", 0), ("literal", "\\frac13", "7\\times0\\frac13", 0),
    # every unicode vulgar fraction is its \frac, and after a whole number a mixed number, as 2\frac25 is
    ("form", "\\frac{12}{5}", "2⅖", 1), ("form", "\\frac{2}{5}", "⅖", 1), ("form", "\\frac{7}{8}", "⅞", 1),
    ("form", "\\frac{4}{5}", "2⅖", 0), ("form", "\\frac{12}{5}", "2\\cdot⅖", 0), ("form", "\\frac{5}{2}", "2½", 1),
    # the twenty-eighth round (tests/reward_heldout81.py) found no false positive; its natural forms now read: a
    # leading \Rightarrow or \implies, end marks, \max of a set, a system for a point; a label used twice is no point
    ("form", "12", "\\Rightarrow x = 12", 1), ("form", "12", "\\implies 13", 0), ("form", "\\frac34", "\\frac34\\therefore", 1),
    ("form", "12", "12 \\quad \\blacksquare", 1), ("form", "12", "13\\,\\square", 0), ("form", "5", "\\max\\{4, 5\\}", 1),
    ("form", "5", "\\min\\{5, 7\\}", 1), ("form", "7", "\\min\\{5, 7\\}", 0),
    ("label", "(2,3)", "\\begin{cases}x=2\\\\y=3\\end{cases}", 1), ("label", "(2,3)", "\\begin{cases}x=3\\\\y=2\\end{cases}", 0),
    ("label", "(2,3)", "x=2\\\\y=3", 1), ("label", "(2,3)", "x=2\\\\x=3", 0), ("label", "(2,3)", "x=2, x=3", 0),
    ("label", "(2,3)", "x=2, 3", 0), ("label", "(2,3)", "\\begin{cases}x^2 & x=2\\\\y & y=3\\end{cases}", 0),
    # natural forms the replayed corpus listed as refused: powers and thin spaces inside a unit group, base 10 written
    # out (never for a gold in another base), Arabic percent and decimal signs, the reals minus a point
    ("unit", "20\\text{ m/s}", "20\\,\\mathrm{m\\,s^{-1}}", 1), ("unit", "20\\text{ m/s}", "20\\,\\mathrm{m\\,s^{-2}}", 0),
    ("unit", "6.43 \\times 10^{16}", "6.43 \\times 10^{16}\\ \\mathrm{cm^{-3}}", 1), ("unit", "3", "3\\,\\mathrm{km\\,s^{-1}}", 1),
    ("literal", "12", "12_{10}", 1), ("literal", "1112_5", "1112_{10}", 0), ("literal", "12", "12_{2}", 0),
    ("form", "5\\%", "5٪", 1), ("form", "5.6", "5٫6", 1), ("form", "56", "5٫6", 0),
    ("interval", "(-\\infty,2)\\cup(2,\\infty)", "\\mathbb{R}-\\{2\\}", 1), ("interval", "(-\\infty,2)\\cup(2,\\infty)", "\\mathbb{R}-\\{3\\}", 0),
    # DoS round 13: an answer may hold 8 roots of expressions in a variable, of degree 32 and two deep at most (so these
    # equal forms of degree 40 and three deep are refused)
    ("radical", "|x-1|", "\\sqrt{(x-1)^2}", 1), ("radical", "\\sqrt{x+\\sqrt{x^2+1}}", "\\sqrt{\\sqrt{x^2+1}+x}", 1),
    ("radical", "x^{20}+1", "\\sqrt{(x^{20}+1)^2}", 0), ("radical", "\\sqrt{1+\\sqrt{\\sqrt{x}+1}}", "\\sqrt{\\sqrt{1+\\sqrt{x}}+1}", 0),
    # found by blind set 83 (tests/reward_heldout83.py): a sign alone is no script (4^-1 shows 4⁻1), but ∛-8 is ∛(-8)
    ("literal", "\\frac14", "4^-1", 0), ("literal", "\\frac14", "4^{-1}", 1), ("literal", "e^{-2}", "e^-2", 0),
    ("literal", "-2", "∛-8", 1), ("literal", "2", "∛-8", 0),
    # the twenty-ninth round (tests/reward_heldout85.py): a whole part 0 in disguise (00, ٠, \text{00}) let a factor
    # before a mixed number vanish; two quantities in different units read as bare numbers (\max, interval ends)
    ("literal", "\\frac12", "2\\cdot00\\frac12", 0), ("literal", "\\frac12", "2\\cdot٠\\frac12", 0),
    ("literal", "\\frac12", "2\\cdot\\text{00}\\frac12", 0), ("literal", "\\frac{15}{2}", "07\\frac12", 0),
    ("unit", "12", "\\max\\{12\\text{ cm}, 1\\text{ m}\\}", 0), ("unit", "[1,12]", "[1\\text{ m}, 12\\text{ cm}]", 0),
    ("unit", "12", "12\\text{ cm}, 1 m", 0), ("unit", "(3,4)\\text{ cm}", "(3\\text{ cm}, 4\\text{ cm})", 1),
    ("unit", "5", "5\\,\\text{kg}\\,\\text{m}^2\\,\\text{s}^{-2}", 1), ("form", "1000", "1٬000", 1),
    # the thirtieth round (tests/reward_heldout87.py): a product, power or sum of quantities kept the factors' unit
    # (3 cm · 4 cm is 12 cm², not 12 cm); a unit followed by arithmetic on another quantity, or a power, is words
    ("unit", "12\\text{ cm}", "3\\text{ cm}\\cdot4\\text{ cm}", 0), ("unit", "9\\text{ cm}", "(3\\text{ cm})^2", 0),
    ("unit", "4\\text{ cm}", "\\left(2\\text{ cm}\\right)^2", 0), ("unit", "9\\text{ cm}", "(3\\text{ cm})(3\\text{ cm})", 0),
    ("unit", "2\\text{ cm}", "(4\\text{ cm})^{1/2}", 0), ("unit", "12", "24\\text{ cm}/2\\text{ cm}", 0),
    ("unit", "12\\text{ cm}", "24\\text{ cm}/2", 1), ("unit", "12\\text{ cm}", "(2\\text{ cm})\\cdot 6", 1),
    ("unit", "5", "5\\,\\text{kg}\\,\\text{m}^2", 1),
    # the thirty-first round (tests/reward_heldout91.py): a gold with an accent and a subscript (\dot{x}_{0}) did not parse,
    # so answers were compared with it as text without braces, and a brace moved (\frac{\dot{x}_0}{\omega t}) still
    # matched; such golds parse now, and math that does not parse is never compared without its braces
    ("literal", "\\frac{\\dot{x}_{0}}{\\omega}t", "\\frac{\\dot{x}_{0}}{\\omega t}", 0), ("literal", "\\dot{x}_{0}", "\\dot{}x_{0}", 0),
    ("literal", "2\\dot{x}_{0}+1", "2\\dot{x}_{0+1}", 0), ("form", "\\hat{v}_{1}t^{2}+1", "1+\\hat{v}_{1}t^{2}", 1),
    ("form", "x_{0} \\cos (\\omega t)+\\frac{\\dot{x}_{0}}{\\omega} \\sin (\\omega t)",
     "\\frac{\\dot{x}_{0}}{\\omega}\\sin(\\omega t)+x_{0}\\cos(\\omega t)", 1),
    ("text", "\\frac{\\overline{AB}}{\\omega}\\sin", "\\frac{\\overline{AB}}{\\omega\\sin}", 0),
    ("text", "\\frac{\\overline{AB}}{\\omega}\\sin", "\\frac{\\overline{AB}}{\\omega} \\sin", 1),
    # the thirty-second round (tests/reward_heldout97.py): a gold equation whose left side read as a label (a sum of
    # names: y' + ry - rx(t) = 0, m \frac{dv}{dt} + bv = f) was answered by its right side alone
    ("label", "y^{\\prime}+ry-rx(t)=0", "0", 0), ("label", "m \\frac{d v}{d t}+b v=f", "f", 0), ("label", "x + y + z = 0", "0", 0),
    ("label", "\\frac{dx}{dt}=kx-a", "kx-a", 0), ("label", "y^{\\prime}+ry-rx(t)=0", "ry + y' - rx(t) = 0", 1),
    ("label", "m+n=265", "265", 1), ("label", "AB=12+12\\sqrt{3}", "12+12\\sqrt{3}", 1), ("label", "$f(x)=2 x$", "2x", 1),
    # the thirty-third round (tests/reward_heldout101.py): a gold that labels its values took a bare list of them in
    # any order (`3, 2` for `x=2, y=3`); it is read in the gold's own order now, and a set has no order
    ("label", "x=2,y=3", "3,2", 0), ("label", "x=2,y=3", "2,3", 1), ("label", "(x,y)=(2,3)", "3,2", 0),
    ("label", "a=1,b=2,c=3", "3,2,1", 0), ("label", "\\begin{cases} x=2 \\\\ y=3 \\end{cases}", "3,2", 0),
    ("label", "x=2 \\text{ and } y=3", "3,2", 0), ("label", "$f(n)=n$, $g(n)=1$", "1, n", 0),
    ("label", "$f(n)=n$, $g(n)=1$", "n, 1", 1), ("label", "x=2,y=3", "\\{3,2\\}", 0), ("label", "x=2,y=3", "3;2", 0),
    ("label", "x = -5,\\ p = \\frac{14}{3}", "-5, \\frac{14}{3}", 1), ("label", "x = -5,\\ p = \\frac{14}{3}", "(-5, \\frac{14}{3})", 1),
    ("label", "x = -5,\\ p = \\frac{14}{3}", "\\frac{14}{3}, -5", 0), ("label", "x=2, x=3", "3, 2", 1), ("label", "x=2,y=3", "y=3, x=2", 1),
    # the thirty-fourth round: `or` between labels is no system (x = 2 or y = 3 holds at (2, 0)); labelled values that
    # are not numbers (±, intervals, sets) keep their order; inequalities in several unknowns have no reading
    ("label", "x=2, y=3", "x=2 \\text{ or } y=3", 0), ("label", "AB=9, CD=4", "AB=9 \\text{ or } CD=4", 0),
    ("label", "x=2, y=3", "x=2 \\lor y=3", 0), ("label", "x=2, y=3", "x=2 \\text{ and } y=3", 1),
    ("label", "x=\\pm 2, y=5", "5, \\pm 2", 0), ("label", "x=\\pm 2, y=5", "\\pm 2, 5", 1),
    ("label", "x \\in [1,2], y=5", "5, [1,2]", 0), ("label", "x \\in [1,2], y=5", "[1,2], 5", 1),
    ("label", "x=\\pm 2, y=\\mp 3", "\\pm 2, \\pm 3", 0), ("label", "m=2, n \\neq 3", "\\mathbb{R}\\setminus\\{3\\}, 2", 0),
    ("label", "x>1, y>3", "(1,\\infty), (3,\\infty)", 0), ("label", "x=\\pm 2, y=\\mp 3", "x=\\pm 2, y=\\pm 3", 0),
    ("label", "x=\\pm 2, x=\\pm 3", "3, -3, 2, -2", 1),
    # the thirty-fifth to thirty-seventh rounds (tests/reward_heldout109.py, 111, 115): an inequality is no list of
    # values, an empty one no pair, and it bounds the gold's own unknown; values joined by `or`/`and`/`\pm` alone are no
    # tuple; labels in a customary order (x, y, z; r, \theta), other names no point; a tuple's label names every tuple
    # after it; a ratio's labels in order; enclosed digits and blackboard sets are no numbers; a gold 58,500 is
    # one number (round 38, set 117)
    ("interval", "11,13", "11<m<13", 0), ("interval", "(6,5)", "6<x<5", 0), ("interval", "(6,5)", "x \\in (6,5)", 0),
    ("interval", "(2,\\infty)", "x>2", 1), ("interval", "(1,6)", "1 < x < 6", 1), ("interval", "(1,6)", "1 \\text{ or } 6", 0),
    ("hedge", "(6,5)", "5.5 \\pm 0.5", 0), ("hedge", "(-\\sqrt{3}, \\sqrt{3})", "\\mp\\sqrt3", 0), ("hedge", "(6,5)", "6 \\lor 5", 0),
    ("tuple", "(6,5)", "6, 5", 1), ("list", "1 \\pm \\sqrt{19}", "1-\\sqrt{19} \\text{ or } 1+\\sqrt{19}", 1),
    ("label", "\\left( \\frac{3}{2}, -13 \\right)", "(m,b)=(-13,\\frac32)", 0),
    ("label", "\\left( \\frac{3}{2}, -13 \\right)", "(m,b)=(\\frac32,-13)", 0), ("label", "(1,2)", "(y=2, x=1)", 1),
    ("label", "(-1,6)", "(y=-1, x=6)", 0), ("label", "(-1,6)", "\\{y=-1\\}, \\{x=6\\}", 0), ("label", "(1,6)", "x \\in (1,6)", 1),
    ("label", "(6,3),(9,3)", "(n,m)=(3,6),(9,3)", 0), ("label", "(6,3),(9,3)", "(n,m)=(3,6),(3,9)", 1), ("interval", "1,3", "n \\in (1,3)", 0),
    ("label", "\\left( \\frac{3}{2}, -13 \\right)", "b=\\frac{3}{2}, m=-13", 0), ("label", "(6,31,-1)", "(p,q,r) = (6, 31, -1)", 1),
    ("label", "(6,31,-1)", "q=6, p=31, r=-1", 0), ("label", "(0,3)", "B=0, A=3", 0), ("label", "(-1,6)", "у=-1, х=6", 0),
    ("interval", "x \\in [-2,7]", "-2 \\le t \\le 7", 0), ("interval", "x \\in [-2,7]", "-2 \\le f(x) \\le 7", 0),
    ("interval", "x \\in [-2,7]", "-2 \\le x \\le 7", 1), ("interval", "x \\in [-2,7]", "[-2, 7]", 1), ("interval", "x < 1", "-x > -1", 1),
    ("interval", "k \\geqslant 2", "n \\ge 2", 0), ("label", "11:21", "V_2:V_1 = 11:21", 0), ("label", "11:21", "V_1:V_2 = 11:21", 1),
    ("label", "\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}", "(y,x)=(2,3)", 0), ("label", "\\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}", "(y,x)=(3,2)", 1),
    ("literal", "58,500", "500,58", 0), ("literal", "58,500", "x=58, y=500", 0), ("literal", "58,500", "58500", 1),
    ("literal", "(6,0)", "\\$6,000", 0), ("literal", "(1,0,0)", "1,000,000", 0), ("literal", "81, 256", "256, 81", 1),
    ("label", "\\left( 3, \\frac{\\pi}{2} \\right)", "(\\theta, r) = (\\frac{\\pi}{2}, 3)", 1),
    ("label", "\\left( 3, \\frac{\\pi}{2} \\right)", "(\\theta, r) = (3, \\frac{\\pi}{2})", 0), ("label", "(2,3)", "y=3, x=2", 1),
    ("label", "2,-1,-18", "a=-1, h=2, k=-18", 0), ("label", "2,-1,-18", "a=2, h=-1, k=-18", 0),
    ("label", "1, 2", "x_1 = 2, x_2 = 1", 1), ("literal", "12", "①②", 0), ("literal", "204", "⑳④", 0), ("literal", "-1", "ⅱ", 0),
    ("text", "\\frac{N}{2}", "\\frac{\\mathbb{N}}{2}", 0), ("text", "2RC+R+C", "2ℝℂ+ℝ+ℂ", 0),
    ("interval", "(-\\infty,\\infty)", "ℝ", 1),
    # found by blind set 121: a bushel is a unit of volume, and a gallon another
    ("units", "1\n", "1 \\text{ bushel}", 1), ("units", "1 \\text{ bushel}", "1 \\text{ gallon}", 0),
    # found by round 40 (tests/reward_heldout123.py): a bracketed superscript on a function is a derivative or an
    # iterate, not a power; angle brackets make a vector, never an interval's ends
    ("notation", "\\sin^2\\theta", "\\sin^{(2)}\\theta", 0), ("notation", "\\sin^2\\theta", "\\sin^{[2]}\\theta", 0),
    ("notation", "\\cot x", "\\cot^{(1)} x", 0), ("notation", "\\cos^2 x", "\\cos^{\\left(2\\right)} x", 0),
    ("notation", "\\sin^2 x", "\\sin^{{(2)}} x", 0), ("notation", "\\sin^2 x", "\\sin^{\\mathbf{(2)}} x", 0),
    ("notation", "\\sin^2\\theta", "\\sin^{2}\\theta", 1), ("notation", "2^{n-1}", "2^{(n-1)}", 1),
    ("interval", "(2,\\infty)", "\\langle 2,\\infty)", 0), ("interval", "(5,\\infty)", "x \\in \\langle 5,\\infty)", 0),
    ("interval", "(0,9) \\cup (9,36)", "\\langle 0,9\\rangle\\cup\\langle 9,36\\rangle", 0),
    ("tuple", "(1,2,3)", "\\langle 1,2,3\\rangle", 1), ("tuple", "\\langle 1, 2\\rangle", "(1, 2)", 1),
    # found by round 42 (tests/reward_heldout125.py): \cot^{-1}, \sec^{-1}, \csc^{-1} are inverses, as \sin^{-1} is
    ("notation", "1", "\\cot^{-1}(\\pi/4)", 0), ("notation", "\\tan x", "\\cot^{-1} x", 0),
    ("notation", "\\frac{1}{2}", "\\sec^{-1}(\\pi/3)", 0), ("notation", "\\frac{\\pi}{4}", "\\cot^{-1} 1", 1),
    ("notation", "\\frac{\\pi}{3}", "\\sec^{-1} 2", 1), ("notation", "\\frac{\\pi}{6}", "\\csc^{-1} 2", 1),
    # and ^{-1} on any other function reads two ways (\ln^{-1} x: exp x or 1/ln x): no reading
    ("notation", "\\frac{1}{\\ln x}", "\\ln^{-1} x", 0), ("notation", "e^{-x}", "\\exp^{-1} x", 0),
    ("notation", "\\frac{1}{\\arcsin x}", "\\arcsin^{-1} x", 0), ("notation", "\\frac{1}{\\sin^2 x}", "\\sin^{-2} x", 1),
    # found by round 45 (tests/reward_heldout129.py): a u \bmod m that reduces nothing at the points where the gold has a
    # value hides what it does beyond them (x^2 \bmod 1000 is x^2 below x = 31.6); a \bmod with a second reading is none
    ("modulo", "x^2", "x^2 \\bmod 1000", 0), ("modulo", "x", "(x+50) \\bmod 100 - 50", 0),
    ("modulo", "y=x^2", "y = x^2 \\mod 1000", 0), ("modulo", "2^n", "2^n \\bmod 10^{9}", 0),
    ("modulo", "n \\bmod 7", "n - 7\\lfloor n/7 \\rfloor", 1), ("modulo", "n \\bmod 7", "(n+7) \\bmod 7", 1),
    ("modulo", "n \\bmod 7", "(n+1) \\bmod 7", 0), ("modulo", "n!", "n! + (n \\bmod 5000) - n", 0),
    ("modulo", "x^2", "x^2 + (x \\bmod 7) - x", 0), ("modulo", "\\frac{1-(-1)^n}{2}", "n \\bmod 2", 1),
    ("modulo", "(-1)^n", "1-2(n\\bmod 2)", 1), ("modulo", "1", "7 \\bmod 3 \\bmod 2", 1),
    ("modulo", "2", "2^{10} \\bmod 7", 1), ("modulo", "3", "3 \\mod 7", 1),
    ("modulo", "(7\\pi-20)\\pi", "7\\pi \\bmod 2\\pi", 0), ("modulo", "\\pi", "(7\\pi) \\bmod (2\\pi)", 1),
    ("modulo", "\\frac12", "2^{-1} \\bmod 7", 0), ("modulo", "-4", "10 \\bmod -7", 0),
    ("modulo", "3", "x \\equiv 10 \\mod 7", 0), ("modulo", "3", "x \\equiv 10 \\pmod{7}", 0), ("modulo", "3", "x \\equiv 3", 1),
    # found by round 46 (tests/reward_heldout131.py): a discrete gold is compared at whole numbers to the last digit
    # (99! + 78 is not 99!), and a part of the answer holding an integer function the gold lacks must move where the gold
    # has values (a binomial that is 0 at every compared n hides); (-1)^n is a floor in disguise, so floors may answer it
    ("discrete", "n!", "n! + n - (n \\bmod 26)", 0), ("discrete", "n!", "n! + 10^{40}\\binom{n}{26}", 0),
    ("discrete", "n!", "n! (1 + \\binom{n \\bmod 90}{26})", 0), ("discrete", "\\binom{n}{2}", "\\binom{n}{2} + \\binom{n}{1500}\\binom{-n}{1500}", 0),
    ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor n/2 \\rfloor + \\binom{n^2}{700}", 0),
    ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor n/2 \\rfloor + \\binom{|n|}{200}^{500}", 0),
    ("discrete", "\\binom{2n}{n}", "\\frac{4n-2}{n}\\binom{2n-2}{n-1}", 1), ("discrete", "n!", "n(n-1)!", 1),
    ("discrete", "\\frac{2n-1+(-1)^n}{4}", "\\left\\lfloor \\frac{n}{2} \\right\\rfloor", 1),
    ("discrete", "(-1)^{n(n-1)/2}", "(-1)^{\\lfloor n/2 \\rfloor}", 1), ("discrete", "(-1)^n", "(-1)^n + \\lfloor n/999999 \\rfloor", 0),
    # found by round 47 (tests/reward_heldout133.py): fixed sample points let an answer vanish at each of them, so
    # every comparison also samples points drawn from a hash of the pair; a floor that divides by a variable, or any
    # floor beside a gold's floor of π, e or a root, must turn where the gold's does
    ("discrete", "n!", "n! + n(n-1)(n-2)(n-3)(n-4)(n-5)(n-7)(n-8)(n-9)(n-16)(n-22)(n-25)(n-99)", 0),
    ("discrete", "m!\\,n!", "m!\\,n! + (m-n)(m-7)m(m-1)(m-2)(m-4)(m-6)(m-8)(m-9)(m-28)", 0),
    ("discrete", "\\lfloor n/2 \\rfloor", "\\left\\lfloor \\frac{n}{2} + \\frac{1}{1+9(n-6)^2} \\right\\rfloor", 0),
    ("discrete", "\\lfloor n\\pi \\rfloor", "\\left\\lfloor \\frac{312689 n}{99532} \\right\\rfloor", 0),
    ("discrete", "\\binom{3n}{n}", "\\frac{(3n)!}{n!(2n)!}", 1),  # (3n)! at 278 digits in the second look
    ("discrete", "\\lfloor n\\sqrt2 \\rfloor", "\\lfloor \\sqrt2 n \\rfloor", 1), ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor (n+2)/2 \\rfloor - 1", 1),
    ("function", "x^2", "x^2 + (x+2.7)(x-0.37)(x-1.9)(x+0.61)(x-5.3)(x-13.1)", 0),
    # found by round 48 (tests/reward_heldout135.py): beside a discrete gold, no function the gold lacks that repeats at
    # whole numbers with a period over 4: a product of them can vanish on every residue class but one
    ("discrete", "n!", "n!+(1+(-1)^{n-1935})(1+\\cos\\frac{\\pi (n-1935)}{2})(1+\\cos\\frac{\\pi (n-1935)}{4})"
     "(1+\\cos\\frac{\\pi (n-1935)}{8})(1+\\cos\\frac{\\pi (n-1935)}{16})", 0),
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n}+(1+(-1)^{n-1713})(1+(-1)^{\\frac{n-1713}{2}})(1+(-1)^{\\frac{n-1713}{4}})", 0),
    ("discrete", "n!", "n!+(1+2\\cos\\frac{2\\pi (n-2990)}{3})(1+2\\cos\\frac{2\\pi (n-2990)}{9})", 0),
    ("discrete", "(-1)^n", "i^{2n}", 1), ("discrete", "(-1)^n", "\\left(\\frac{1+i}{\\sqrt{2}}\\right)^{n}", 0),
    ("discrete", "\\lceil n/2 \\rceil", "\\lfloor n/2 \\rfloor + \\sin^2\\frac{\\pi n}{2}", 1),
    # found by round 49 (tests/reward_heldout137.py): a floor of the answer's own repeats with a period of the gold's
    # (or one up to 6), and no sine, cosine or sign of a binomial or factorial: either can single out one residue class
    ("discrete", "\\lfloor \\frac{n}{2}\\rfloor", "\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\frac{n+136}{1000}\\rfloor - \\lfloor \\frac{n+135}{1000}\\rfloor", 0),
    ("discrete", "\\lfloor \\frac{n}{2}\\rfloor", "\\lfloor \\frac{n}{2}\\rfloor+\\lfloor \\frac{n^2+8}{997}\\rfloor - \\lfloor \\frac{n^2+7}{997}\\rfloor", 0),
    ("discrete", "n!", "n! + \\frac{1-\\cos(\\pi\\binom{n+5}{63})}{2}", 0), ("discrete", "n \\bmod 2", "n^2 \\bmod 4", 1),
    ("discrete", "(-1)^{n(n-1)/2}", "(-1)^{\\binom{n}{2}}", 1), ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor n/4 \\rfloor + \\lfloor (n+2)/4 \\rfloor", 1),
    # found by hand after round 49: a binomial with a constant top, or a bottom not linear, is 1 at a few n alone, and
    # two of them can cancel at every sample point (\\binom{0}{(n-37)(n-3)} - \\binom{0}{n-3} is 1 at n = 37 alone)
    ("discrete", "n!", "n! + \\binom{0}{(n-37)(n-3)} - \\binom{0}{n-3}", 0),
    ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor n/2 \\rfloor + \\binom{n}{(n-37)(n-3)} - \\binom{n}{n-3}", 0),
    ("discrete", "\\binom{n}{2}", "\\frac{n(n-1)}{2}", 1), ("discrete", "\\binom{10}{n}", "\\frac{10!}{n!(10-n)!}", 1),
    # and the periods of all it adds together: periods 3, 4 and 5 single out one class in 60
    ("discrete", "n!", "n! + (\\lfloor \\frac{n+2}{3} \\rfloor - \\lfloor \\frac{n+1}{3} \\rfloor)(\\lfloor \\frac{n+3}{4} \\rfloor - "
     "\\lfloor \\frac{n+2}{4} \\rfloor)(\\lfloor \\frac{n+4}{5} \\rfloor - \\lfloor \\frac{n+3}{5} \\rfloor)", 0),
    ("discrete", "\\lfloor n/3 \\rfloor", "\\lfloor n/6 \\rfloor + \\lfloor (n+3)/6 \\rfloor", 1),
    # found by round 50 (tests/reward_heldout139.py): a period the gold has too is compared at each of its residues, and
    # a gold's kink beyond the sample points (a natural slip to drop) is matched only by the gold itself
    ("discrete", "\\lfloor n/60\\rfloor", "\\lfloor n/60\\rfloor+\\lfloor \\frac{n+37}{60}\\rfloor-\\lfloor \\frac{n+36}{60}\\rfloor", 0),
    ("discrete", "\\lfloor n/60\\rfloor", "\\left\\lfloor \\frac{\\lfloor n/4 \\rfloor}{15} \\right\\rfloor", 1),
    ("function", "|x+100|", "x+100", 0), ("function", "\\sqrt{x^2+14x+49}", "x+7", 0), ("function", "x+7", "\\sqrt{x^2+14x+49}", 0),
    ("function", "\\max(x,-10)", "x", 0), ("discrete", "n!+|n-150|", "n!+150-n", 0), ("function", "\\sqrt{x^2+2x+1}", "|x+1|", 1),
    # the gold's own floors are no period the answer adds, a floor of n√2 included (read wrongly until the review)
    ("discrete", "(n+1)\\lfloor n\\sqrt2\\rfloor", "n\\lfloor n\\sqrt2\\rfloor + \\lfloor n\\sqrt2\\rfloor", 1),
    # conditions on one unknown joined by `or` are one set, points and memberships included; x ≠ c in a list narrows it;
    # a labelled membership in a set of points names each (natural forms that held-out sets 45-119 found refused)
    ("union", "(-\\infty, 0) \\cup\\{1\\}", "x<0 \\text{ or } x=1", 1), ("union", "(-\\infty, 0) \\cup\\{1\\}", "x<0 \\lor x=1", 1),
    ("union", "(-\\infty, 0) \\cup\\{1\\}", "x<0 \\text{ or } x=2", 0), ("union", "(-\\infty, 0) \\cup\\{1\\}", "x<0, x=1", 0),
    ("union", "(-\\infty, 0) \\cup\\{1\\}", "x<0 \\text{ and } x=1", 0), ("union", "[2,\\infty)", "k > 2 \\text{ or } k = 2", 1),
    ("union", "[2,\\infty)", "k > 2 \\text{ or } k = 3", 0), ("union", "[2,5]", "x \\in [2,3) \\text{ or } x \\in [3,5]", 1),
    ("union", "(-\\infty, 2) \\cup (3, \\infty)", "x \\in (-\\infty,2) \\text{ or } x \\in (3,\\infty)", 1),
    ("union", "(-\\infty, 2) \\cup (3, \\infty)", "x \\in (-\\infty,2) \\text{ or } y \\in (3,\\infty)", 0),
    ("union", "[1, 2]", "x = 1 \\text{ or } x = 2", 0), ("union", "1, 2", "x = 1 \\text{ or } x = 2", 1),
    ("union", "1", "x = 1 \\text{ or } x > 2", 0), ("union", "x=1", "x = 1 \\text{ or } x > 100", 0),
    ("union", "5", "x = 5 \\text{ or } x \\ne 5", 0), ("union", "5", "x \\ne 5, x = 5", 0),
    ("union", "(0,9) \\cup (9,36)", "0<x<36, x\\neq 9", 1), ("union", "(0,9) \\cup (9,36)", "\\{x : 0<x<36, x \\ne 9\\}", 1),
    ("union", "(0,9) \\cup (9,36)", "0<x<36, x\\neq 8", 0), ("union", "(0,9) \\cup (9,36)", "0<x<36 \\text{ or } x\\neq 9", 0),
    ("union", "(0,36)", "0<x<36, x\\neq 9", 0), ("union", "(-\\infty, 2) \\cup (2, 5)", "x < 5 \\text{ and } x \\neq 2", 1),
    ("union", "(-\\infty,2)", "x < 2, x \\neq 3", 1), ("union", "(-\\infty,3)\\cup(3,\\infty)", "x < 2, x \\neq 3", 0),
    ("union", "(-\\infty,1)\\cup(1,\\infty)", "x \\neq 1", 1),
    ("label", "(1,2), (3,4)", "(x,y) \\in \\{(1,2),(3,4)\\}", 1), ("label", "(1,2), (3,4)", "(y,x) \\in \\{(2,1),(4,3)\\}", 1),
    ("label", "(1,2), (3,4)", "(x,y) \\in \\{(2,1),(4,3)\\}", 0), ("label", "(1,2), (3,4)", "(x,y) \\in \\{(1,2),(3,5)\\}", 0),
    ("label", "(1,2), (3,4)", "(x,y) \\in \\{(1,2),(3,4),(5,6)\\}", 0), ("label", "(1,2), (3,4)", "(x,y) \\in \\{(1,2),(1,2)\\}", 0),
    ("label", "(1,1), (3,2)", "(n, m) \\in \\{(1, 1), (2, 3)\\}", 1), ("label", "(1,2), (3,4)", "(k,b) \\in \\{(1,2),(3,4)\\}", 0),
    ("label", "(1,2,3), (3,4,5)", "(x,y) \\in \\{(1,2,3),(3,4,5)\\}", 0), ("label", "(1,2)", "(x,y) \\in \\{(1,2),(3,4)\\}", 0),
    # one label before tuples with ± names both versions of each, in the names' customary order
    ("label", "(0,2),(0,-2),(4,23),(4,-23)", "(x,y) = (0, \\pm 2), (4, \\pm 23)", 1),
    ("label", "(0,2),(0,-2),(4,23),(4,-23)", "(y,x) = (\\pm 2, 0), (\\pm 23, 4)", 1),
    ("label", "(0,2),(0,-2),(4,23),(4,-23)", "(x,y) = (\\pm 2, 0), (\\pm 23, 4)", 0),
    ("label", "(0,2),(0,-2),(4,23),(4,-23)", "(x,y) = (0, \\pm 2), (4, 23)", 0), ("label", "(0,2)", "(x,y) = (0, \\pm 2)", 0),
    # a chain of equations whose first side is a label; a bracketed vector transposed; thousands separators in a fraction
    ("label", "\\frac{1}{3}", "P = \\frac{2}{6} = \\frac{1}{3}", 1), ("label", "\\frac13", "P(A) = \\frac{2}{6} = \\frac{1}{3}", 1),
    ("label", "\\frac{1}{3}", "P = \\frac{2}{6} = \\frac{1}{2}", 0), ("label", "\\frac{1}{3}", "P = \\frac{1}{2} = \\frac{1}{3}", 0),
    ("label", "6", "x = 2x = 6", 0), ("label", "5", "x+1 = 5 = 5", 0), ("label", "\\frac13", "P = 0.33 = \\frac13", 0),
    ("label", "3", "x = 3 = y", 0), ("label", "\\frac13", "P = Q = \\frac13", 0),
    ("vector", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}", "[2,-1,3]^T", 1), ("vector", "\\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}", "[2,-1,4]^T", 0), ("vector", "[2,5]", "[2,5]^T", 0),
    ("number", "\\frac{20000}{\\pi}", "\\frac{20,000}{\\pi}", 1), ("number", "\\frac{20}{\\pi}", "\\frac{20,000}{\\pi}", 0),
    ("number", "\\frac{2000}{3}", "\\frac{20,00}{3}", 0), ("number", "1000", "\\{1,000\\}", 0),
    # x ≠ ±c excludes both values (round 51 listed it); two ± in one sum have no one reading (± then ∓ is two values)
    ("union", "(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)", "x \\ne \\pm 2", 1), ("union", "(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)", "x \\ne \\pm 3", 0),
    ("union", "(-\\infty,2)\\cup(2,\\infty)", "x \\ne \\pm 2", 0), ("union", "2, -2", "x \\ne \\pm 2", 0),
    ("union", "(-\\infty,-2)\\cup(-2,2)\\cup(2,5)", "x \\ne \\pm 2, x < 5", 1),
    ("pm", "1+i, -1-i", "\\pm 1 \\pm i", 0), ("pm", "1-i, -1+i", "\\pm 1 \\mp i", 1),
    # found by round 52 (tests/reward_heldout141.py): an open interval with an infinite end is never a pair; infinity
    # takes no arithmetic but a sign; and forms it listed as refused: a membership narrowed, (h, k) and Greek labels
    ("interval", "(2,\\infty)", "2, \\infty", 0), ("interval", "(2,\\infty)", "x=2, y=\\infty", 0),
    ("interval", "(2,\\infty)", "(y,x)=(\\infty,2)", 0), ("interval", "(2,\\infty)", "(2,\\infty)^T", 0),
    ("interval", "(-\\infty,\\infty)", "-\\infty, \\infty", 0), ("interval", "(2,\\infty)", "\\begin{pmatrix}2\\\\\\infty\\end{pmatrix}", 0),
    ("interval", "(2,\\infty)", "x \\in (2, \\infty)", 1), ("interval", "(2,\\infty)", "(2, +\\infty)", 1),
    ("interval", "(2,\\infty)", "(2,\\infty^2)", 0), ("interval", "(2,\\infty)", "(2,2\\infty)", 0), ("interval", "(2,\\infty)", "(2,\\infty-1)", 0),
    ("interval", "(2,\\infty)", "(2,\\log\\infty)", 0), ("number", "0", "\\frac{1}{\\infty}", 0), ("interval", "(-\\infty, 2]", "(-\\infty,2]", 1),
    ("union", "(0,9) \\cup (9,36)", "x \\in (0,36)\\setminus\\{9\\}", 1), ("union", "(0,9) \\cup (9,36)", "x \\in (0,36)\\setminus\\{8\\}", 0),
    ("union", "(0,9) \\cup (9,36)", "x \\in (0,36), x \\ne 9", 1), ("union", "(0,9) \\cup (9,36)", "x \\in (0,36) \\text{ and } x \\ne 9", 1),
    ("union", "(0,36)", "x \\in (0,36), x \\ne 9", 0),
    ("label", "(5,2)", "(h,k)=(5,2)", 1), ("label", "(5,2)", "(k,h)=(2,5)", 1), ("label", "(5,2)", "(h,k)=(2,5)", 0),
    ("label", "(5,2)", "(\\alpha,\\beta)=(5,2)", 1), ("label", "(5,2)", "(X,Y)=(5,2)", 1), ("label", "(5,2)", "(Y,X)=(5,2)", 0),
    ("label", "\\left( -\\frac{5}{11}, \\frac{12}{11} \\right)", "(t,s)=(\\frac{12}{11},-\\frac{5}{11})", 0),  # MATH asks for (t, s)
    # found by round 53 (tests/reward_heldout143.py): a vector is a point, never an interval, in a union or not; a
    # leading 0 group is no thousands grouping; 1,000 is never the list 1, 000; labelled thousands; [a, b, c] is a vector
    ("vector", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", "5<x<12", 0), ("vector", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", "x\\in(5,12)", 0), ("vector", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", "(5,12)\\cup\\emptyset", 0),
    ("vector", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", "(5,12)", 1), ("vector", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", "\\begin{pmatrix} 5 \\\\ 12 \\end{pmatrix}", 1),
    ("union", "(-\\infty,-5) \\cup (-5,5)", "(-\\infty,-5) \\cup [-5,5]^T", 0),
    ("union", "(1,2)\\cup(3,4)", "\\begin{pmatrix}1\\\\2\\end{pmatrix}\\cup(3,4)", 0), ("union", "(1,2)\\cup(3,4)", "(1,2)\\cup(3,4)", 1),
    ("number", "500", "0,500", 0), ("number", "500", "0{,}500", 0), ("number", "5", "0{,}005", 0), ("number", "500", "0\\,500", 0),
    ("number", "500", "000,500", 0), ("number", "\\frac{500}{3}", "\\frac{0,500}{3}", 0), ("number", "2016", "2{,}016", 1),
    ("number", "0, 1", "1,000", 0), ("number", "1, 0, 0", "N = 1,000,000", 0), ("number", "1000000", "N = 1,000,000", 1),
    ("number", "12345", "x = 12,345", 1), ("number", "58,500", "x = 58,500", 1), ("number", "\\frac{1000}{3}", "\\dfrac{1,000}{3}", 1),
    ("number", "\\frac{20000}{\\pi}", "\\frac{20\\,000}{\\pi}", 1), ("number", "\\frac{2000\\pi}{3}", "\\frac{2,000\\pi}{3}", 1),
    ("vector", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}", "[-2, -14, -7]", 1), ("interval", "[-2, 7]", "[-2, 7]", 1),
    # found by round 54 (tests/reward_heldout145.py): a gold `d, ddd` is a list; wide spaces and line breaks part two
    # numbers; a group of digits after a comma makes no entry ((1,000) is no pair); listed: \sqrt{1,000}, - 1,000, (r,θ,φ)
    ("number", "81, 256", "81256", 0), ("number", "81, 256", "81{,}256", 0), ("number", "81, 256", "256, 81", 1),
    ("number", "1256", "1,\\quad 256", 0), ("number", "1256", "1\\qquad 256", 0), ("number", "1256", "1,\\\\256", 0),
    ("number", "20100", "20,\\\\ 100", 0), ("number", "1256", "1\\,256", 1), ("number", "1256", "1,256", 1),
    ("tuple", "(1,0)", "(1,000)", 0), ("tuple", "(1,50)", "(1,050)", 0), ("set", "\\{0,1\\}", "\\{1,000\\}", 0),
    ("list", "1,0,2,0", "1,000, 2,000", 0), ("list", "1,0,2", "1,000,2", 0), ("tuple", "(1,0.5)", "(1,0.5)", 1),
    ("number", "10\\sqrt{10}", "\\sqrt{1,000}", 1), ("number", "-1000", "- 1,000", 1), ("label", "(1,2,3)", "(r,\\phi,\\theta)=(1,3,2)", 1),
    ("choice", "\\text{(E)},", "E", 1), ("choice", "\\text{(E)},", "D", 0),
    # round 55 found no false positive; of what it left as debatable, a percent against a gold with a unit is wrong
    ("unit", "20 \\text{ days}", "2000\\%", 0), ("unit", "41.8^\\circ", "4180\\%^\\circ", 0), ("unit", "\\$36", "\\$3600\\%", 0),
    ("unit", "15 \\text{ cm}^2", "1500 \\text{ cm}^2\\%", 0), ("unit", "20 \\text{ days}", "20", 1),
    # units round 55 listed as refused: degrees Celsius, mph as mi/h, \textdegree, P.M., {\rm days}
    ("unit", "1950^\\circ C", "1950 \\text{ degrees Celsius}", 1), ("unit", "1950^\\circ C", "1950 \\text{ degrees Fahrenheit}", 0),
    ("unit", "\\approx 8.24 \\text{ mph}", "8.24\\text{ miles per hour}", 1), ("unit", "\\approx 8.24 \\text{ mph}", "8.24 \\text{ km/h}", 0),
    ("unit", "8.24 \\text{ mph}", "8.24 \\text{ mi}", 0), ("unit", "41.8^\\circ", "41.8\\textdegree", 1), ("unit", "41.8^\\circ", "42\\textdegree", 0),
    ("time", "4\\!:\\!51\\!:\\!06 \\text{ p.m.}", "4:51:06 P.M.", 1), ("time", "4\\!:\\!51\\!:\\!06 \\text{ p.m.}", "4:51:06 A.M.", 0),
    ("unit", "20\\text{ days}", "20 {\\rm days}", 1), ("unit", "20\\text{ days}", "20 {\\rm hours}", 0),
    # found by round 56 (tests/reward_heldout147.py): beside a discrete gold, no binomial of the answer's own holds a
    # number over 30 (it is 0 on a run of whole numbers past the points where a large gold is compared)
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n}+\\binom{|n|}{100}", 0), ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n}+\\binom{n+100}{n-100}", 0),
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n}\\cdot(1+\\binom{n+99}{199})", 0), ("discrete", "\\binom{2n}{n}", "\\frac{(2n)!}{n!^2}", 1),
    ("discrete", "\\frac{(2n)!}{(n!)^2}", "\\binom{2n}{n}", 1), ("discrete", "\\binom{n+1}{2}", "\\frac{n(n+1)}{2}", 1),
    # found by round 57 (tests/reward_heldout149.py): brackets of brackets are a matrix's rows, never an interval of
    # groups; \{E\} with a variable is no E (MATH's fractional part); and a difference the answer confines between two
    # kinks (|x-3||x-4| - (x-3)(x-4) is 0 but on (3, 4)) shows at a point drawn inside each piece the kinks cut
    ("interval", "[12,28]", "[[12],[28]]", 0), ("interval", "[12,28]", "[[12,28]]", 0), ("interval", "x \\in [-2,7]", "x\\in[\\![-2,7]\\!]", 0),
    ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "[[1,2],[3,4]]", 1), ("matrix", "\\begin{pmatrix} 2 \\\\ -1 \\end{pmatrix}", "[[2],[-1]]", 1),
    ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "[[1,2],[4,3]]", 0), ("matrix", "[12,28]", "[[12],[28],[3]]", 0),
    ("function", "f(x)=x", "f(x)=\\{x\\}", 0), ("function", "y = 2x + 3", "y=\\{2x+3\\}", 0), ("set", "5", "\\{5\\}", 1),
    ("kink", "(x+1)(x+2)", "|x+1||x+2|", 0), ("kink", "(x+1)(x+2)", "\\sqrt{(x+1)^2(x+2)^2}", 0),
    ("kink", "x^2 + 1", "x^2+1+|x-3||x-4|-(x-3)(x-4)", 0), ("kink", "x^2+1", "x^2+1+|x-3||x-3-10^{-40}|-(x-3)(x-3-10^{-40})", 0),
    ("kink", "x^2+y^2", "x^2+y^2+|x-y-3||x-y-4|-(x-y-3)(x-y-4)", 0), ("kink", "y = 2x + 3", "y=2x+3+|x-3||x-4|-(x-3)(x-4)", 0),
    ("kink", "x^2+1", "x^2+1+|e^x-e^3||e^x-e^4|-(e^x-e^3)(e^x-e^4)", 0), ("kink", "x^2+1", "x^2+1+|e^x-e^3||x-4|-(e^x-e^3)(x-4)", 0),
    ("kink", "\\lfloor n/2 \\rfloor", "\\lfloor n/2 \\rfloor+|n-40.5||n-41.5|-(n-40.5)(n-41.5)", 0),
    ("kink", "\\max(a,b)", "\\frac{a+b+|a-b|}{2}", 1), ("kink", "|x^2-4|", "|x-2||x+2|", 1), ("kink", "|\\sin x|+|\\cos x|", "\\sqrt{\\sin^2 x}+\\sqrt{\\cos^2 x}", 1),
    ("kink", "x|x|", "\\frac{x^3}{|x|}", 1), ("kink", "|e^x-1|", "|1-e^x|", 1),
    # natural forms round 57 listed as refused: a probability's name, a grouped number after an inequality, TeX's \cr,
    # \varphi for φ, (x, y, z, w); (k, r) has no customary order (MATH asks for (r, k)), and ϑ stays apart from θ
    ("label", "\\frac13", "P(X=1)=\\frac13", 1), ("label", "\\frac13", "P(A \\mid B)=\\frac{2}{6}", 1), ("label", "3", "P(X=3)=\\frac13", 0),
    ("number", "(1000,\\infty)", "x>1,000", 1), ("number", "[1000,\\infty)", "x \\geq 1,000", 1), ("number", "(1,\\infty)", "x>1,000", 0),
    ("number", "1000", "x > 1,000", 0), ("matrix", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\cr 3 & 4\\end{pmatrix}", 1),
    ("label", "\\left( 2, \\frac{8 \\pi}{7}, \\frac{7 \\pi}{9} \\right)", "(\\rho,\\theta,\\varphi)=(2,\\frac{8\\pi}{7},\\frac{7\\pi}{9})", 1),
    ("label", "(1,2,3,4)", "(w,x,y,z)=(4,1,2,3)", 1), ("label", "(1,2,3,4)", "(x,y,z,w)=(1,2,4,3)", 0),
    ("label", "(4,12)", "k=4, r=12", 0), ("symbol", "\\tilde{\\theta}", "\\tilde{\\vartheta}", 0),
    # found by round 58 (tests/reward_heldout151.py): a set of one stands for a number or a point only (no interval, set
    # or matrix), no set is an entry of a tuple or interval, no bracket holds one entry of one, \cr is a row's end only
    # in a matrix, and no entry is left empty
    ("set", "[12,28]", "\\{[12,28]\\}", 0), ("set", "(2,\\infty)", "\\{(2,\\infty)\\}", 0), ("set", "5", "\\{\\{5\\}\\}", 0),
    ("set", "[3,7] \\cup [8,9)", "\\{[3,7]\\} \\cup [8,9)", 0), ("set", "(-\\infty, 0) \\cup\\{1\\}", "(-\\infty, 0) \\cup\\{\\{1\\}\\}", 0),
    ("set", "(2,\\infty)", "\\{x>2\\}", 1), ("set", "(3,4)", "\\{(3,4)\\}", 1), ("set", "\\{(1,2),(3,4)\\}", "\\{(1,2)\\}\\cup\\{(3,4)\\}", 1),
    ("interval", "[12,28]", "[\\{12\\},\\{28\\}]", 0), ("interval", "[12,28]", "[12,[28]]", 0), ("tuple", "(6,31,-1)", "(6,31,\\{\\{-1\\}\\})", 0),
    ("tuple", "(12, 28)", "((12),(28))", 1), ("number", "1000", "1\\cr000", 0), ("number", "(1000,\\infty)", "x>1\\cr000", 0),
    ("number", "1000", "1,,000", 0), ("tuple", "(6,31,-1)", "(6,,31,-1)", 0), ("interval", "(2,\\infty)", "(2,,\\infty)", 0),
    # natural forms round 58 listed as refused: more names of probabilities and means, names with subscripts in their
    # order, \mathbb{R}_{>0}
    ("label", "\\frac13", "\\Pr[X=1]=\\frac13", 1), ("label", "\\frac13", "P(A\\cap B)=\\frac13", 1), ("label", "5", "\\mathbb{E}[X]=5", 1),
    ("label", "5", "E[X]=6", 0), ("label", "(3,2)", "(x_1,x_2)=(3,2)", 1), ("label", "(3,2)", "(x_2,x_1)=(3,2)", 0),
    ("label", "(1,-16,-4,43)", "(a_0,a_1,a_2,a_3)=(1,-16,-4,43)", 1), ("label", "(3,2)", "(x_1,y_2)=(3,2)", 0),
    ("interval", "(0,\\infty)", "\\mathbb{R}_{>0}", 1), ("interval", "[0,\\infty)", "\\mathbb{R}_{\\geq 0}", 1), ("interval", "(0,\\infty)", "\\mathbb{R}_{\\ge 0}", 0),
    # found by round 59 (tests/reward_heldout153.py): no set of sets (a condition in braces within braces included), no set
    # in a list, no entry left empty by invisible TeX; natural: \mathbb{R}_{>c}
    ("set", "(2,\\infty)", "\\{\\{x>2\\}\\}", 0), ("set", "(2,\\infty)", "\\{(2,\\infty)\\cup\\{x>3\\}\\}", 0), ("set", "(1,2)", "\\{\\{1<x<2\\}\\}", 0),
    ("set", "(-\\infty,2)\\cup(3,\\infty)", "\\{\\{x<2\\}\\}\\cup\\{\\{x>3\\}\\}", 0), ("set", "3, 5, 7", "\\{\\{3\\},\\{5\\},\\{7\\}\\}", 0),
    ("set", "(15,-29)", "\\{15\\}, -29", 0), ("set", "3, 5, 7", "\\{3, 5, 7\\}", 1), ("number", "1000", "1,\\text{},000", 0),
    ("tuple", "(6,31,-1)", "(6,\\ ,31,-1)", 0), ("tuple", "(1,2)", "(1,\\mbox{},2)", 0), ("list", "x=1, x=2", "x = 1, \\text{ or } x = 2", 1),
    ("interval", "(2,\\infty)", "\\mathbb{R}_{>2}", 1), ("interval", "(-\\infty,-3]", "\\mathbb{R}_{\\le -3}", 1), ("interval", "(2,\\infty)", "\\mathbb{R}_{\\ge 2}", 0),
    # found by round 60: in the plane an answer's own kink is refused (\max(0,x-5)\max(0,y-5) is 0 but where both pass 5,
    # which no axis through a sample point meets); at whole numbers the drawn grid reaches such corners
    ("kink", "x^2+y^2", "x^2+y^2+\\max(0,x-5)\\max(0,y-5)", 0), ("kink", "2x+3y=6", "2x+3y=6+\\max(0,x-5)\\max(0,y-5)", 0),
    ("kink", "x^2+y^2 \\le 1", "x^2+y^2 \\le 1+100\\max(0,x-5)\\max(0,y-5)", 0), ("kink", "(-1)^{n+k}", "(-1)^{|n-k|}", 1),
    # found by round 61 (tests/reward_heldout157.py): an identity of a principal branch that holds near 0 alone is
    # compared far out too (salted points 20 to 2,000 from 0, where a value past the bounds is no evidence); an inverse
    # trigonometric function of a trigonometric one is refused; a gap of 10^{-121} shows in a second look 100 digits deeper
    ("branch", "x", "100\\arcsin(\\sin\\frac{x}{100})", 0), ("branch", "y=2x+3", "y=40\\arctan(\\tan\\frac{x}{20})+3", 0),
    ("branch", "\\cos\\frac{x}{10}", "\\sqrt{1-\\sin^2\\frac{x}{10}}", 0), ("branch", "20-x", "\\sqrt{(x-20)^2+\\sin^2x+\\cos^2x-1}", 0),
    ("branch", "e^{20}-e^x", "\\sqrt{e^{2x}-2e^{x+20}+e^{40}}", 0), ("branch", "\\tanh x", "\\frac{e^{2x}-1}{e^{2x}+1}", 1),
    ("branch", "\\frac{(n+1)!}{n!}", "n+1", 1), ("branch", "2^{x}", "e^{x\\ln 2}", 1), ("branch", "\\cos x", "\\sqrt{1-\\sin^2 x}", 0),
    ("precision", "46", "46+\\sin(10^{-40})-10^{-40}", 0), ("precision", "1", "\\cos(\\frac{\\pi}{2}-10^{-40})+1-10^{-40}", 0),
    ("precision", "46", "46+\\ln(1+10^{-40})-10^{-40}", 0), ("precision", "(1,2)", "(1,2+\\sin(10^{-40})-10^{-40})", 0),
    # an identity that fails in one quadrant of two variables, far out: the far points visit all four
    ("quadrant", "\\arctan\\frac{x}{20}+\\arctan\\frac{y}{20}", "\\arctan\\frac{20(x+y)}{400-xy}", 0),
    ("quadrant", "\\arctan\\frac{x}{30}+\\arctan\\frac{y}{30}", "\\arctan\\frac{30(x+y)}{900-xy}", 0),
    ("quadrant", "\\arctan\\frac{y}{20}+\\arctan\\frac{x}{20}", "\\arctan\\frac{x}{20}+\\arctan\\frac{y}{20}", 1),
    ("quadrant", "\\arctan x+\\arctan y", "\\arctan\\frac{x+y}{1-xy}", 0),
    # a label with its argument names what the bare label names; a value at a point does not
    ("label", "x = \\frac{e^{t}}{3} + ce^{-2t}", "x(t)=\\frac{e^{t}}{3}+ce^{-2t}", 1), ("label", "y=x^2+1", "y(x)=x^2+1", 1),
    ("label", "y=x^2+1", "y(x)=x^2+2", 0), ("label", "y=x^2+1", "g(x)=x^2+1", 0), ("label", "y = 5", "y(2)=5", 0),
    ("label", "35", "x^3+y^3=35", 1), ("label", "35", "x^3+y^3=36", 0), ("label", "35", "x^3+1=35", 0),
    # a power's base in another term makes an equation (x^2 + x = 6), and a power in a gold's left side a curve
    ("label", "6", "x^2 + x = 6", 0), ("label", "6", "n^2+n=6", 0), ("label", "x^2+y^2=1", "1", 0), ("label", "y^2 = 4x", "4x", 0),
    ("label", "x^2+y^2=1", "y^2+x^2=1", 1), ("label", "25", "x^2+y^2=25", 1),
    # a function of degrees takes the bracket around its angle, and only a bracket opened there (polar forms read)
    ("degrees", "\\sqrt3+i", "2(\\cos 30^\\circ + i \\sin 30^\\circ)", 1), ("degrees", "\\frac12", "\\sin(30^\\circ)", 1),
    ("degrees", "\\frac12", "(\\sin 30^\\circ))", 0), ("degrees", "\\frac12", "\\sin(30^\\circ", 0),
    ("form", "a \\cdot b", "ab", 1), ("form", "\\sin x", "sin x", 1), ("text", "e", "ee", 0),
    ("region", "(-\\infty, 3)", "\\{x\\in\\mathbb{R}: x<3\\}", 1), ("region", "(-\\infty, 3)", "\\{x\\in\\mathbb{Z}: x<3\\}", 0),
    ("function", "\\lfloor x \\rfloor", "-\\lceil -x \\rceil", 1), ("function", "(-1)^n \\sin x", "(-1)^{n}\\sin x + \\sin(\\pi n)\\cos x", 1),
    # a derivative in time is one thing in Leibniz's, Newton's and Lagrange's notation; its order and variable matter
    ("derivative", "\\frac{dx}{dt} = kx - a", "x' = kx - a", 1), ("derivative", "\\frac{dx}{dt} = kx - a", "\\dot{x} = kx - a", 1),
    ("derivative", "\\frac{dx}{dt} = kx - a", "dx/dt = kx - a", 1), ("derivative", "x' = kx - a", "\\frac{d x}{d t} - kx + a = 0", 1),
    ("derivative", "\\frac{d^{2} v_{o}}{d t^{2}}+v_o=1", "\\ddot{v}_o + v_o = 1", 1), ("derivative", "\\ddot\\theta = 3", "\\theta''(t) = 3", 1),
    ("derivative", "\\frac{d^2x}{dt^2} = 3", "d^2x/dt^2 = 3", 1), ("derivative", "I \\frac{d \\omega}{d t}=T", "I\\dot\\omega = T", 1),
    ("derivative", "\\frac{dx}{dt} = kx - a", "x = kx - a", 0), ("derivative", "\\frac{dx}{dt} = kx - a", "x'' = kx - a", 0),
    ("derivative", "\\frac{dx}{dt} = kx - a", "\\frac{x}{t} = kx - a", 0), ("derivative", "\\frac{dv}{dt}", "\\frac{dv}{dx}", 0),
    ("derivative", "\\frac{d^2x}{dt^2} = 3", "\\dot x = 3", 0), ("derivative", "\\frac{d^2x}{dt^2} = 3", "\\frac{d^2x}{dt} = 3", 0),
    ("derivative", "y' = 2", "y'(2) = 2", 0), ("derivative", "\\dot{x}_0", "x_0", 0),
    ("derivative", "\\frac{dx}{dt} = kx - a", "x'(1) = kx - a", 0), ("derivative", "f'(x)=2x", "\\frac{df}{dt}=2x", 0),
    ("derivative", "f'(x) = f(x)", "f'(t) = f(x)", 0), ("derivative", "f'(x) = 2x", "f'(x) = 2x", 1),
    # f before a bracket is a function at a point, no product
    ("function", "f(4 - x)", "f(-x + 4)", 1), ("function", "f(4 - x)", "-f(x-4)", 0), ("function", "f(4 - x)", "(4-x)f", 0),
    ("function", "f(4 - x)", "4f - fx", 0), ("function", "f(-1)", "-f", 0),
    ("label", "x + 3", "f(x+1)=x+3", 0), ("label", "x + 3", "f(x)=x+3", 1), ("label", "x^2 - x - 1", "P(x+1)=x^2-x-1", 0),
    ("label", "x^2 - x - 1", "P(x)=x^2-x-1", 1), ("label", "\\frac13", "P(X=1)=\\frac13", 1),
    # a gold's words that change its number make it text; words that count things are dropped
    ("gold words", "5\\text{ million}", "5", 0), ("gold words", "5\\text{ million}", "5\\text{ million}", 1),
    ("gold words", "\\text{not } 3", "3", 0), ("gold words", "21\\text{ dogs}", "21", 1),
    ("gold words", "\\text{between } 3\\text{ and } 5", "3, 5", 0),
    ("gold words", "3\\text{ halves}", "3", 0), ("gold words", "7\\text{ tenths}", "7", 0), ("gold words", "\\text{never } 3", "3", 0),
    ("gold words", "2\\text{ adults}, 5\\text{ children}", "5, 2", 0), ("gold words", "\\operatorname{arccot}(3) + 1", "4", 0),
    ("gold words", "14 \\text{ right triangles}", "14", 1), ("gold words", "0.3\\text{ recurring}", "0.3", 0),
    ("gold words", "\\text{-}5", "5", 0), ("gold words", "\\text{-}5", "-5", 1), ("gold words", "3\\text{x}", "3", 0),
    ("text", "yes", "s\\cdot e\\cdot y", 0), ("text", "May", "y\\cdot a\\cdot M", 0), ("text", "xy", "x \\cdot y", 1),
    # one area or volume word per unit; per cent with TeX's thin space; x_{} is x; short letter golds are math
    ("unit", "15\\text{ m}^3", "15\\text{ square cubic meters}", 0), ("unit", "15\\text{ m}^3", "15\\text{ cubic meters}", 1),
    ("percent", "0.5", "50\\text{ per\\,cent}", 1), ("percent", "50", "50\\text{ per\\,cent}", 0),
    ("label", "6", "x^2+x_{}=6", 0), ("text", "xyz", "XYZ", 0), ("text", "abc", "aBc", 0), ("text", "yes", "Yes", 1),
    # TeX's {:} is a colon without its spacing
    ("colon", "8\\!:\\!34 \\text{ p.m.}", "8{:}34 \\text{ p.m.}", 1), ("colon", "9:24", "9{:}24", 1), ("colon", "9:24", "9{:}25", 0),
    ("colon", "4\\!:\\!51\\!:\\!06 \\text{ p.m.}", "4{:}51{:}06 \\text{ p.m.}", 1), ("colon", "8\\!:\\!34 \\text{ p.m.}", "8{:}34 \\text{ a.m.}", 0),
    # a function at a number and a ratio of an angle name their values; golds of capitals are letters, never products;
    # \( \) delimit math as $ does (blind set 164, round 69)
    ("label", "18", "f(-2) = 18", 1), ("label", "18", "f(\\frac{1}{2}) = 18", 1), ("label", "18", "f(2x) = 18", 0),
    ("label", "\\frac{8}{15}", "\\tan A = \\frac{8}{15}", 1), ("label", "3", "\\sin\\theta = 3", 1), ("label", "3", "\\sin x = 3", 0),
    ("label", "3", "\\tan 2A = 3", 0), ("label", "3", "\\tan A + 1 = 3", 0),
    ("capitals", "D, E", "D + 0, E", 0), ("capitals", "D, E", "E, D", 1), ("capitals", "LQSX", "--LQSX", 0),
    ("capitals", "LQSX", "LQSX\\cdot 1", 0), ("capitals", "CD", "\\frac{2CD}{2}", 0), ("capitals", "LQSX", "L Q S X", 1),
    ("capitals", "LQSX", "QLSX", 0), ("delimiters", "\\frac{1}{2}", "\\(\\frac12\\)", 1), ("delimiters", "(2,3)", "\\((2,3)\\)", 1),
    ("delimiters", "5", "\\(6\\)", 0),
    # in a tuple each \pm is free, the corners of a rectangle; a \mp links them (blind set 166)
    ("pm tuple", "(3,2),(-3,2),(3,-2),(-3,-2)", "(\\pm 3, \\pm 2)", 1), ("pm tuple", "(3,2),(-3,-2)", "(\\pm 3, \\pm 2)", 0),
    ("pm tuple", "(3,-2),(-3,2)", "(\\pm 3, \\mp 2)", 1), ("pm tuple", "(3,2),(-3,2),(3,-2),(-3,-2)", "(\\pm 3, \\mp 2)", 0),
    ("pm tuple", "(1,2),(-1,2)", "(\\pm 1, \\pm 2)", 0), ("pm tuple", "2", "\\pm 1 \\pm 1", 0),
    # a set-builder is its condition where the bound variable stands alone on its sides (round 70); an angle's ratio
    # names a value only alone; no member of a tuple that is no interval; letters each in its own \text
    ("builder", "1050", "\\{x \\mid x^2 = 1050\\}", 0), ("builder", "190", "\\{x \\mid \\frac{1}{x} = 190\\}", 0),
    ("builder", "190", "\\{x \\mid x+y = 190\\}", 0), ("builder", "(0,9) \\cup (9,36)", "\\{x \\mid 0 < x < 36, x \\neq 9\\}", 1),
    ("builder", "[-2,7]", "\\{x \\mid -2 \\le x \\le 7\\}", 1), ("builder", "3,-3", "\\{x \\mid x = 3 \\text{ or } x = -3\\}", 1),
    ("builder", "3,-3", "\\{x \\mid x^2 \\in \\{3,-3\\}\\}", 0), ("builder", "(1,-2,8)", "\\{x \\mid x \\in (1,-2,8)\\}", 0),
    ("builder", "(1,-2,8)", "x \\in (1,-2,8)", 0), ("builder", "(1,3)", "x \\in (1,3)", 1),
    ("label", "\\frac{8}{15}", "\\tan A \\cot A = \\frac{8}{15}", 0), ("label", "\\frac{8}{15}", "\\sin^2 A + \\cos^2 A = \\frac{8}{15}", 0),
    ("capitals", "A,B,E", "\\text{A}, \\text{B}, \\text{E}", 1), ("capitals", "A,B,E", "\\text{A}, \\text{B}, \\text{D}", 0),
    ("capitals", "1000", "1,\\text{},000", 0),
    # a symbol may not cancel in a matrix sum either; a degree sign leaves the space before `and` (round 71)
    ("matrix", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", "t\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix} + (1-t)\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", 0),
    ("matrix", "\\begin{pmatrix} 4 \\\\ -3 \\end{pmatrix}", "\\begin{pmatrix} 1 \\\\ -1 \\end{pmatrix} + \\begin{pmatrix} 3 \\\\ -2 \\end{pmatrix}", 1),
    ("degree", "60^\\circ, 120^\\circ", "60^\\circ \\text{ and } 120^\\circ", 1), ("degree", "25^\\circ\\text{C}", "25^{\\circ}C", 1),
    # degree signs on several terms are each its term's (round 72); an angle below a fraction bar is refused
    ("degree", "30^\\circ", "90^\\circ - 60^\\circ", 1), ("degree", "60^\\circ", "30^\\circ+30^\\circ", 1),
    ("degree", "60^\\circ", "30^\\circ+30", 0), ("degree", "12^\\circ", "24^\\circ/2^\\circ", 0), ("degree", "6", "\\frac{360}{60^\\circ}", 0),
    # a degree sign is its term's, bracketed or below a slash, never the whole sum's (round 73); a gold `a \approx b`
    ("degree", "30^\\circ", "29 + (1)^\\circ", 0), ("degree", "\\frac{1}{2}", "1 - \\frac{1}{2}^\\circ", 0),
    ("degree", "30^\\circ", "900/30^\\circ", 0), ("degree", "30^\\circ", "(29 + 1)^\\circ", 1),
    ("degree", "3^\\circ", "3 \\text{ arcminutes}", 0), ("degree", "41.8^\\circ", "41.8^\\circ F", 0),
    ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "\\frac{2}{3}", 1), ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "0.67", 1),
    ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "0.66", 0),
    # round 74's natural forms: \approx on both sides, degrees and minutes, {}^\circ, a braced trig argument, €2
    ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "\\frac{2}{3} \\approx 0.67", 1),
    ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "\\frac{3}{4} \\approx 0.67", 0),
    ("approx gold", "\\$\\dfrac23 \\approx \\$0.67", "\\approx 0.7", 0),
    ("degree", "7.5^\\circ", "7^\\circ 30'", 1), ("degree", "7.5^\\circ", "7^\\circ 3'", 0),
    ("degree", "30^\\circ", "30{}^\\circ", 1), ("degree", "\\tan 15^\\circ", "\\tan{15^\\circ}", 1),
    ("degree", "\\tan 15^\\circ", "\\tan{15}", 0), ("units", "2 \\text{ euros}", "€2", 1), ("units", "2 \\text{ euros}", "€3", 0),
    # a constant's gap that stays as the digits grow is real; other branches differ by an imaginary part alone (round 75)
    ("tiny gap", "1", "\\frac{\\sinh 400}{\\cosh 400}", 0), ("tiny gap", "1", "\\frac{\\pi^{400}+\\pi^{-400}}{\\pi^{400}}", 0),
    ("tiny gap", "\\frac{1}{2}", "\\cos\\frac{\\pi}{7}-\\cos\\frac{2\\pi}{7}+\\cos\\frac{3\\pi}{7}", 1),
    ("branch", "\\left[P_{0}^{2 / 5}-\\frac{2}{5} g K^{-3 / 5} z\\right]^{5 / 2}", "\\left[P_{0}^{2 / 5}-\\frac{2}{5} g K^{-3 / 5} z\\right]^{5 / 2}"
     " + 1(z - 4.9 - \\frac{\\sqrt{5}}{1000})(z - 0.3 - \\frac{\\sqrt{5}}{1000})(z - 2.39 - \\frac{\\sqrt{5}}{1000})", 0),
    ("branch", "\\frac{1}{\\sqrt{n}}", "\\sqrt{1/n}", 1), ("branch", "-\\tau \\ln \\Delta", "\\tau \\ln \\frac{1}{\\Delta}", 1),
    # a base gold takes bare digits, no expression worth them; 2x/x names nothing; no mixed number to a power (round 76)
    ("base", "204_5", "4 \\cdot 51", 0), ("base", "204_5", "0204", 1), ("label", "7", "\\frac{2x}{x} = 7", 0),
    ("label", "7", "\\frac{dy}{dx} = 7", 1), ("mixed number", "\\frac{9}{4}", "2\\frac{1}{2}^{2}", 0),
    # a gap made by squaring (nested cosines); periodic functions two deep at most; every inverse that folds (round 78)
    ("tiny gap", "1", "\\cos(2\\pi\\cos(10^{-80}))", 0), ("tiny gap", "x", "x\\cos(2\\pi\\cos(10^{-80}))", 0),
    ("tiny gap", "1", "\\cos(2\\pi \\cos(2\\pi \\cos(2\\pi 0.999)))", 0), ("tiny gap", "\\sin(\\cos x)", "\\sin(\\cos(x))", 1),
    ("fold", "x", "10000\\sec^{-1}(\\sec\\frac{x}{10000})", 0), ("fold", "x", "1000\\cosh^{-1}(\\cosh(\\frac{x}{1000}+3))-3000", 0),
    # what follows a unit may not bind to the number; an ellipsis of \text{.} is one too (round 77)
    ("zero over itself", "1", "\\frac{\\sqrt2+\\sqrt3-\\sqrt{5+2\\sqrt6}}{\\sqrt2+\\sqrt3-\\sqrt{5+2\\sqrt6}}", 0),
    ("units", "120", "5\\text{ cm}!", 0), ("units", "\\frac{1}{2}", "50\\text{ cm}\\%", 0), ("units", "5", "5\\text{ cm}", 1),
    ("approx", "\\frac{3}{4}", "0.75\\text{.}\\text{.}\\text{.}", 0), ("approx", "\\frac{3}{4}", "0.75\\text{.}", 1),
    # a bar or dot without braces covers one digit, as TeX sets it; British dots mark a repeat's ends (round 82)
    ("repeating", "\\frac{4}{11}", "0.\\bar 36", 0), ("repeating", "\\frac{43}{99}", "0.\\dot 43", 0),
    ("repeating", "\\frac{4}{11}", "0.\\bar{36}", 1), ("repeating", "\\frac{1}{3}", "0.\\bar 3", 1),
    ("repeating", "\\frac{4}{11}", "0.\\dot{3}\\dot{6}", 1), ("repeating", "\\frac{16}{27}", "0.\\dot{5}9\\dot{2}", 1),
    ("repeating", "\\frac{11}{30}", "0.\\dot{3}\\dot{6}", 0),
    # a single TeX space (~, \ ) may group thousands as a plain space does; a wide one parts two values
    ("thousands", "22500", "22~500", 1), ("thousands", "22500", "22\\ 500", 1), ("thousands", "22500", "22~~500", 0),
    # a segment under a bar and a subscript in \text are names, so either may label a value (round 83)
    ("label", "5", "\\overline{AB} = 5", 1), ("label", "5", "\\overline{AB} = 6", 0), ("label", "5", "\\overline{AB}", 0),
    ("label", "5", "x_{\\text{max}} = 5", 1), ("label", "5", "x_\\text{max} = 5", 1), ("label", "5", "x_{\\text{max}}", 0),
    ("label", "5", "x_{\\text{max}} = 5 + x", 0),
    # degrees and minutes (and seconds) are one angle only as a term of their own, under 60 each; a rate's `per`
    # needs its unit; a unit's factors joined by \cdot are one unit (round 84)
    ("angle", "20^\\circ", "4.5^\\circ 0'", 0), ("angle", "90^\\circ", "3 30^\\circ 0'", 0), ("angle", "15^\\circ", "14^\\circ 60'", 0),
    ("angle", "7.5^\\circ", "7^\\circ 30'", 1), ("angle", "28.71^\\circ", "28^\\circ 42' 36''", 1),
    ("angle", "(7.5^\\circ, 5)", "(7^\\circ 30', 5)", 1),
    ("units", "147\\text{ cm}", "147 \\text{ cm per}", 0), ("units", "7 \\text{ days}", "7 \\text{ days/}", 0),
    ("units", "5 \\text{ m/s}", "5 \\text{ meters per second}", 1), ("units", "5 \\text{ m/s}", "5 \\text{ m per per s}", 0),
    ("units", "8.24 \\text{ mph}", "8.24\\,\\text{mi}\\cdot\\text{h}^{-1}", 1), ("units", "5 \\text{ N m}", "5 \\text{ N}\\cdot\\text{s}", 0),
    ("units", "12 \\text{ cm}^2", "3\\text{ cm}\\cdot 4\\text{ cm}", 0),
    # both sides complex and apart by an imaginary part alone is another branch only where both have branches (round 86)
    ("branch", "\\frac{2-\\omega^{2}-\\frac{\\omega i}{4}}{\\omega^{4}+4}", "\\frac{2-\\omega^{2}-\\frac{|\\omega| i}{4}}{\\omega^{4}+4}", 0),
    ("branch", "\\frac{4A}{3+3i}e^{it}", "\\frac{4A}{3+3i}e^{it} + i(t-2.9-\\frac{\\sqrt3}{1000})(t-0.39-\\frac{\\sqrt3}{1000})"
                                             "(t-6.3-\\frac{\\sqrt3}{1000})", 0),
    ("branch", "-\\tau \\ln \\Delta", "\\tau \\ln\\frac{1}{\\Delta}", 1), ("branch", "\\frac{4A}{3+3i}e^{it}", "\\frac{2A(1-i)}{3}e^{it}", 1),
    # no evidence is no licence: a huge side beside a small gold, a side past the bounds at small whole numbers, an
    # inverse trigonometric jump the gold lacks (round 87)
    ("no evidence", "\\binom{2n}{n}", "\\binom{2n}{n} + 10^{250}(n-3)(n-4)(n-5)(n-7)", 0),
    ("no evidence", "\\binom{2n}{n}", "\\binom{2n}{n} + 10^{1000(n-3)^2(n-4)^2(n-5)^2(n-7)^2} - 1", 0),
    ("no evidence", "x^4-16", "x^4-16 + \\arctan(2001-x) + \\arctan\\frac{1}{2001-x} - \\frac{\\pi}{2}", 0),
    ("no evidence", "x^4-16", "x^4-16 + \\arcsin\\frac{8000x}{16000000+x^2} - 2\\arctan\\frac{x}{4000}", 0),
    ("no evidence", "2^{2^n}", "4^{2^{n-1}}", 1), ("no evidence", "\\binom{10}{n}", "\\frac{10!}{n!(10-n)!}", 1),
    ("no evidence", "\\arctan x", "\\arcsin\\frac{x}{\\sqrt{1+x^2}}", 1),
    # drawn points off any public grid (round 89); an acronym is no label's value; x(t) beside a derivative in time is x
    # (round 90)
    ("sample points", "10x", "10x+(x+\\frac{31551900362851952253892930394927602752388109374715}{11692013098647223345629478661730264157247460343808})"
     "\\sin(100\\pi(x-\\frac{\\sqrt{2}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{5}}{1000}))\\sin(5\\pi(x-\\frac{\\sqrt{8}}{1000}))"
     "\\sin(5\\pi(x-\\frac{\\sqrt{11}}{1000}))\\frac{e^{x^{10}/4000000000}+e^{-x^{10}/4000000000}}{2\\cosh(x^{10}/4000000000)}", 0),
    ("label", "MR=SRMC", "SRMC", 0), ("label", "MR=SRMC", "MR = SRMC", 1), ("label", "N=n", "n", 1),
    ("time", "\\frac{dx}{dt} = kx - a", "x'(t) = kx(t) - a", 1), ("time", "\\frac{dx}{dt} = kx - a", "x'(t) = kx(2) - a", 0),
    ("time", "x", "x(t)", 0), ("time", "\\sin t", "\\sin(t)", 1), ("time", "\\ddot\\theta = 3", "\\theta''(t) = 3", 1),
    # an even root of a square is a kink wherever its squares are computed, and refused where they are not; a kink of
    # the answer's own with roots not found is refused (rounds 91 and 92)
    ("kink", "22x-4", "22x-4+\\sqrt{(\\frac{1}{x-5}-1000)^2}+\\frac{1}{x-5}-1000", 0),
    ("kink", "x", "\\frac{\\sqrt{(x+3000)^2+\\pi(x+3000)^2}}{\\sqrt{1+\\pi}}-3000", 0),
    ("kink", "x", "\\frac{\\sqrt{(e^{x-2100}-1)^2+\\pi(e^{x-2100}-1)^2}}{\\sqrt{1+\\pi}}+e^{x-2100}-1+x", 0),
    ("kink", "\\sqrt{\\frac{GM}{\\pi r}}", "\\frac{\\sqrt{GM}}{\\sqrt{\\pi r}}", 1),
    ("kink", "\\lfloor\\sqrt{n-1}\\rfloor", "\\left\\lfloor \\sqrt[4]{(n-1)^{2}} \\right\\rfloor", 1),
    ("kink", "\\sqrt{1+\\sin x}", "\\sqrt{\\sin x + 1}", 1),
    # an odd root of a power is the power's fraction, as textbooks read it (round 93); an even one is no such thing
    ("odd root", "\\frac{a M^{1/3}}{G M^{2/3}+b}", "\\frac{a\\sqrt[3]{M}}{G\\sqrt[3]{M^2}+b}", 1), ("odd root", "x", "\\sqrt[3]{x^3}", 1),
    ("odd root", "|x|", "\\sqrt[3]{x^3}", 0), ("odd root", "x", "\\sqrt{x^2}", 0), ("odd root", "x", "\\sqrt[5]{x^3}", 0),
    # whole numbers are drawn past 100 too (round 94)
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lfloor \\log_2 n \\rfloor + 1 + \\binom{\\lfloor \\log_2 n \\rfloor+1}{30} - \\binom{\\lfloor \\log_2 n \\rfloor}{29}", 0),
    ("discrete", "(-1)^n \\cos x", "(-1)^n\\cos(x + 2\\pi n)", 1), ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lceil\\log_2(n+1)\\rceil", 1),
    # x(t)(t) is x(t) times t, whichever pass reads it (round 95)
    ("time", "y^{\\prime}+ry-rx(t)=0", "y' + ry - rx(t)(t) = 0", 0), ("time", "y^{\\prime}+ry-rx(t)=0", "y'(t)+ry(t)-rx(t)=0", 1),
    # \angle names an angle before a name; before a number it is no product (round 99)
    ("angle", "60", "2\\angle(30)", 0), ("angle", "12", "4 \\angle 3", 0), ("angle", "30", "\\angle ABC = 30", 1),
    ("angle", "45^\\circ", "\\angle \\theta = 45^\\circ", 1),
    # ⟨a, b⟩ is a vector or a Czech closed interval, never an open interval (round 99)
    ("vector", "(-6, 1)", "\\langle -6, 1 \\rangle", 0), ("vector", "(0,9)", "\\left\\langle 0, 9 \\right\\rangle", 0),
    ("vector", "(1,2,3)", "\\langle 1, 2, 3\\rangle", 1),
    # a membership bounds a name, not an expression of it (round 98)
    ("membership", "(5,\\infty)", "x^2 \\in (5, \\infty)", 0), ("membership", "(-\\infty,-5)", "|k| \\in (-\\infty, -5)", 0),
    ("membership", "(5,\\infty)", "x \\in (5, \\infty)", 1),
    # a union (and a French interval) stays a region, never a pair of values; empty pieces add nothing (round 98)
    ("union", "11,13", "(11,12] \\cup (12, 13)", 0), ("union", "(11,13)", "(11,12] \\cup (12, 13)", 1),
    ("union", "11,13", "]11, 13[", 0), ("union", "(11,13)", "]11, 13[", 1), ("union", "(6,5)", "]6,5[", 0),
    ("union", "-1,-9", "(-1,-9) \\cup \\emptyset", 0), ("union", "(2,\\infty)", "(2,\\infty) \\cup [5,3]", 1),
    ("union", "(0,9) \\cup (9,36)", "(0,9) \\cup \\{(9,36)\\}", 0), ("union", "\\{(1,2),(3,4)\\}", "\\{(1,2)\\} \\cup \\{(3,4)\\}", 1),
    ("builder", "(5,\\infty)", "\\left\\{ x \\,\\middle|\\, x > 5 \\right\\}", 1),
    ("builder", "(5,\\infty)", "\\left\\{ x \\,\\middle|\\, x > 6 \\right\\}", 0),
    # pm after a number no clock shows is picometres (set 202)
    ("unit", "3.53 \\times 10^2", "353 \\text{ pm}", 1), ("unit", "3.53 \\times 10^2", "354 \\text{ pm}", 0),
    # a compound unit below a fraction bar is one unit (set 221); cups and spoons are volumes (set 206)
    ("unit", "15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}", "15000 \\frac{\\text{kcal}}{\\text{m}^2 \\cdot \\text{yr}}", 1),
    ("unit", "15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}", "15000 \\frac{\\text{kcal}}{\\text{m}^2 \\cdot \\text{s}}", 0),
    ("unit", "5 \\text{ kg m s}^{-2}", "5 \\frac{\\text{kg}\\cdot\\text{m}}{\\text{s}^2}", 1),
    ("unit", "\\frac14", "\\frac{1}{4} \\text{ cups}", 1), ("unit", "\\frac14\\text{ cup}", "\\frac14\\text{ pint}", 0),
    # a name before a half-open interval lost its \in (OlympiadBench's gold `$t(0,4]$`; round 98)
    ("interval", "$t(0,4]$", "0 < t \\le 4", 1), ("interval", "$t(0,4]$", "(0,4]", 1), ("interval", "$t(0,4]$", "(0,4)", 0),
    # the session's own rules, audited (round 101): entries of ⟨⟩ counted past thin spaces; a bare pair in a union may be a
    # point; \angle before a number's command; pm alone is picometres; French intervals inside a union
    ("vector", "(-6, 1)", "\\langle -6,\\, 1 \\rangle", 0), ("vector", "(-6, 1)", "\\langle -6\\text{,} 1 \\rangle", 0),
    ("vector", "(-\\sqrt{3}, \\sqrt{3})", "\\langle -\\sqrt{3} \\quad \\sqrt{3} \\rangle", 0), ("vector", "\\begin{pmatrix} -5 \\\\ 9 \\end{pmatrix}", "\\langle -5,\\, 9\\rangle", 1),
    ("union", "(2,4)", "(2,4) \\cup (4,2)", 0), ("angle", "\\frac{5}{2}", "2\\angle\\frac{1}{2}", 0), ("angle", "2\\pi", "2\\angle\\pi", 0),
    ("unit", "33", "33 \\text{ a.m.}", 0), ("union", "(0,9) \\cup (9,36)", "]0, 9[ \\cup ]9, 36[", 1),
    ("union", "[3,7] \\cup [8,9)", "[3, 7] \\cup [8, 9[", 1), ("union", "(0,9) \\cup (9,36)", "]0, 9] \\cup ]9, 36[", 0),
    # one root alone is no root of too high a degree (set 208)
    ("root", "$10^{100}$,$10^{1 / 100}$", "x=10^{100} \\text{ or } x=10^{0.01}", 1), ("root", "10^{1/100}", "x = 10^{1/101}", 0),
    # at whole numbers a drawn point must agree too, and 1/Γ has no poles (round 103)
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n} + (n-3)(n-4)(n-5)(n-7)\\Gamma(1-(n+31)(2^{42}-n)(n-3)^2(n-4)^2(n-5)^2(n-7)^2)", 0),
    ("discrete", "\\binom{n}{2}", "\\frac{n!}{2(n-2)!}", 1), ("discrete", "\\binom{10}{n}", "\\frac{10!}{n!(11-n)!}", 0),
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n} + \\frac{1}{\\Gamma(1-(n-6)^2)}", 0), ("discrete", "n!", "\\Gamma(n+1)", 1),
    # a floor of the answer's own holding a tiny constant that is no Rational (round 105)
    ("discrete", "\\lfloor\\log_2 n\\rfloor+1", "\\lfloor \\log_2 n + n e^{-60}\\rfloor + 1", 0),
    ("discrete", "\\lceil n/2\\rceil+1", "\\lceil n / 2 - n^2 \\pi^{-50}\\rceil+1", 0), ("discrete", "\\lfloor n\\pi \\rfloor", "\\lfloor \\pi n\\rfloor", 1),
    # tan and cot saturate at a large imaginary part, as tanh does at a large real one (round 108)
    ("complex", "5", "-5i\\tan(1+400i)", 0), ("complex", "(3, -1)", "(3, i\\tan(1+400i))", 0), ("complex", "-i", "-\\tan(1+20i)", 0),
    # only the connectives a reader sees; a list gold's strings share their unit (round 109)
    ("union", "(2,\\infty)", "x > 2, x > 5\\vphantom{or}", 0), ("union", "(2,\\infty)", "x > 2 \\text{ or } x > 5", 1),
    # micrometres written \mu m (round 102)
    ("unit", "50", "50\\,\\mu\\text{m}", 1), ("unit", "50", "50 µm", 1), ("unit", "50", "51\\,\\mu m", 0),
    # a fraction bar of units ends at its brace: what follows multiplies; ⟨a; b⟩ has two entries too (round 111)
    ("unit", "20 \\text{ J m}^{-2}\\text{s}^{-1}", "20\\frac{\\text{J}}{\\text{m}^2}\\,\\text{s}^{-1}", 1),
    ("unit", "20 \\text{ J m}^{-2}\\text{s}^{-1}", "20\\frac{\\text{J}}{\\text{s}}\\,\\text{m}^{2}", 0),
    ("unit", "20 \\text{ J m}^{-2}\\text{s}^{-1}", "20\\frac{\\text{J}}{\\text{m}^{2}}\\,\\text{s}", 0),
    ("interval", "(2,5)", "\\langle 2;5\\rangle", 0),
    # after a unit, any product with another quantity, and what prints nothing before a power (round 112); a slash
    # gives the units after it negative powers, up to its own bracket or unit
    ("unit", "6\\text{ cm}", "2 \\text{ cm} \\times 3 cm", 0), ("unit", "6\\text{ m}", "2 \\text{ m} (3 \\text{ m})", 0),
    ("unit", "9\\text{ m}", "3\\text{ m}\\text{}^2", 0), ("unit", "6\\text{ m}", "6 \\text{ m}", 1),
    ("unit", "8 \\text{ J m}^{-2}\\text{s}^{-1}", "8 \\text{ J}/\\text{m}^2/\\text{s}", 1),
    ("unit", "8 \\text{ J m}^{-2}\\text{s}^{-1}", "8 \\text{ J}/(\\text{m}^2\\,\\text{s})", 1),
    ("unit", "8 \\text{ J m}^{-2}\\text{s}^{-1}", "8 \\text{ J}/\\text{s}\\,\\text{m}^2", 0),
    ("unit", "8 \\text{ m}^{-3}", "8\\,/\\text{m}^{3}", 1),
    # missing evidence (round 113): an integer function of the answer's own must move where values are compared to the
    # last digit; floors have values in the second look however deep; hyperbolic functions count as periodic ones
    ("discrete", "\\binom{2n}{n}", "\\binom{2n}{n} + \\frac{n^2}{(n-995)!}", 0), ("discrete", "\\binom{2n}{n}", "\\frac{(2n)!}{n!\\,n!}", 1),
    ("discrete", "\\lfloor n/2 \\rfloor", "\\lfloor n/2 \\rfloor + \\frac{1-(-1)^n}{10^{90}}", 0),
    ("discrete", "\\lfloor n/3 \\rfloor", "\\lfloor n/3 \\rfloor + \\frac{n - 3\\lfloor n/3 \\rfloor}{10^{88}}", 0),
    ("periodic", "2", "2\\cosh(2\\pi i \\cosh(2\\pi i \\cosh(2\\pi i \\cosh(2\\pi i \\cosh(2\\pi i \\cdot 1.00000002)))))", 0),
    # what prints nothing after a unit: \! and empty text groups too; below a slash, `squared` is no unit (round 114)
    ("unit", "9\\text{ m}", "3\\text{ m}\\!^2", 0), ("unit", "6\\text{ cm}", "2\\text{ cm}\\cdot\\text{}3\\text{ cm}", 0),
    ("unit", "8\\text{ cm}^2", "8/\\text{cm squared}", 0), ("unit", "8\\text{ cm}^{-2}", "8/\\text{cm squared}", 1),
    # an equation scaled by a constant: the constant keeps its size between two looks (round 115)
    ("equation", "y = x - 7", "\\ln(\\cosh^2 2 - \\sinh^2 2)(y - x + 7) = 0", 0), ("equation", "y = 2x + 3", "10^{-30}(y - 2x - 3) = 0", 1),
    ("equation", "y = 4x", "\\sin(\\pi \\cosh^2 2 - \\pi\\sinh^2 2)(y - 4x) = 0", 0),
    ("equation", "a^2 \\le 5b^2", "\\ln(\\cosh^2 2 - \\sinh^2 2)(a^2 - 5b^2) \\ge 0", 0),
    # after a unit, what _CLEAN removes prints nothing too; a unit below a bar in any bracket (round 116)
    ("unit", "36", "6\\text{ cm}\\Big.^2", 0), ("unit", "3\\text{ m}", "12/\\left(4\\text{ m}\\right)", 0),
    ("unit", "3\\text{ m}", "12\\div(4\\text{ m})", 0), ("unit", "3\\text{ m}", "\\left(12\\text{ m}\\right)/4", 1),
    # the atomic mass unit (set 250)
    ("unit", "4.5", "4.5 \\text{ amu}", 1), ("unit", "4.5 \\text{ amu}", "4.5 \\text{ kg}", 0),
    # a unit's place read whole: past closing brackets, what may follow a quantity, brackets that hold values (round 117)
    ("unit", "27\\text{ m}", "(3\\text{ m})^3", 0), ("unit", "6", "(3\\text{ m})!", 0), ("unit", "6\\text{ m}", "(2\\text{ m})\\times(3\\text{ m})", 0),
    ("unit", "6", "3\\text{ m}\\text{!}", 0), ("unit", "3\\text{ m}", "\\sqrt(9\\text{ m})", 0), ("unit", "3\\text{ m}", "12/\\,(4\\text{ m})", 0),
    ("unit", "(2, 3)", "(2\\text{ m}, 3\\text{ m})", 1), ("unit", "3\\text{ m}", "A = (3\\text{ m})", 1), ("unit", "\\sin 2", "\\sin(2\\text{ rad})", 1),
    # `,\!` is a thousands mark, never spacing between two values (round 118)
    ("list", "12, 345", "12,\\!345", 0), ("list", "12345", "12,\\!345", 1),
    # a unit's place: bars are brackets, a product after it only with a plain number at the end (round 119); a rounded
    # gold takes no value a hair from it (set 254)
    ("unit", "3\\text{ m}", "\\sqrt|9\\text{ m}|", 0), ("unit", "8\\text{ m}", "(2\\text{ m}\\cdot 1)^3", 0),
    ("unit", "120", "5\\text{ cm}\\text{! cm}", 0), ("unit", "12\\text{ cm}", "24\\text{ cm}/2", 1),
    ("decimal", "7.0", "7 + 10^{-12}", 0), ("decimal", "50.0", "50 - e^{-100}", 0), ("decimal", "56.0", "55.96", 1),
    ("decimal", "56.0", "\\frac{56}{1}", 1),
]
# What a policy might try, all wrong (the gold is 5 unless the row says otherwise).
GAMES = ["5 \\text{ or } 6", "5, 6", "\\{5, 6\\}", "[4, 6]", "5 \\pm 1", "x", "n", "5 \\ne 5", "\\neg 5", "5\\%", "\\infty",
         "\\text{5 or 6}", "4.9999", "5.0001", "\\approx 5.001", "5^{1.00001}", "5 + 10^{-30}", "\\lim_{x \\to 5} x",
         "\\text{(A)}", "A, B, C, D, E", "5 4", "\\text{not } 5", "\\text{about } 5", "5 \\text{ million}", "5?", "5 \\text{ or less}",
         "e^{\\ln 5 + 10^{-40}}", "\\frac{5x}{x} + 10^{-45}", "5 \\lor 6", "5 \\cdot \\frac{x}{x+10^{-300}}", "\\lfloor x \\rfloor + 2", "-5"]

TABLE = [(c, g, boxed(a), y) for c, g, a, y in EQUIV] + [(c, g, r, y) for c, g, r, y, _ in FORMAT]


def _real_golds(split="test"):
    files = glob.glob(os.path.join(DATA, split, "*.json"))
    if not files:
        pytest.skip(f"test sets not found under {DATA}: set NANOSCALER_DATA or put them in ../shared/data")
    golds = {}
    for f in files:
        for row in json.load(open(f)):
            golds[os.path.basename(f)] = golds.get(os.path.basename(f), []) + [row["answer"]]
    return golds


@pytest.mark.parametrize("cat,gold,response,label", TABLE, ids=[f"{i}-{c}" for i, (c, *_) in enumerate(TABLE)])
def test_labelled(cat, gold, response, label):
    assert reward.score(response, gold) == label


@pytest.mark.parametrize("cat,gold,response,label,reason", FORMAT)
def test_reasons(cat, gold, response, label, reason):
    assert reward.grade(response, gold)[:2] == (float(label), reason)


@pytest.mark.parametrize("rule,gold,answer,label", RULES, ids=[f"{i}-{r}" for i, (r, *_) in enumerate(RULES)])
def test_rules(rule, gold, answer, label):
    assert reward.score(boxed(answer), gold) == label


@pytest.mark.parametrize("answer", GAMES)
def test_games_score_zero(answer):
    assert reward.score(boxed(answer), "5") == 0.0


def test_every_real_gold_matches_itself_and_not_its_neighbour():
    """All 1,560 shipped golds: gradable ones equal themselves rewritten with noise, not the next gold."""
    golds = _real_golds()
    bad, n = [], 0
    for rows in golds.values():
        for g, other in zip(rows, rows[1:] + rows[:1]):
            if not reward.gradable(g):
                continue
            n += 1
            s = reward._gold_strings(g)[0]
            if reward.score(boxed(" \\left. " + s + " \\right. "), g) != 1.0:
                bad.append(("self", g))
            o = reward._gold_strings(other)[0]
            if reward._light(o) != reward._light(s) and reward.score(boxed(o), g) == 1.0 and "=" not in o:
                bad.append(("neighbour", g, other))
    assert n > 1500 and not bad, bad[:10]


def test_gradable():
    assert reward.gradable("\\frac{1}{2}") and reward.gradable(142.0) and reward.gradable(["$\\frac{1}{2}$"])
    assert reward.gradable("\\text{Evelyn}") and reward.gradable("\\text{(C)}") and reward.gradable("\\text{all real numbers}")
    assert not reward.gradable("") and not reward.gradable([]) and not reward.gradable("$f(x)=a x+b$, where $b$ is an arbitrary integer")
    assert reward.gradable("-37_8") and reward.gradable("\\text{A5}_{11}")  # grade compares them as text
    assert not reward.gradable("$f(x)=a x+b$, where $b$ is an arbitrary integer, and $a$ is an arbitrary positive integer")


def test_extract_answer():
    assert reward.extract_answer("a</think>b \\boxed{\\frac{1}{2}} c") == "\\frac{1}{2}"
    assert reward.extract_answer("a</think>\\boxed{\\{1\\}} and \\fbox{x^{2}}") == "x^{2}"
    assert reward.extract_answer("\\boxed{1}") is None and reward.extract_answer("</think>\\boxed{1") is None


# ------------------------------------------------------------------------------------- adversarial

MARKER = "/tmp/nanoscaler_reward_pwned"
INJECTIONS = [
    "__import__('os').system('touch %s')" % MARKER,
    "eval(\"open('%s','w')\")" % MARKER,
    "exec(\"open('%s','w').write('x')\")" % MARKER,
    "(lambda: __import__('os').system('touch %s'))()" % MARKER,
    "().__class__.__base__.__subclasses__()",
    "open('%s', 'w')" % MARKER,
    "\\text{__import__('os').system('touch %s')}" % MARKER,
    "Symbol('x').__class__.__init__.__globals__",
]
BOMBS = [
    "9^{9^{9^{9}}}", "10^{10^{10}}", "2^{2^{2^{2^{2^{2}}}}}", "(x+1)^{100000}", "100000!", "\\binom{1000000000}{500000000}",
    "1e999999", "9" * 5000, "{" * 10_000 + "1" + "}" * 10_000, "\\frac{" * 300 + "1" + "}{2}" * 300,
    "\\frac{1}{2}" * 400, "\\sqrt{" * 500 + "2" + "}" * 500, "((((((((((" * 50 + "1" + "))))))))))" * 50,
    "x^{x^{x^{x^{x^{x}}}}}", "e^{e^{e^{e^{100}}}}", "\\sin(10^{400})", "2^{-10^{10}}", "10^{400}!",
]

# Denial of service through score() itself, which has no clock: growth after substitution at the sample
# points, sympy distributing powers, floors and roots of huge numbers, long chains of costly pieces.
def _disguised(n):
    """\\sqrt[n]{P\\sqrt2 + Q\\sqrt3}, where (\\sqrt2 + \\sqrt3)^n = P\\sqrt2 + Q\\sqrt3 (n odd): \\sqrt2 + \\sqrt3 in disguise."""
    import sympy as sp
    e = sp.expand((sp.sqrt(2) + sp.sqrt(3)) ** n)
    return "\\sqrt[%d]{%d\\sqrt2+%d\\sqrt3}" % (n, e.coeff(sp.sqrt(2)), e.coeff(sp.sqrt(3)))


DOS = BOMBS + [
    "(10^{300}x)^{1000}", "(2^{1000} x y)^{100}", "((10^{99}x)^{10})^{10}", "x^{x^{x^{x^{x}}}}", "e^{e^{e^{e^{x}}}}",
    "10^{10^{10^{x}}}", "(x^5)!", "((x!)!)!", "\\binom{x^{9}}{x^{4}}", "\\lfloor x^{999} \\rfloor", "\\lfloor e^{e^{x}} \\rfloor",
    "(n!)!", "\\binom{(n!)!}{n!}", "\\lfloor n^{n^{n}} \\rfloor", "(n^{n^n})!", "2000! - 1999!", "\\binom{2000}{1000}^{10}",
    "\\sqrt{" + "9" * 399 + "}", "\\frac{" + "7" * 399 + "}{" + "3" * 399 + "}", "e^{2300}-2\\sinh(2300)", "\\tan(10^{399})",
    "(1+x)^{10^{300}}", "x^{1000}!", "\\lfloor x \\rfloor^{\\lfloor x \\rfloor^{\\lfloor x \\rfloor}}", "x" + "^{x" * 40 + "}" * 40,
    "\\begin{pmatrix} 10^{300} & 1 \\\\ 1 & 1 \\end{pmatrix}^{1000}", "\\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}" * 60,
    "\\lfloor 10^{399}\\sqrt{2} \\rfloor", "(\\sqrt{2}+\\sqrt{3})^{999}", "(1+10^{-399})^{10^{399}}", "i^{i^{i^{i}}}",
    " + ".join("\\lfloor 10^{29}\\sqrt{%d} \\rfloor" % k for k in range(2, 40)), "".join("\\sqrt{%s}" % ("9" * 59 + str(k)) for k in range(1, 30)),
    " + ".join("\\binom{2000}{%d}" % (1000 + k) for k in range(50)), " + ".join("\\sqrt[%d]{10^{59}+%d}" % (k, k) for k in range(2, 40)),
    ",".join("\\pm " + str(i) for i in range(40)), "0." + "1" * 300 + "\\overline{" + "9" * 50 + "}", "\\frac{x^{999}-1}{x-1}",
    "5 + e^{-e^{5}}", "5+e^{-e^{7}}", "5^{1+10^{-399}}", "e^{\\ln 5 + 10^{-40}}",
    # seventh session, a black-box search (RESULTS.md): a root of tiny index is a huge power; the floor, sign or
    # |.| of a periodic function of a huge argument needs its argument to 20,000 digits
    "\\sqrt[1e-10]{2}", "\\sqrt[\\frac{1}{10^{10}}]{3}", "\\lfloor \\cos(2^{66000}+\\cos(2^{66000}+\\cos(2^{66000}+\\ln 19)))\\rfloor",
    " + ".join("\\lfloor\\cos(2^{66000}+5000^{\\cosh(1.%04d)})\\rfloor" % k for k in range(1, 20)),
    "\\max(\\cos(2^{66000}+\\ln 37),\\sin(2^{66000}+\\ln 41))", " + ".join("(2^{66000}+\\ln %d) \\bmod 7" % k for k in range(2, 30)),
    " + ".join("\\lfloor (-1)^{2^{66000}+\\ln %d} \\rfloor" % k for k in range(2, 25)),
    # ...and its second round: sympy weighs the sign of each level of nested roots; \arcsin of a huge number
    "\\sqrt{(" * 7 + "x" + "-1)^2}" * 7, "\\sqrt[3]{(" * 6 + "x" + "-1)^3}" * 6, "\\sqrt{(\\sqrt{\\arcsin 2}-1)^2}",
    "\\tan(\\arcsin(3^{40000}))", "\\max(" + ",".join("|x-%d|" % j for j in range(64)) + ")",
    "\\binom{\\pi}{3000}", "\\binom{\\pi+e+\\sqrt2+\\ln 2}{20}",  # third round: a binomial of an irrational number
    # eighth session, the fourth round: a chain of irrational matrices side by side doubles its entries per factor
    "".join("\\begin{pmatrix}\\ln %d&\\ln %d\\\\\\ln %d&\\ln %d\\end{pmatrix}" % tuple(range(4 * k + 2, 4 * k + 6)) for k in range(12)),
    "".join("\\begin{pmatrix}e^{%d}&e^{%d}\\\\e^{%d}&e^{%d}\\end{pmatrix}" % tuple(range(4 * k + 2, 4 * k + 6)) for k in range(10)),
    # ...and the fifth: a sum of roots that cancels, under |.|, a floor, an exponent or as an interval's end (sympy
    # decides its sign by a minimal polynomial of degree 2^roots)
    *(w % "+".join("(\\sqrt{%d}+\\sqrt{%d}-\\sqrt{%d+2\\sqrt{%d}})" % (a, b, a + b, a * b) for a, b in ((2, 3), (5, 7), (11, 13)))
      for w in ("e^{%s}", "|%s|", "\\lfloor 1+%s \\rfloor", "(0,1)\\cup(1+%s,2)", "\\binom{5}{2+%s}")),
    # ...and the sixth: Ramanujan's zero, six roots but five of them cube roots (degree 486), and whole numbers in
    # disguise under a floor: a cosine sum over π/31, Γ(1/3)Γ(2/3) - 2π/√3
    *(w % "3\\sqrt{\\sqrt[3]{5}-\\sqrt[3]{4}}-\\sqrt[3]{2}-\\sqrt[3]{20}+\\sqrt[3]{25}" for w in ("|%s|", "e^{%s}", "(|%s|,1]")),
    "\\lfloor " + "+".join("\\cos\\frac{%d\\pi}{31}" % (2 * k - 1) for k in range(1, 16)) + "-\\frac{1}{2} \\rfloor",
    "\\lceil \\Gamma(\\frac13)\\Gamma(\\frac23)-\\frac{2\\pi}{\\sqrt3} \\rceil",
    # ...and the seventh: a sum a hair from 0, whose sign sympy finds at 120,000 digits
    "+".join("|\\sinh(10^{-%d})-10^{-%d}|" % (40000 - i, 40000 - i) for i in range(16)),
    "|\\sinh((10^{-10000})^{6})-(10^{-10000})^{6}|", "(-1)^{\\sinh((10^{-20000})^{3})-(10^{-20000})^{3}}",
    "|\\ln 6-\\ln 2-\\ln 3-(10^{-20000})^{3}|",
    # ...and the eighth: a root of a huge rational (sympy looks for its square factors), a near-0 product or function
    # value, near-equal arguments of \\max
    "\\sqrt{\\frac{1}{10^{10000}+1}}", "(10^{3000}+1)^{\\frac{1}{3}}", "\\sqrt{\\frac{x}{10^{3000}+1}}",
    "|(\\sinh((10^{-20000})^{3})-(10^{-20000})^{3})\\cdot \\pi|", "|\\ln(\\cosh((10^{-20000})^{3}\\pi))|",
    "\\max(\\cosh((10^{-20000})^{3}),1)", "\\frac{1}{1+{(\\sinh((10^{-20000})^{3})-(10^{-20000})^{3})\\pi}}",
    # ninth session, the ninth round: interval ends equal in disguise, which sympy ordered by exact arithmetic (11 s)
    "\\cup".join("(1,%s)\\cup(%s,5)" % (_disguised(i), _disguised(j)) for i, j in ((13, 15), (15, 13), (11, 15), (15, 11))),
    "\\cup".join("[%s,%s]" % (_disguised(i), _disguised(i + 2)) for i in (9, 11, 13)), "x>%s \\text{ and } x<%s" % (_disguised(13), _disguised(15)),
    "x<%s \\text{ or } x>%s" % (_disguised(13), _disguised(15)), "(0,%s)\\setminus\\{\\sqrt2+\\sqrt3\\}" % _disguised(15),
    # ...and the tenth: whether \\sinh of a symbolic argument is real, sympy decides by expanding the argument's real and
    # imaginary parts, (x + n + m + k + 1)^{20} or a ceiling of a polynomial (20+ s, 2.7 GB)
    "|\\sinh(x^{1000})|", "|\\sinh(e^{x^{40}})|", "|\\sinh((x+n+m+k+1)^{20})|", "\\log(\\cosh(x^{1000}))", "|e^{x^{1000}}|",
    "\\lfloor \\sinh(x^{1000}) \\rfloor", "\\max(\\sinh(x^{1000}),1)", "\\sqrt{\\cosh(x^{100})^{2}}", "\\log_{\\cosh(x^{1000})}(2)",
    "|\\sinh(\\log_{(x+n+1)^{11}}(2))|", "|\\sinh(\\lceil (n)^{12}-4726898790 n^{11} \\rceil^{7})|",
    "\\sqrt{(\\cos((a+b+c+d)^{12}))^2}", "\\sqrt{\\sin^2((x+y+z)^{20})}",  # ...and the eleventh: trig functions too
    # ...and the thirteenth: a root of a polynomial of high degree, whose sign sympy weighs by its roots (14 s), nested
    # roots, and many of them
    "\\sqrt{(x^{400}-2)^2}", "\\sqrt[3]{(x^{300}-2)^3}", "((x^{300}-2)^2)^{1/2}", "\\sqrt{(x^{300}+1)^2}",
    "\\sqrt{(1-\\sqrt{(1-\\sqrt{(1-\\sqrt{(x^{160}-2)^2})^2})^2})^2}",
    "(" + ", ".join("%d+\\sqrt{(1-\\sqrt{(1-\\sqrt{(1-\\sqrt{(x-%d)^2})^2})^2})^2}" % (i, i) for i in range(12)) + ")",
    " + ".join("\\sqrt{(x-%d)^2+1}" % i for i in range(9)),
    # ...and the fourteenth: roots of products of degree 16, alone (0.5 s each) or nested two deep (4 of them 3.5 s)
    "\\sqrt{(%s-1)^2}" % "".join("(10x-%d)" % i for i in range(1, 17)),
    "\\{%s\\}" % ",".join("\\sqrt{(1-\\sqrt{(%s-%d)^2})^2}" % ("".join("(10x-%d)" % i for i in range(1, 9)), c)
                         for c in range(1, 5)),
    # ...and the fifteenth session's: 63 exclusions x ≠ ±k narrowed one by one (1.8 s before the ends were valued once)
    ", ".join("x \\ne \\pm %d" % k for k in range(1, 64)),
    # ...and the sixteenth's: kinks whose roots are sought (sp.together multiplied out forty fractions for 11 s), many
    # of them, of degree 8, or with huge coefficients
    "x^2+1+|" + "+".join("\\frac{1}{x-%d}" % k for k in range(1, 40)) + "|", "+".join("|x^8-%dx+%d|" % (k, k) for k in range(1, 30)),
    "+".join("|x-%d||x-%d.5|" % (k, k) for k in range(1, 40)), "x+|x^{8}+10^{300}x-10^{299}|-(x^{8}+10^{300}x-10^{299})",
    # ...and round 60's: |.| nested 39 deep, whose sign sympy weighs at every level (12 s; now at most 10 levels)
    "|" * 39 + "x-1|" + "-1|" * 38, "|" * 39 + "x^8-1|" + "-1|" * 38 + "+" + "|" * 39 + "x^7-1|" + "-1|" * 38,
    # ...and round 62's: a rational power whose exponent has a long numerator, taken by sympy as a root of the base to
    # that power (360^{0.999999}: 20 s; 360^{\frac{1000001}{1000003}}: over a minute)
    "360^{0.999999}", "360^{\\frac{1000001}{1000003}}", "\\frac{116050}{177147}^{\\frac{150001}{177147}}",
    "120120^{0.99998}",
    # ...and the twentieth session's white-box audits: 19 nested cosines (90 s in sympy's constructors), a run of ~ that
    # the wide-space rule backtracked through (26 s), an interval width and a \bmod quotient that are exact in twelve
    # roots (minutes of minimal polynomials), complex Γ at 600 digits (7.6 s)
    "\\cos(2\\pi " * 19 + "0.999" + ")" * 19, "1" + "~" * 40 + "!", "27" + "~" * 50 + "+",
    "\\sqrt2+\\sqrt3+\\sqrt5+\\sqrt7+\\sqrt{11}+\\sqrt{13} < x < \\sqrt{5+2\\sqrt6}+\\sqrt{12+2\\sqrt{35}}+\\sqrt{24+2\\sqrt{143}}",
    "(\\sqrt2+\\sqrt3+\\sqrt5+\\sqrt7+\\sqrt{11}+\\sqrt{13}) \\bmod (\\sqrt{5+2\\sqrt6}+\\sqrt{12+2\\sqrt{35}}+\\sqrt{24+2\\sqrt{143}})",
    "x" + "".join(f"+\\Gamma({k}ix+1)-{k}ix\\Gamma({k}ix)" for k in range(1, 24)),
    # ...and sympy's factor of an even root's base with π in its coefficients (six of them: 3.9 s)
    "x" + "".join(f"+\\sqrt{{(x+\\pi^{{{k}}})^{{12}}-(\\pi^{{{k}}} x-1)^{{12}}}}" for k in range(1, 7)),
    # twenty-third session, round 118: frames around the last box unwrapped one by one (3,000: 2.3 s)
    "\\fbox{" * 3000 + "5" + "}" * 3000,
]
DOS_GOLDS = ["5", "x", "n!", "\\binom{n}{2}", "\\lfloor x \\rfloor", "0.5613", "(0,9)\\cup(9,36)", "\\sqrt[1e-12]{3}",
             "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}"]


def _fresh_marker():
    if os.path.exists(MARKER):
        os.remove(MARKER)


def test_injections_are_never_executed():
    _fresh_marker()
    for s in INJECTIONS:
        assert reward.score(boxed(s), "5") == 0.0
        assert reward.score(boxed("5"), s) == 0.0  # a hostile gold is not run either
    assert reward.score_batch([boxed(s) for s in INJECTIONS], ["5"] * len(INJECTIONS), workers=2, timeout=2.0) == [0.0] * len(INJECTIONS)
    assert not os.path.exists(MARKER)


def test_bombs_in_process_are_bounded():
    for s in BOMBS:
        t = time.time()
        assert reward.score(boxed(s), "5") == 0.0, s[:40]
        assert time.time() - t < 2.0, s[:40]


def test_bombs_in_pool_return_zero_within_limit():
    responses = [boxed(s) for s in BOMBS] + [boxed("5")]
    t = time.time()
    out = reward.grade_batch(responses, ["5"] * len(responses), workers=2, timeout=1.5)
    assert [s for s, *_ in out] == [0.0] * len(BOMBS) + [1.0]
    assert time.time() - t < 1.5 * len(BOMBS) / 2 + 5


@pytest.mark.slow
def test_score_returns_quickly_on_every_dos_input():
    """score() in a fresh process, without the pool: every call well under the 2 s goal (bench_reward.py
    measures the real worst case), and the whole run bounded by a subprocess timeout in case one hangs."""
    code = ("import json, sys, time; sys.path.insert(0, %r); import reward, test_reward as t\n"
            "worst = 0.0\n"
            "for a in t.DOS:\n"
            "    for g in t.DOS_GOLDS:\n"
            "        s = time.perf_counter(); assert reward.score(t.boxed(a), g) == 0.0, (a[:60], g)\n"
            "        worst = max(worst, time.perf_counter() - s)\n"
            "print(json.dumps(worst))\n" % os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) < 5.0  # generous: a loaded 2-core box; the goal (2 s) is checked by the bench


def test_long_lists_pair_off_within_a_bound():
    """Two lists are paired element by element, and a comparison of two equations costs milliseconds: 55 equations
    against the same ones scaled and in reverse order took 6 s (DoS round 12). Identical elements now pair first, and
    the rest within MAX_PAIRS (50) comparisons; past that, the answer is refused."""
    eqs = [f"\\sqrt{{{i}}}x=y" for i in range(2, 57)]
    scaled = [f"\\sqrt{{{4 * i}}}x=2y" for i in range(2, 57)]
    t = time.time()
    assert reward.score(boxed(", ".join(scaled[::-1])), ", ".join(eqs)) == 0.0
    assert reward.score(boxed(", ".join(eqs[::-1])), ", ".join(eqs)) == 1.0  # identical, in another order
    assert reward.score(boxed(", ".join(scaled[:9][::-1])), ", ".join(eqs[:9])) == 1.0  # 9 scaled: 45 comparisons
    assert reward.score(boxed(", ".join(scaled[:9][::-1] + ["2x=y"])), ", ".join(eqs[:9] + ["x=y"])) == 0.0
    assert reward.score(boxed("1, 1"), "1, \\sin^2 x + \\cos^2 x") == 1.0  # one identical pair, one equal pair
    assert time.time() - t < 10.0  # a hang guard only; before the bound the first call alone took 6 s


def test_huge_response_is_linear():
    big = "x" * 1_000_000 + "</think> so \\boxed{42}"
    t = time.time()
    assert reward.score(big, 42) == 1.0 and reward.score("</think>" + "{" * 1_000_000, 42) == 0.0
    assert reward.score("</think>\\boxed{" + "{" * 1_000_000, 42) == 0.0
    assert time.time() - t < 30.0  # linear is well under a second; a quadratic scan of 1 MB would take hours


# ------------------------------------------------------------------------------------- the pool

def test_batch_matches_in_process_and_keeps_order():
    rows = TABLE[::3]
    out = reward.grade_batch([r for _, _, r, _ in rows], [g for _, g, _, _ in rows], workers=2, timeout=5.0)
    assert [s for s, *_ in out] == [float(y) for *_, y in rows]
    assert [x[1] in ("correct", "wrong", "no_think", "no_box") for x in out] == [True] * len(rows)
    assert [reward.score(r, g) for _, g, r, _ in rows] == [s for s, *_ in out]  # score() never reads the pool's cache


def test_pool_survives_hangs_and_crashes(monkeypatch):
    """Test hooks (env var, read by fresh workers): `\\hang` spins forever, `\\crash` kills the worker."""
    reward.close_pool()
    monkeypatch.setenv("NANOSCALER_REWARD_TEST_HOOKS", "1")
    try:
        responses = [boxed("\\hang"), boxed("2"), boxed("\\crash"), boxed("\\hang"), boxed("3"), boxed("\\frac{4}{2}")]
        t = time.time()
        out = reward.grade_batch(responses, ["2"] * len(responses), workers=2, timeout=1.0)
        took = time.time() - t
        assert [x[:2] for x in out] == [(0.0, "timeout"), (1.0, "correct"), (0.0, "error"), (0.0, "timeout"),
                                        (0.0, "wrong"), (1.0, "correct")]
        assert took < 10, took  # two hangs on two workers: ~1 s each plus restarts, not 6 × timeout
        assert reward.grade_batch([boxed("2")], ["2"], workers=2, timeout=1.0)[0][:2] == (1.0, "correct")
    finally:
        reward.close_pool()


def test_workers_that_cannot_start_raise(monkeypatch):
    """A worker that dies on start is a broken setup, not a wrong answer: one RuntimeError, not one per job."""
    reward.close_pool()
    monkeypatch.setattr(sys, "executable", "/bin/false")
    try:
        t = time.time()
        with pytest.raises(RuntimeError):
            reward.grade_batch([boxed(str(i)) for i in range(50)], ["x"] * 50, workers=2, timeout=1.0)
        assert time.time() - t < 10
    finally:
        reward.close_pool()


def test_workers_die_with_their_trainer(tmp_path):
    """A trainer killed with SIGKILL leaves no worker behind, not even one stuck in a hang."""
    script = tmp_path / "trainer.py"
    script.write_text(
        "import sys, threading; sys.path.insert(0, %r); import reward\n"
        "threading.Thread(target=reward.grade_batch, args=(['</think>\\\\boxed{\\\\hang}'], ['1']),\n"
        "                 kwargs=dict(workers=1, timeout=600), daemon=True).start()\n"
        "import time; time.sleep(60)\n" % os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, NANOSCALER_REWARD_TEST_HOOKS="1")
    trainer = subprocess.Popen([sys.executable, str(script)], env=env)
    deadline, workers = time.time() + 30, []
    while time.time() < deadline and not workers:
        time.sleep(0.2)
        out = subprocess.run(["pgrep", "-P", str(trainer.pid)], capture_output=True, text=True).stdout
        workers = [int(p) for p in out.split()]
    time.sleep(1.5)  # the worker is up and spinning on \hang
    trainer.kill()
    trainer.wait()
    assert workers
    deadline = time.time() + 10
    while time.time() < deadline and any(os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read().split()[2] for p in workers):
        time.sleep(0.2)
    assert not any(os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read().split()[2] for p in workers)


def test_batch_rejects_mismatched_lengths():
    with pytest.raises(ValueError):
        reward.grade_batch(["a", "b"], ["1"])


def test_list_gold_shares_its_unit():
    gold = ["15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}\n", "15000\n"]  # Minerva's alternatives for one value
    assert reward.score(boxed("15000"), gold) == 1 and reward.score(boxed("15000 \\text{ kcal m}^{-2} \\text{yr}^{-1}"), gold) == 1
    assert reward.score(boxed("15000 \\text{ kcal m}^{-2} \\text{day}^{-1}"), gold) == 0  # the bare string is no licence
