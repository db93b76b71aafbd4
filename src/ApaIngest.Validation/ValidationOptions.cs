using ApaIngest.Core.Documents;
using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Validation;

/// <summary>How the validator may change a document.</summary>
public sealed record ValidationOptions
{
    /// <summary>Constraint repair of ambiguous digits (off: only report). Environment: APA_CONSTRAINT_REPAIR=0 turns it off.</summary>
    public bool Repair { get; init; } = true;

    /// <summary>Weights are compared with this absolute tolerance (weights like 0.5 print with one decimal).</summary>
    public double WeightTolerance { get; init; } = 0.001;

    /// <summary>
    /// What recognised characters in numeric cells stand for (models/digits/confusions.tsv). Null: misread cells are only
    /// reported, not re-read (<see cref="MisreadCellRules"/>).
    /// </summary>
    public CellConfusions? Confusions { get; init; }

    /// <summary>
    /// A re-read cell takes the likeliest reading only when that reading holds at least this share of the probability of all
    /// readings that pass the document's checks (default 0.6: clearly ahead of the rest).
    /// </summary>
    public double MisreadMinShare { get; init; } = 0.6;

    /// <summary>... and at least this probability of its own (default 0.05: a reading built from rare confusions is not taken).</summary>
    public double MisreadMinProbability { get; init; } = 0.05;

    public static ValidationOptions FromEnvironment() => new()
    {
        Repair = Environment.GetEnvironmentVariable("APA_CONSTRAINT_REPAIR") is not ("0" or "false" or "off" or "no"),
    };

    /// <summary>
    /// Repair only where recognition may have misread digits: OCR (or mixed) documents. A born-digital or legacy text layer
    /// has exact digits, so its arithmetic errors are the author's, not ours, and are only reported.
    /// </summary>
    public bool MayRepair(ApaDocument document) =>
        Repair && document.Source.TextSource is TextSources.Ocr or TextSources.Mixed;
}
