using ApaIngest.Extraction.Layout;
using ApaIngest.Extraction.Tables;

namespace ApaIngest.Extraction.Sections;

/// <summary>A piece of the document in reading order: a text line outside tables, or a table.</summary>
public abstract record Block(int PageNumber, double Top);

public sealed record LineBlock(TextLine Line) : Block(Line.PageNumber, Line.Box.Y0);

public sealed record TableBlock(TableGrid Grid) : Block(Grid.PageNumber, Grid.Box.Y0);
