using ApaIngest.Core.Text;

namespace ApaIngest.Validation.Misreadings;

/// <summary>One step of an alignment: a recognised character and the true one; '\0' on one side is an insertion or a deletion.</summary>
public readonly record struct AlignedChar(char Read, char Truth);

/// <summary>Levenshtein alignment of a recognised cell with its true text, character by character (substitutions preferred on ties).</summary>
public static class CharAlignment
{
    public static IReadOnlyList<AlignedChar> Align(string read, string truth)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(truth);
        var steps = EditAlignment.Backward(read.ToCharArray(), truth.ToCharArray(), '\0');
        steps.Reverse();
        return [.. steps.Select(s => new AlignedChar(s.Read, s.Truth))];
    }
}
