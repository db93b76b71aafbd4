using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>A detected table area on a page and the rulings that draw it (none for a stream table).</summary>
public sealed record TableRegion(int PageNumber, Box Box, IReadOnlyList<Ruling> Rulings, TableMethod Method);
