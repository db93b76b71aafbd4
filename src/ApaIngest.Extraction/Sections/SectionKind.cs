namespace ApaIngest.Extraction.Sections;

/// <summary>Where in the APA a block sits, as its headings say.</summary>
public enum SectionKind
{
    FrontMatter,
    Section1,
    Section2,
    Section3,
    Signatures,
    /// <summary>Annexes 1-3 (acronyms, evidence, shared indicators): not in the schema's tables.</summary>
    EarlyAnnex,
    /// <summary>Annexes 4-8: the governance action plans (the annex number is tracked beside).</summary>
    PlanAnnex,
}
