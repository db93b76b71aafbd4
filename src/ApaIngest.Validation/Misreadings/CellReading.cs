namespace ApaIngest.Validation.Misreadings;

/// <summary>A text a recognised cell may have been, with the probability of that reading under the confusion table.</summary>
public sealed record CellReading(string Text, double Probability);
