namespace ApaIngest.Repair.Legacy;

/// <summary>Converts a plain text line when it is Bijoy bytes; any other line comes back unchanged.</summary>
public static class BijoyLine
{
    /// <summary>
    /// A line without Unicode Bangla whose letters are mostly in Bijoy-looking words is converted word by word, leaving
    /// English-looking words (acronyms, Vision) as they are; every other line is returned as it is.
    /// </summary>
    public static string Convert(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!BijoyDetector.IsBijoyText(line))
        {
            return line;
        }

        var words = line.Split(' ');
        return string.Join(' ', words.Select(w => w.Length == 0 || BijoyDetector.LooksEnglish(w) ? w : BijoyConverter.ToUnicode(w)));
    }
}
