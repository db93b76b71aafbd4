using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>A lexicon word that a token may have been meant to be, with its confusion-weighted distance.</summary>
public sealed record SpellCandidate(string Word, double Cost, int ClusterEdits, LexiconEntry Entry);
