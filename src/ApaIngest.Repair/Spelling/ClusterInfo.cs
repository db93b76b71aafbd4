namespace ApaIngest.Repair.Spelling;

/// <summary>An interned cluster of one <see cref="ClusterCosts"/> table: equal clusters are the same instance.</summary>
public sealed record ClusterInfo(int Id, string Text, double InsertDelete, bool HasHasanta);
