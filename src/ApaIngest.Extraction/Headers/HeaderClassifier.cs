using System.Text.RegularExpressions;
using ApaIngest.Core.Documents;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Headers;

/// <summary>
/// One column's header text (all header rows above it, spanning cells included) → its canonical role. Ladder words are
/// tested first because the ladder's spanning caption (লক্ষ্যমাত্রা/নির্ণায়ক) sits above every level.
/// </summary>
public static partial class HeaderClassifier
{
    [GeneratedRegex(@"(\d{2,3})\s*%|%\s*(\d{2,3})")]
    private static partial Regex Percent();

    public static ColumnAssignment Classify(string label)
    {
        var w = new HeaderWords(label);
        if (w.Tokens.Count == 0)
        {
            return new ColumnAssignment(ColumnRole.Unknown);
        }

        var year = FiscalYears.Parse(label);
        if (LevelOf(w) is { } level)
        {
            return new ColumnAssignment(ColumnRole.Target, year, level);
        }

        if (w.HasAny("কোয়ার্টার", "অগ্রগতি", "পরিবীক্ষণ", "অর্জিত"))
        {
            return new ColumnAssignment(ColumnRole.Progress);
        }

        if (w.HasAny("প্রক্ষেপণ", "প্রক্ষেপন", "projection"))
        {
            return new ColumnAssignment(ColumnRole.Projection, year);
        }

        if (w.HasAny("প্রকৃত", "actual") || (w.Has("অর্জন") && !w.Has("লক্ষ্যমাত্রা") && !w.Has("প্রমাণক")))
        {
            return new ColumnAssignment(ColumnRole.Actual, year);
        }

        if (w.HasAny("গণনা", "পদ্ধতি"))
        {
            return new ColumnAssignment(ColumnRole.Calculation);
        }

        if (w.Has("একক") || w.Tokens.Any(t => t == "unit"))
        {
            return new ColumnAssignment(ColumnRole.Unit);
        }

        if (w.HasAny("ফলাফল", "প্রভাব", "outcome"))
        {
            return new ColumnAssignment(ColumnRole.Outcome);
        }

        if (w.HasAny("যৌথভাবে", "দায়িত্বপ্রাপ্ত মন্ত্রণালয়"))
        {
            return new ColumnAssignment(ColumnRole.JointlyResponsible);
        }

        if (w.HasAny("উপাত্তসূত্র", "উপাত্ত", "তথ্যসূত্র"))
        {
            return new ColumnAssignment(ColumnRole.DataSource);
        }

        if (w.Has("মান") && (w.Has("সূচক") || w.ContainsCompact("সূচ")))
        {
            return new ColumnAssignment(ColumnRole.Weight);
        }

        if (w.Has("মান") && (w.Has("ক্ষেত্র") || w.Has("উদ্দেশ্য")))
        {
            return new ColumnAssignment(ColumnRole.AreaWeight);
        }

        if (w.HasAny("লক্ষ্যমাত্রা", "target"))
        {
            return new ColumnAssignment(ColumnRole.Target, year);
        }

        if (w.Has("সূচক"))
        {
            return new ColumnAssignment(ColumnRole.Indicator);
        }

        if (w.Has("ক্ষেত্র") || (w.Has("কৌশলগত") && w.Has("উদ্দেশ্য")))
        {
            return new ColumnAssignment(ColumnRole.Area);
        }

        if (w.HasAny("কার্যক্রম", "কার্যক্রমের"))
        {
            return new ColumnAssignment(ColumnRole.Activity);
        }

        if (w.HasAny("দায়িত্বপ্রাপ্ত", "বাস্তবায়নের", "বাস্তবায়নকারী"))
        {
            return new ColumnAssignment(ColumnRole.Responsible);
        }

        if (w.HasAny("মন্তব্য"))
        {
            return new ColumnAssignment(ColumnRole.Comment);
        }

        if (w.HasAny("ক্রম", "ক্রমিক", "নং"))
        {
            return new ColumnAssignment(ColumnRole.Serial);
        }

        if (w.Has("মান"))
        {
            return new ColumnAssignment(ColumnRole.AreaWeight);
        }

        return new ColumnAssignment(ColumnRole.Unknown);
    }

    /// <summary>The ladder level named in a header: অসাধারণ, অতি উত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে, or only its percentage.</summary>
    public static string? LevelOf(HeaderWords w)
    {
        if (w.Has("নিম্নে") || w.Has("নিম্ন"))
        {
            return TargetLevels.Poor;
        }

        if (w.Has("চলতি"))
        {
            return TargetLevels.Fair;
        }

        if (w.Has("অসাধারণ"))
        {
            return TargetLevels.Excellent;
        }

        if (w.Tokens.Any(t => t == "অতি" || t == "অতিউত্তম"))
        {
            return TargetLevels.VeryGood;
        }

        if (w.Has("উত্তম"))
        {
            return TargetLevels.Good;
        }

        return null;
    }

    /// <summary>The level a ladder percentage stands for (100 % excellent ... 60 % poor), from a cell such as "৯০%".</summary>
    public static string? LevelOfPercent(string text)
    {
        var m = Percent().Match(BanglaText.ToAsciiDigits(text));
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Groups[1].Success ? m.Groups[1].Value : new string(m.Groups[2].Value.Reverse().ToArray());
        return digits switch
        {
            "100" => TargetLevels.Excellent,
            "90" => TargetLevels.VeryGood,
            "80" => TargetLevels.Good,
            "70" => TargetLevels.Fair,
            "60" => TargetLevels.Poor,
            _ => null,
        };
    }
}
