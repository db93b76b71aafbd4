using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Layout;

/// <summary>Words on one visual line, left to right, with their joined text.</summary>
public sealed record TextLine(int PageNumber, IReadOnlyList<Word> Words, string Text, Box Box)
{
    public double MinConfidence => Words.Count == 0 ? 1 : Words.Min(w => w.Confidence);
}
