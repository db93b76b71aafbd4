namespace ApaIngest.Validation.Misreadings;

/// <summary>
/// How often recognition read <see cref="Read"/> where the page had <see cref="Truth"/> ('\0': nothing, a spurious
/// character), and the share of all readings of <see cref="Read"/> that this is: P(truth | read) in the training cells.
/// </summary>
public sealed record CharConfusion(char Read, char Truth, int Count, double Probability);
