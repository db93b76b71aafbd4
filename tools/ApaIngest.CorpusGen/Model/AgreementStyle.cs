namespace ApaIngest.CorpusGen.Model;

/// <summary>The choices that make two agreements look different although they follow one template.</summary>
public sealed record AgreementStyle
{
    /// <summary>CSS font family of the Bangla text (a font installed by fonts-noto-core, fonts-beng, fonts-beng-extra).</summary>
    public required string Font { get; init; }
    /// <summary>Codes as [১.১.১] (true) or ১.১.১) (false).</summary>
    public required bool BracketCodes { get; init; }
    public required string DateFormat { get; init; }
    /// <summary>Percent cells printed as ৯০% instead of ৯০.</summary>
    public required bool PercentSuffix { get; init; }
    /// <summary>Large numbers printed with Indian grouping (১,২০০).</summary>
    public required bool GroupDigits { get; init; }
    /// <summary>Fiscal years in headers as ২০২৪-২০২৫ rather than ২০২৪-২৫.</summary>
    public required bool LongFiscalYears { get; init; }
    /// <summary>2016-17 .. 2018-19 templates: strategic objectives, no calculation-method column.</summary>
    public required bool OldTemplate { get; init; }
    public required bool HasCalculationColumn { get; init; }
    /// <summary>5 levels (excellent .. poor), or 4 in some old templates.</summary>
    public required int TargetLevels { get; init; }
    public required string GovernanceAreaName { get; init; }
    /// <summary>Base font size of the section 3 table in points.</summary>
    public required double TableFontPt { get; init; }

    public static readonly string[] Fonts = ["Noto Sans Bengali", "Noto Serif Bengali", "Lohit Bengali", "Mukti", "Noto Sans Bengali", "Noto Serif Bengali"];
}
