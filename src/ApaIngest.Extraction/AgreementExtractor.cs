using ApaIngest.Core.Documents;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;
using ApaIngest.Extraction.Headers;
using ApaIngest.Extraction.Layout;
using ApaIngest.Extraction.Sections;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction;

/// <summary>
/// Pages of words → the document JSON: tables reconstructed per page, headings followed to know which section a table
/// belongs to, section 3 stitched across pages into indicators, section 2 into outcomes, annexes 4-8 into plan items,
/// the cover and section 1 into the agreement.
/// </summary>
public sealed class AgreementExtractor : IAgreementExtractor
{
    public ApaDocument Extract(ReadDocument document)
    {
        var issues = new IssueLog();
        var blocks = DocumentLayout.Build(document);
        var tracker = new SectionTracker();
        var plan = new PerformancePlanReader(issues);
        var outcomes = new List<(TableGrid Grid, TableHeader Header)>();
        var planItems = new PlanItemReader();
        var section1 = new List<TextLine>();
        var preamble = new List<TextLine>();
        var signatures = new List<TextLine>();
        var front = new List<TextLine>();
        var allLines = new List<TextLine>();
        var inPreamble = false;
        TableHeader? lastHeader = null;
        TableKind lastKind = TableKind.Other;
        (SectionKind, int) lastContext = default;

        foreach (var block in blocks)
        {
            if (block is LineBlock { Line: var line })
            {
                allLines.Add(line);
                tracker.Observe(line.Text);
                switch (tracker.Current)
                {
                    case SectionKind.FrontMatter:
                        front.Add(line);
                        inPreamble |= line.Text.Contains("প্রস্তাবনা", StringComparison.Ordinal) && !line.Text.Any(char.IsDigit);
                        if (inPreamble)
                        {
                            preamble.Add(line);
                        }

                        break;
                    case SectionKind.Section1:
                        section1.Add(line);
                        break;
                    case SectionKind.Signatures:
                        signatures.Add(line);
                        break;
                }

                continue;
            }

            var grid = ((TableBlock)block).Grid;
            var header = HeaderMapper.Map(grid);
            var context = (tracker.Current, tracker.Annex);
            TableKind kind;
            if (header.IsEmpty)
            {
                if (lastHeader is null || lastHeader.Columns.Count != grid.ColumnCount || context != lastContext)
                {
                    continue;
                }

                kind = lastKind;
                header = header.IsEmpty ? lastHeader.AsContinuation() : header;
            }
            else if (lastHeader is not null && lastHeader.Columns.Count == grid.ColumnCount && context == lastContext
                && !header.Has(ColumnRole.Indicator) && !header.Has(ColumnRole.Activity) && Classify(header, tracker.Current) == TableKind.Other)
            {
                // The page broke inside the header: only its lower rows (ladder words, percentages, column numbers) start this page.
                kind = lastKind;
                header = lastHeader with { RowCount = header.RowCount, Problems = [] };
            }
            else
            {
                kind = Classify(header, tracker.Current);
                foreach (var problem in header.Problems)
                {
                    issues.Warning("header", problem, grid.PageNumber);
                }
            }

            switch (kind)
            {
                case TableKind.Plan:
                    plan.Add(grid, header);
                    tracker.SawPlanTable();
                    break;
                case TableKind.Outcomes:
                    outcomes.Add((grid, header));
                    break;
                case TableKind.Annex:
                    planItems.Add(grid, header, tracker.Annex);
                    break;
            }

            lastHeader = header.IsEmpty ? lastHeader : header;
            lastKind = kind;
            lastContext = context;
        }

        var coverLines = blocks.OfType<LineBlock>().Where(b => b.PageNumber <= 2).Select(b => b.Line).ToList();
        var cover = CoverReader.Read(coverLines);
        var fiscalYear = cover.FiscalYear ?? plan.HeaderFiscalYear;
        if (fiscalYear is null)
        {
            issues.Warning("fiscal-year", "no fiscal year found on the cover or in section 3");
        }

        var (vision, mission) = StatementReader.ReadVisionMission(section1.Count > 0 ? section1 : front);
        // When OCR garbles the contents page's page numbers its "সেকশন ১/২/৩" lines read as headings and the preamble is
        // taken for a section: its sentence is then searched in every line (the pattern is specific enough for that).
        var signedOn = StatementReader.ReadSignedOn(preamble.Count > 0 ? preamble : front, signatures)
            ?? StatementReader.ReadPreambleDate(allLines);
        var (indicators, areas) = plan.Build(fiscalYear);
        if (indicators.Count == 0)
        {
            issues.Error("no-indicators", "no section 3 performance plan table was found");
        }

        var outcomeReader = new OutcomeReader(issues);
        foreach (var (g, h) in outcomes)
        {
            outcomeReader.Add(g, h, fiscalYear);
        }

        return new ApaDocument
        {
            Source = new SourceInfo(document.FileName, document.Sha256, document.PageCount, TextSourceOf(document)),
            Agreement = new AgreementInfo
            {
                FiscalYear = fiscalYear,
                Signatory = cover.Signatory,
                Supervisor = cover.Supervisor,
                SignedOn = signedOn,
                Vision = vision,
                Mission = mission,
            },
            PerformanceAreas = areas,
            Indicators = indicators,
            Outcomes = outcomeReader.Outcomes,
            PlanItems = planItems.Items,
            Issues = issues.Issues,
        };
    }

    private enum TableKind
    {
        Other,
        Plan,
        Outcomes,
        Annex,
    }

    private static TableKind Classify(TableHeader header, SectionKind section)
    {
        if (header.Has(ColumnRole.Outcome) && header.Has(ColumnRole.Indicator))
        {
            return TableKind.Outcomes;
        }

        if (section == SectionKind.PlanAnnex)
        {
            return header.Has(ColumnRole.Activity) || header.Has(ColumnRole.Indicator) ? TableKind.Annex : TableKind.Other;
        }

        if (section == SectionKind.EarlyAnnex)
        {
            return TableKind.Other;
        }

        var values = header.Has(ColumnRole.Target) || header.Has(ColumnRole.Actual);
        return header.Has(ColumnRole.Indicator) && (header.Has(ColumnRole.Weight) || header.Has(ColumnRole.Unit)) && values ? TableKind.Plan : TableKind.Other;
    }

    private static string TextSourceOf(ReadDocument document)
    {
        var kinds = document.Pages
            .Where(p => p.Words.Count > 0)
            .Select(p => p.Words.GroupBy(w => w.Origin).OrderByDescending(g => g.Count()).First().Key)
            .Distinct()
            .ToList();
        return kinds.Count switch
        {
            0 => TextSources.TextLayer,
            1 => kinds[0] switch
            {
                WordOrigin.Ocr => TextSources.Ocr,
                WordOrigin.LegacyTextLayer => TextSources.LegacyTextLayer,
                _ => TextSources.TextLayer,
            },
            _ => TextSources.Mixed,
        };
    }
}
