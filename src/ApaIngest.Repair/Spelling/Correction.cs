namespace ApaIngest.Repair.Spelling;

/// <summary>The outcome for one word core: the word to use, whether it changed, and how sure the repairer is (0..1).</summary>
public readonly record struct Correction(string Word, bool Changed, double Probability);
