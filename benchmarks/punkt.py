"""An independent, fixed sentence splitter for the LexRank baselines: NLTK Punkt as sumy uses it, offline.

sumy's own :class:`sumy.nlp.tokenizers.Tokenizer` loads NLTK's pretrained English Punkt model
(``punkt_tab``), which is a data download this project never makes. Punkt is an unsupervised
method (Kiss & Strunk 2006): :class:`PunktBaselineTokenizer` learns its parameters (abbreviations,
collocations, sentence starters) from the text it is given with NLTK's own ``PunktTrainer``, adds
the extra abbreviations sumy adds for English, and splits words with NLTK's Treebank-style
tokenizer (``word_tokenize`` without its Punkt pass), keeping sumy's word filter. So a baseline
built on it does not move when the engine's splitter changes (``summarizer.sentences``).
"""
from __future__ import annotations

import nltk
from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer
from sumy.nlp.tokenizers import Tokenizer


class _TreebankWords:
    """NLTK's word tokenizer on one sentence (no Punkt data needed)."""

    @staticmethod
    def tokenize(text: str) -> list[str]:
        """Word tokens of ``text``."""
        return list(nltk.word_tokenize(text, preserve_line=True))


def punkt_splitter(train_text: str) -> PunktSentenceTokenizer:
    """A Punkt sentence splitter whose parameters are learned (unsupervised) from ``train_text``."""
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(train_text, finalize=True)
    return PunktSentenceTokenizer(trainer.get_params())


class PunktBaselineTokenizer(Tokenizer):
    """sumy's English tokenizer with Punkt trained on ``train_text`` instead of the downloaded model."""

    def __init__(self, train_text: str) -> None:
        self._train_text = train_text
        super().__init__("english")

    def _get_sentence_tokenizer(self, language: str) -> PunktSentenceTokenizer:
        return punkt_splitter(self._train_text)

    def _get_word_tokenizer(self, language: str) -> _TreebankWords:
        return _TreebankWords()
