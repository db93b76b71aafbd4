namespace ApaIngest.Repair.Ml.Spans;

/// <summary>A training or evaluation span: its text, true class, where it came from, and whether it is held out.</summary>
public sealed record LabeledSpan(string Text, SpanKind Kind, string Source, bool HeldOut);
