namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Spellings Bangla accepts side by side: short and long ই/উ (সরকারি/সরকারী, সূচি/সুচি), which the 2012 Bangla Academy
/// rules changed for many words while documents and word lists keep both. Context alone never turns a known word into its
/// other spelling: both are right, and which one an office writes is part of its text. (The near search still may, for
/// a rare word whose other spelling is a much more frequent domain word: ভুমি → ভূমি, ন্যুনতম → ন্যূনতম are OCR misreadings
/// the general word list happens to hold.)
/// </summary>
public static class SpellingVariants
{
    public static bool Same(string a, string b)
    {
        if (a.Length != b.Length || a == b)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c switch
    {
        '\u09C0' => '\u09BF', // ী → ি
        '\u09C2' => '\u09C1', // ূ → ু
        '\u0988' => '\u0987', // ঈ → ই
        '\u098A' => '\u0989', // ঊ → উ
        _ => c,
    };
}
