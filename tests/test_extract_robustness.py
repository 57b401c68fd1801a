"""Linear time on hostile input (issue 3, "Speed and safety").

Each adversarial text is 1 MB, fed to `extract_figures` as one article. It must finish within ten
times what 1 MB of ordinary news-style text takes in the same test run (with a 2 s floor so a very
fast baseline does not make the bound meaningless). The bound is relative and generous: it does not
test speed, it catches catastrophic backtracking and quadratic scans, which blow up by factors of
thousands on input like this.

Each extraction runs in a forked child so a runaway case is killed instead of hanging the suite,
and a memory ceiling turns runaway allocation (a 1 MB sentence copied into every figure, say)
into a failure here rather than on the shared machine. Times are the child's CPU time, so other
work on the machine does not count against the extractor.
"""
from __future__ import annotations

import multiprocessing
import random
import resource
import time
from datetime import date

import pytest

from flows.extract import article_totals, extract_figures

MB = 1_000_000
PUBLISHED = date(2020, 10, 17)
BOUND_FACTOR = 10
BOUND_FLOOR_S = 2.0
MEMORY_CEILING = 4 * 1024**3  # bytes of address space for one child

# Ordinary news, written for this test: figures, non-figures (ages, years, money, property),
# dates and weekdays, subgroups, qualifiers and quotes, in the proportions of a wire report.
NEWS_SENTENCES = [
    "Shelling killed 13 civilians in the border town on Saturday, the regional governor said.",
    "At least two children were among the dead, and 40 people were taken to hospital with wounds.",
    "The attack destroyed more than 20 row houses and damaged a school built in the 1990s.",
    "Police said a 35-year-old man was arrested at a checkpoint about 3 km from the market.",
    "More than 700 people have died in the fighting since Sept. 27, according to officials.",
    "A suicide bomber blew himself up outside a mosque during Friday prayers, killing five worshippers.",
    "Two police officers and one civilian were killed when gunmen opened fire on a patrol.",
    "The ministry put the cost of the damage at $4.5 million and promised compensation within 30 days.",
    "Rescue workers pulled the bodies of four miners from the collapsed shaft late on Tuesday.",
    "Dozens of people were wounded, several of them seriously, hospital sources said.",
    "No one was hurt in the second blast, which struck an empty warehouse near the port.",
    "The death toll from the floods rose to 1,250 on Monday as the water began to recede.",
    "Between 10 and 15 fighters were killed in clashes overnight, a monitoring group reported.",
    "The army said it had killed 25 militants, including three commanders, in an air strike.",
    "Residents said the third attack in a week had left the town without power for 48 hours.",
    "About 300 families fled their homes, and some 1,200 troops were deployed to the region.",
    "Officials feared the number of dead could rise to 30 as rescuers searched the rubble.",
    "The driver of the bus died at the scene and 18 passengers were injured.",
    "Nearly 40 students were treated for smoke inhalation after the fire at the dormitory.",
    "Hundreds of thousands of people have been displaced since the conflict began in 2011.",
    "\"We heard two explosions and then gunfire,\" said Ahmed, 52, who runs a shop on the square.",
    "The government declared three days of mourning and closed schools until Thursday.",
    "A spokesman for the group said 12 of its members had been killed and nine wounded.",
    "Six soldiers and an interpreter died when their vehicle struck a roadside bomb on Route 1.",
]

FILLER = "The mayor said that the people in the town were waiting for news from the capital "


def news_text(size: int = MB, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.sample(NEWS_SENTENCES, k=rng.randint(2, 5)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def repeated(unit: str, tail: str = "", size: int = MB):
    """A maker of `unit` repeated to fill `size` characters, ending in `tail` (built when a test runs)."""
    def make() -> str:
        body = unit * ((size - len(tail)) // len(unit) + 1)
        return body[: size - len(tail)] + tail
    return make


ADVERSARIAL = {
    # digits and separators
    "digits_and_commas": repeated("1,", " people were killed."),
    "thousands_groups": repeated("1,000,", " people were killed."),
    "digits_and_spaces": repeated("12 ", "killed."),
    "decimal_chain": repeated("1.", "5 million people died."),
    "one_million_digit_number": repeated("9", " people were killed."),
    "digit_hyphen_ranges": repeated("10-15-", " people were killed."),
    "digit_to_ranges": repeated("10 to ", "15 people were killed."),
    "between_and_chain": repeated("between 1 and ", "2 people were killed."),
    # qualifiers
    "repeated_at_least": repeated("at least ", "5 people were killed."),
    "repeated_mixed_qualifiers": repeated("more than about nearly up to some an estimated as many as ",
                                          "40 people were killed."),
    "repeated_qualified_numbers": repeated("at least 5 or more ", "people were killed."),
    "repeated_vague_words": repeated("dozens of ", "people were killed."),
    "repeated_scale_words": repeated("hundreds of thousands of ", "people died."),
    # triggers
    "repeated_killed": repeated("killed ", "."),
    "repeated_killed_and_wounded": repeated("killed and wounded ", "."),
    "repeated_were_killed": repeated("were killed ", "3 people."),
    "repeated_death_toll_rose_to": repeated("the death toll rose to ", "70."),
    # number words
    "endless_hyphenated_number": repeated("twenty-", "five people were killed."),
    "endless_hundred_and": repeated("one hundred and ", "five people were killed."),
    "endless_thousand": repeated("thousand ", "people were killed."),
    "endless_dozen": repeated("half a dozen ", "people were killed."),
    # subgroups and structure
    "nested_including": repeated("10 people, including ", "2 children, were killed."),
    "coordinated_groups_one_sentence": repeated("two police and one civilian and ", "one soldier were killed."),
    "figures_without_sentence_punctuation": repeated("3 were killed and 4 wounded and ", "."),
    "words_without_sentence_punctuation": repeated(FILLER),
    "repeated_weekdays": repeated("on Saturday ", "5 people were killed."),
    "repeated_dates": repeated("Sept. 27 ", "5 people were killed."),
    # odd shapes
    "one_long_word": repeated("a", " 5 people were killed."),
    "glued_triggers": repeated("killed", " 5 people were killed."),
    "open_parentheses": repeated("(", "5 people were killed."),
    "only_newlines": repeated("\n", "5 people were killed."),
    "only_spaces": repeated(" ", "5 people were killed."),
}


def _upper(make):
    return lambda: make().upper()


# ALL CAPS wire copy of the cases made of words (case changes which rules fire).
ADVERSARIAL |= {f"{name}_caps": _upper(ADVERSARIAL[name]) for name in (
    "repeated_at_least", "repeated_mixed_qualifiers", "repeated_vague_words", "repeated_killed",
    "repeated_killed_and_wounded", "endless_hyphenated_number", "endless_hundred_and", "nested_including",
    "coordinated_groups_one_sentence", "figures_without_sentence_punctuation",
    "words_without_sentence_punctuation", "repeated_weekdays",
)}


def _extract_in_child(connection, text: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))
    started = time.process_time()
    try:
        figures = extract_figures(text, PUBLISHED)
        article_totals(figures)
        connection.send(("ok", time.process_time() - started, len(figures)))
    except BaseException as error:  # reported to the parent, which fails the test with it
        connection.send(("error", time.process_time() - started, f"{type(error).__name__}: {str(error)[:300]}"))


def extract_timed(text: str, wall_limit_s: float) -> tuple[str, float, object]:
    """(status, cpu seconds, figure count or error) from a forked child; 'timeout' if it overruns."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_extract_in_child, args=(sender, text), daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(wall_limit_s):
            return receiver.recv()
        return ("timeout", wall_limit_s, None)
    except EOFError:  # the child died without a word (killed by the memory ceiling, say)
        return ("crashed", 0.0, f"exit code {child.exitcode}")
    finally:
        child.kill()
        child.join()
        receiver.close()


@pytest.fixture(scope="module")
def bound_s() -> float:
    """Ten times the CPU time of 1 MB of ordinary news in this run, at least 2 s."""
    text = news_text()
    runs = [extract_timed(text, wall_limit_s=300) for _ in range(2)]
    for status, _, detail in runs:
        assert status == "ok", f"ordinary news text failed: {status} {detail}"
    return max(BOUND_FACTOR * min(seconds for _, seconds, _ in runs), BOUND_FLOOR_S)


def test_news_baseline_finds_figures():
    """The baseline text is a real workload: the extractor finds figures in it (repeats of the
    same sentence count once, so a sample holds about as many figures as the sentence pool)."""
    text = news_text(size=20_000)
    assert len(extract_figures(text, PUBLISHED)) >= 10


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_megabyte_runs_in_linear_time(name: str, bound_s: float):
    text = ADVERSARIAL[name]()
    assert len(text) == MB
    # Wall-clock kill well past the CPU bound: a busy machine may stretch wall time, and a
    # catastrophic pattern would not finish anyway.
    status, seconds, detail = extract_timed(text, wall_limit_s=max(2 * bound_s, bound_s + 10))
    assert status == "ok", f"{name}: {status} after {seconds:.1f}s: {detail}"
    assert seconds <= bound_s, f"{name}: {seconds:.2f}s CPU for 1 MB, bound {bound_s:.2f}s (10x ordinary news)"
