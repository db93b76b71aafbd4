namespace ApaIngest.CorpusGen.Layout;

/// <summary>The printed document as pages of blocks: one model feeds both the HTML (for the PDFs) and the gold text.</summary>
public abstract record Block;

/// <summary>A heading or paragraph; <c>Css</c> picks its look (title, center, right...).</summary>
public sealed record TextBlock(string Text, string Css = "") : Block;

/// <summary>Several lines printed as one block (cover parties, signature blocks), one line each in the gold text.</summary>
public sealed record LinesBlock(IReadOnlyList<string> Lines, string Css = "") : Block;

public sealed record Cell(string Text, int RowSpan = 1, int ColSpan = 1, string Css = "");

/// <summary>A ruled table. <c>Widths</c> are column widths in mm (null: automatic).</summary>
public sealed record TableBlock(
    IReadOnlyList<IReadOnlyList<Cell>> Head,
    IReadOnlyList<IReadOnlyList<Cell>> Body,
    IReadOnlyList<double>? Widths = null,
    string Css = "") : Block;

/// <summary>Two signature blocks side by side.</summary>
public sealed record SignaturesBlock(IReadOnlyList<string> Left, IReadOnlyList<string> Right) : Block;

public sealed record Page(IReadOnlyList<Block> Blocks);
