using Npgsql;

namespace ApaIngest.Data.Tests;

public sealed class DatabaseLocatorTests
{
    [Fact]
    public void ToNpgsql_LibpqUrl_BecomesKeywordConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseLocator.ToNpgsql("postgresql://ann:s%40cret@db.example:6543/apa?sslmode=disable"));
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("ann", builder.Username);
        Assert.Equal("s@cret", builder.Password);
        Assert.Equal("apa", builder.Database);
        Assert.Equal(SslMode.Disable, builder.SslMode);
    }

    [Fact]
    public void ToNpgsql_UrlWithSocketHostParameter_UsesTheSocketDirectory()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseLocator.ToNpgsql("postgres:///apa?host=/run/pg&port=5499"));
        Assert.Equal("/run/pg", builder.Host);
        Assert.Equal(5499, builder.Port);
        Assert.Equal("apa", builder.Database);
    }
}
