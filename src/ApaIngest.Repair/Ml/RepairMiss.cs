namespace ApaIngest.Repair.Ml;

/// <summary>One word a repairer got wrong on an OCR-aligned page: what OCR read, the truth, what repair made of it, and why (<see cref="RepairEvaluation.Classify"/>).</summary>
/// <remarks>
/// <see cref="TruthProbability"/> is the classifier's probability for the true word when it was among the candidates (null
/// when the candidate search never proposed it): it tells a search that missed from a classifier that declined.
/// </remarks>
public sealed record RepairMiss(string Page, string Ocr, string Truth, string Output, string Class)
{
    public double? TruthProbability { get; init; }

    public const string Header = "page\tocr\ttruth\toutput\tclass\ttruth_p";

    public string ToTsv() => $"{Page}\t{Ocr}\t{Truth}\t{Output}\t{Class}\t{(TruthProbability is { } p ? p.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-")}";
}
