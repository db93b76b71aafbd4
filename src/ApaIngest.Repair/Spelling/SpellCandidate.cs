using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>A lexicon word that a token may have been meant to be, with its confusion-weighted distance; <paramref name="FromContext"/>: proposed by the neighbours' bigrams, not by the near search.</summary>
public sealed record SpellCandidate(string Word, double Cost, int ClusterEdits, LexiconEntry Entry, bool FromContext = false);
