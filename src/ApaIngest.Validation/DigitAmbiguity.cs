using System.Text;

namespace ApaIngest.Validation;

/// <summary>
/// Readings of a number that recognition may have confused: one digit swapped with its look-alike (Bangla ৪/৮, ১/৯, ০/৩,
/// ৫/৬, the pairs the seeds' OCR damage shows) or the digits in reverse order (%০০৫ for ১০০%). ASCII digits in and out.
/// </summary>
public static class DigitAmbiguity
{
    private static readonly Dictionary<char, char[]> LookAlikes = new()
    {
        ['4'] = ['8'], ['8'] = ['4'],
        ['1'] = ['9'], ['9'] = ['1'],
        ['0'] = ['3'], ['3'] = ['0'],
        ['5'] = ['6'], ['6'] = ['5'],
    };

    /// <summary>Every other reading of <paramref name="digits"/> (each different from it), without duplicates.</summary>
    public static IEnumerable<string> Alternatives(string digits)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { digits };
        for (var i = 0; i < digits.Length; i++)
        {
            if (!LookAlikes.TryGetValue(digits[i], out var others))
            {
                continue;
            }

            foreach (var other in others)
            {
                var sb = new StringBuilder(digits) { [i] = other };
                var alt = sb.ToString();
                if (seen.Add(alt))
                {
                    yield return alt;
                }
            }
        }

        var digitCount = digits.Count(char.IsDigit);
        if (digitCount > 1)
        {
            var reversed = new string(digits.Where(char.IsDigit).Reverse().ToArray());
            if (digits.All(char.IsDigit) && seen.Add(reversed))
            {
                yield return reversed;
            }
        }
    }
}
