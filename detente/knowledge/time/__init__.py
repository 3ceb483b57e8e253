"""Time lexicons read by detente.analyze.time: calendar words, relative phrases, tense cues."""
