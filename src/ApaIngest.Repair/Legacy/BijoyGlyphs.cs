namespace ApaIngest.Repair.Legacy;

/// <summary>
/// The SutonnyMJ/Bijoy code page: which byte (as the Windows-1252 character a text layer reports) stands for which Bangla
/// glyph. Written down for this project from the glyph charts of the SutonnyMJ family; the order of a glyph in the text
/// is VISUAL (pre-base vowel signs first, reph after its cluster), which <see cref="BijoyConverter"/> undoes.
/// </summary>
internal static class BijoyGlyphs
{
    /// <summary>Placeholder for the reph (© = র্ written after its cluster) until it is moved to its logical place.</summary>
    public const char RephMark = '\uE000';

    /// <summary>Bijoy character(s) → Unicode. Keys of two characters are matched before single ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> ToUnicode = Build();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Independent vowels. "Av" is অ + the aa-sign glyph, i.e. আ.
            ["Av"] = "আ", ["A"] = "অ", ["B"] = "ই", ["C"] = "ঈ", ["D"] = "উ", ["E"] = "ঊ", ["F"] = "ঋ",
            ["G"] = "এ", ["H"] = "ঐ", ["I"] = "ও", ["J"] = "ঔ",

            // Consonants.
            ["K"] = "ক", ["L"] = "খ", ["M"] = "গ", ["N"] = "ঘ", ["O"] = "ঙ", ["P"] = "চ", ["Q"] = "ছ", ["R"] = "জ",
            ["S"] = "ঝ", ["T"] = "ঞ", ["U"] = "ট", ["V"] = "ঠ", ["W"] = "ড", ["X"] = "ঢ", ["Y"] = "ণ", ["Z"] = "ত",
            ["_"] = "থ", ["`"] = "দ", ["a"] = "ধ", ["b"] = "ন", ["c"] = "প", ["d"] = "ফ", ["e"] = "ব", ["f"] = "ভ",
            ["g"] = "ম", ["h"] = "য", ["i"] = "র", ["j"] = "ল", ["k"] = "শ", ["l"] = "ষ", ["m"] = "স", ["n"] = "হ",
            ["o"] = "\u09DC", ["p"] = "\u09DD", ["q"] = "\u09DF", ["r"] = "ৎ",

            // Signs.
            ["s"] = "ং", ["t"] = "ঃ", ["u"] = "ঁ",

            // Vowel signs (several glyph variants each: narrow/wide, attached to র, ...).
            ["v"] = "া", ["w"] = "ি", ["x"] = "ী", ["y"] = "ু", ["z"] = "ু", ["\u201C"] = "ু", ["æ"] = "ু",
            ["~"] = "ূ", ["ƒ"] = "ূ", ["\u2026"] = "ৃ", ["\u201E"] = "ৃ",
            ["\u2021"] = "ে", ["\u2020"] = "ে", ["\u02C6"] = "ৈ", ["\u2030"] = "ৈ", ["Š"] = "ৗ",

            // Digits and punctuation.
            ["0"] = "০", ["1"] = "১", ["2"] = "২", ["3"] = "৩", ["4"] = "৪",
            ["5"] = "৫", ["6"] = "৬", ["7"] = "৭", ["8"] = "৮", ["9"] = "৯",
            ["|"] = "।", ["Ô"] = "\u2018", ["Õ"] = "\u2019", ["Ò"] = "\u201C", ["Ó"] = "\u201D",
            ["&"] = "্",

            // Reph, and the below/after-base forms of a second consonant (fola): they carry the hasanta themselves.
            ["©"] = RephMark.ToString(),
            ["ª"] = "্র", ["Ö"] = "্র", ["«"] = "্র",
            ["¨"] = "্য",
            ["¡"] = "্ব", ["^"] = "্ব", ["Ÿ"] = "্ব", ["¦"] = "্ব",
            ["¢"] = "্ভ", ["£"] = "্ভ্র",
            ["¥"] = "্ম", ["§"] = "্ম",
            ["œ"] = "্ন",
            ["ø"] = "্ল", ["¬"] = "্ল", ["\u00AD"] = "্ল",
            ["‹"] = "্ক", ["Œ"] = "্ক্র",
            ["ú"] = "্প",
            ["è"] = "্ণ",
            ["\u2014"] = "্ত", ["Í"] = "্ত", ["¿"] = "্ত্র",
            ["\u2018"] = "্তু",
            ["\u2019"] = "্থ",

            // Half forms of a first consonant: they carry the hasanta and join the next glyph.
            ["•"] = "ঙ্", ["\u201D"] = "চ্", ["˜"] = "দ্", ["™"] = "দ্", ["›"] = "ন্", ["š"] = "ন্",
            ["¯"] = "স্", ["®"] = "ষ্", ["¤"] = "ম্",

            // Whole conjuncts (and consonant + vowel-sign ligatures) with a code of their own.
            ["°"] = "ক্ক", ["±"] = "ক্ট", ["²"] = "ক্ষ্ম", ["³"] = "ক্ত", ["µ"] = "ক্র", ["¶"] = "ক্ষ", ["ÿ"] = "ক্ষ",
            ["·"] = "ক্স", ["¸"] = "গু", ["»"] = "গ্ধ", ["¼"] = "ঙ্ক", ["½"] = "ঙ্গ", ["¾"] = "জ্জ", ["À"] = "জ্ঝ",
            ["Á"] = "জ্ঞ", ["Â"] = "ঞ্চ", ["Ã"] = "ঞ্ছ", ["Ä"] = "ঞ্জ", ["Å"] = "ঞ্ঝ", ["Æ"] = "ট্ট", ["Ç"] = "ড্ড",
            ["È"] = "ণ্ট", ["É"] = "ণ্ঠ", ["Ê"] = "ণ্ড", ["Ë"] = "ত্ত", ["Ì"] = "ত্থ", ["Î"] = "ত্র", ["Ï"] = "দ্দ",
            ["×"] = "দ্ধ", ["Ø"] = "দ্ব", ["Ù"] = "দ্ম", ["Ú"] = "ন্ঠ", ["Û"] = "ন্ড", ["Ü"] = "ন্ধ", ["Ý"] = "ন্স",
            ["Þ"] = "প্ট", ["ß"] = "প্ত", ["à"] = "প্প", ["á"] = "প্স", ["â"] = "ব্জ", ["ã"] = "ব্দ", ["ä"] = "ব্ধ",
            ["å"] = "ভ্র", ["ç"] = "ম্ফ", ["é"] = "ল্ক", ["ê"] = "ল্গ", ["ë"] = "ল্ট", ["ì"] = "ল্ড", ["í"] = "ল্প",
            ["î"] = "ল্ফ", ["ï"] = "শু", ["ð"] = "শ্চ", ["ñ"] = "শ্ছ", ["ò"] = "ষ্ণ", ["ó"] = "ষ্ট", ["ô"] = "ষ্ঠ",
            ["õ"] = "ষ্ফ", ["ö"] = "স্খ", ["÷"] = "স্ট", ["ù"] = "স্ফ", ["û"] = "হু", ["ü"] = "হৃ", ["ý"] = "হ্ন",
            ["þ"] = "হ্ম",
        };
        return map;
    }

    /// <summary>Characters that occur in Bijoy text and (almost) never in English text: evidence for the detector.</summary>
    public static bool IsBijoyOnlyGlyph(char c) =>
        (c is >= '\u00A1' and <= '\u00FF' && c is not ('\u00D7' or '\u00B0' or '\u00E9' or '\u00A0'))
        || c is '\u2020' or '\u2021' or '\u02C6' or '\u2030' or '\u0160' or '\u0161' or '\u0152' or '\u0153'
            or '\u0178' or '\u2039' or '\u203A' or '\u2122' or '\u02DC' or '\u201E' or '\u2022' or '\u0192' or '\u2026';
}
