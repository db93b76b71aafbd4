namespace ApaIngest.Repair.Legacy;

/// <summary>Character classes of the Bangla block that legacy conversion and visual-order repair need.</summary>
public static class BanglaLetters
{
    public const char Hasanta = '\u09CD';
    public const char IKar = '\u09BF';
    public const char EKar = '\u09C7';
    public const char OiKar = '\u09C8';
    public const char AKar = '\u09BE';
    public const char AuLengthMark = '\u09D7';
    public const char OKar = '\u09CB';
    public const char AuKar = '\u09CC';
    public const char Ra = '\u09B0';
    public const char Chandrabindu = '\u0981';

    /// <summary>Consonants that take part in conjuncts (ক..হ and the nukta letters ড় ঢ় য়).</summary>
    public static bool IsConsonant(char c) =>
        c is (>= '\u0995' and <= '\u09A8') or (>= '\u09AA' and <= '\u09B0') or '\u09B2' or (>= '\u09B6' and <= '\u09B9')
            or '\u09DC' or '\u09DD' or '\u09DF';

    /// <summary>ি ে ৈ: written to the left of the consonant cluster they follow in logical order.</summary>
    public static bool IsPreBaseVowelSign(char c) => c is IKar or EKar or OiKar;

    /// <summary>Dependent vowel signs written after (or below) the cluster, and the au length mark.</summary>
    public static bool IsPostBaseVowelSign(char c) =>
        c is AKar or '\u09C0' or '\u09C1' or '\u09C2' or '\u09C3' or '\u09C4' or OKar or AuKar or AuLengthMark;

    public static bool IsVowelSign(char c) => IsPreBaseVowelSign(c) || IsPostBaseVowelSign(c);

    /// <summary>ং ঃ ঁ.</summary>
    public static bool IsSign(char c) => c is '\u0981' or '\u0982' or '\u0983';

    public static bool IsIndependentVowel(char c) => c is >= '\u0985' and <= '\u0994';
}
