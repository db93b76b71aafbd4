namespace ApaIngest.Repair.Lexicon;

/// <summary>Where a lexicon word came from (a word may come from several).</summary>
[Flags]
public enum LexiconSource
{
    None = 0,
    /// <summary>APA vocabulary: seeds (filtered), corpus generator, phrases.</summary>
    Domain = 1,
    /// <summary>Bangladesh division/district/upazila/union names.</summary>
    Geo = 2,
    /// <summary>Tesseract's Bangla word list (filtered).</summary>
    General = 4,
    /// <summary>Debian's bn_BD hunspell dictionary.</summary>
    Hunspell = 8,
}

/// <summary>What the lexicon knows about one normalised word.</summary>
public readonly record struct LexiconEntry(LexiconSource Sources, int DomainCount, int GeneralRank)
{
    public bool IsDomain => (Sources & (LexiconSource.Domain | LexiconSource.Geo)) != 0;

    /// <summary>log10 of a pseudo-count: domain occurrences weigh most, then the general list's rank (Zipf), then hunspell presence.</summary>
    public double LogFrequency
    {
        get
        {
            var count = (DomainCount * 50.0) + (GeneralRank > 0 ? 2_000_000.0 / (GeneralRank + 20) : 0) + ((Sources & LexiconSource.Hunspell) != 0 ? 1 : 0);
            return Math.Log10(1 + count);
        }
    }
}
