using Npgsql;
using RiskEngine.Storage;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>The database setting decides the store: a file is SQLite; a connection string with a host, or a URI, is PostgreSQL.</summary>
public sealed class DatabaseTargetTests
{
    [Theory]
    [InlineData("data/riskengine.db")]
    [InlineData("/var/lib/riskengine/risk.db")]
    [InlineData("C:\\RiskEngine\\risk.db")]
    public void Parse_FilePath_IsSqliteOnThatFile(string path)
    {
        var target = DatabaseTarget.Parse(path);

        Assert.Equal(StoreProvider.Sqlite, target.Provider);
        Assert.Equal(path, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource);
    }

    [Fact]
    public void Parse_PostgresUri_BecomesAnNpgsqlConnectionStringWithDecodedParts()
    {
        var target = DatabaseTarget.Parse("postgresql://risk%40oshtu:p%3Ass%2Fw@db1.example.org:5433/risk%20engine?sslmode=require&application_name=worker");

        var cs = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(StoreProvider.Postgres, target.Provider);
        Assert.Equal(("db1.example.org", 5433, "risk@oshtu", "p:ss/w", "risk engine"), (cs.Host, cs.Port, cs.Username, cs.Password, cs.Database));
        Assert.Equal((SslMode.Require, "worker"), (cs.SslMode, cs.ApplicationName));
        Assert.DoesNotContain("p:ss/w", target.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortSchemeWithoutPort_UsesTheDefaultPort()
    {
        var cs = new NpgsqlConnectionStringBuilder(DatabaseTarget.Parse("postgres://risk@localhost/risk").ConnectionString);

        Assert.Equal(("localhost", 5432, "risk", "risk"), (cs.Host, cs.Port, cs.Username, cs.Database));
    }

    [Fact]
    public void Parse_ConnectionStringWithHost_IsPostgres()
    {
        var target = DatabaseTarget.Parse("Host=127.0.0.1;Port=5432;Username=risk;Database=risk");

        Assert.Equal(StoreProvider.Postgres, target.Provider);
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(target.ConnectionString).Host);
    }

    [Theory]
    [InlineData("postgresql://")]
    [InlineData("postgresql://risk@db1/risk?nosuchoption=1")]
    public void Parse_MalformedUri_RefusesNamingTheProblemWithoutThePassword(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseTarget.Parse(uri));

        Assert.Contains("PostgreSQL URI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedUri_IsAConfigurationFailureNamingTheSetting()
    {
        var result = new RiskEngineOptionsValidator().Validate(null, new RiskEngineOptions { RulesDirectory = RepoPaths.Rules, DatabasePath = "postgresql://risk:secret@db1/risk?bogus=1" });

        Assert.True(result.Failed);
        Assert.Contains("RiskEngine:DatabasePath", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.FailureMessage, StringComparison.Ordinal);
    }
}
