using ApaIngest.Core.Documents;
using ApaIngest.CorpusGen.Vocabulary;

namespace ApaIngest.CorpusGen.Model;

/// <summary>One synthetic agreement: its gold document plus what the layout needs beyond the gold (style, places, annex texts).</summary>
public sealed record Agreement
{
    public required string Name { get; init; }
    public required int Index { get; init; }
    public required OfficeKind Kind { get; init; }
    public required int FiscalYearStart { get; init; }
    public required AgreementStyle Style { get; init; }
    public required ApaDocument Gold { get; init; }
    /// <summary>Signatory/supervisor as printed on the cover: title line then office lines.</summary>
    public required IReadOnlyList<string> SignatoryLines { get; init; }
    public required IReadOnlyList<string> SupervisorLines { get; init; }
    public required DateOnly SignedOn { get; init; }
    public required IReadOnlyList<string> Functions { get; init; }
    public required IReadOnlyList<(string Acronym, string Meaning)> Acronyms { get; init; }
    public required string Evidence { get; init; }
    public required string ImplementingUnit { get; init; }
    public required IReadOnlyList<string> Achievements { get; init; }
}
