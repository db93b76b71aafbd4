using Microsoft.EntityFrameworkCore.Design;

namespace ApaIngest.Data.Model;

/// <summary>For `dotnet ef migrations add` only: the model needs no live database to diff.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ApaDbContext>
{
    public ApaDbContext CreateDbContext(string[] args) => new(ApaDbContext.Options("Host=localhost;Database=apa_design"));
}
