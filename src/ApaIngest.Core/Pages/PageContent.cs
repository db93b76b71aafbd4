namespace ApaIngest.Core.Pages;

/// <summary>How a page's text can be had.</summary>
public enum PageKind
{
    /// <summary>A usable Unicode text layer.</summary>
    Text,
    /// <summary>SutonnyMJ/Bijoy-style ASCII bytes standing for Bangla: convert.</summary>
    Legacy,
    /// <summary>A Unicode layer too damaged to repair: OCR it.</summary>
    Broken,
    /// <summary>No text, a page image: OCR it.</summary>
    Image,
}

/// <summary>One page after acquisition: words with boxes, rulings and images, in top-left point coordinates.</summary>
public sealed record PageContent
{
    public required int PageNumber { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public int Rotation { get; init; }
    public PageKind Kind { get; init; }
    public IReadOnlyList<Word> Words { get; init; } = [];
    public IReadOnlyList<Ruling> Rulings { get; init; } = [];
    public IReadOnlyList<PageImage> Images { get; init; } = [];
    /// <summary>Why the page got its kind (for reports): e.g. "font SutonnyMJ", "no text, 1 image".</summary>
    public string? KindReason { get; init; }
}

/// <summary>A read PDF: identity plus its pages.</summary>
public sealed record ReadDocument(string FilePath, string Sha256, IReadOnlyList<PageContent> Pages)
{
    public string FileName => Path.GetFileName(FilePath);
    public int PageCount => Pages.Count;
}
