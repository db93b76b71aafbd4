namespace ApaIngest.Repair.Ml.Spans;

/// <summary>What a span (a word or letter run of a PDF text layer) is, as the span classifier decides it.</summary>
public enum SpanKind
{
    /// <summary>SutonnyMJ/Bijoy ASCII/Latin-1 bytes standing for Bangla (Kg©m¤úv`b = কর্মসম্পাদন).</summary>
    LegacyBangla,

    /// <summary>English (or other Latin-script) words.</summary>
    English,

    /// <summary>Bangla in Unicode code points.</summary>
    UnicodeBangla,

    /// <summary>Numbers, dates, codes in ASCII or Bangla digits (১.১.১, 2023-24, ৩০/০৬/২০২৪).</summary>
    Number,
}
