"""Row and detail rendering: matched terms marked on word boundaries, feed text kept literal."""

from rich.text import Text

from monitor.tui.render import highlight_terms, printable


def marked(text: str, *terms: str) -> list[str]:
    rich = Text(text)
    highlight_terms(rich, terms)
    return [text[span.start : span.end] for span in rich.spans]


def test_a_whole_word_term_is_not_marked_inside_a_longer_word():
    assert marked("Ecuadorian forces in Ecuador", "Ecuador") == ["Ecuador"]
    assert marked("Ecuadorian forces", "Ecuador") == []


def test_a_prefix_term_marks_the_whole_word_and_ignores_accents_and_case():
    assert marked("El NARCOTRÁFICO y los narco-terroristas", "narco*") == ["NARCOTRÁFICO", "narco"]


def test_phrases_are_marked_as_a_whole():
    assert marked("U.S. Southern Command said", "Southern Command") == ["Southern Command"]


def test_printable_removes_terminal_controls_but_keeps_brackets():
    assert printable("[b]x[/b]\x1b[2J\x9b\x07\u202e") == "[b]x[/b] [2J   "
