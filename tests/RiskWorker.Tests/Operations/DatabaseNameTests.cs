using RiskWorker.Cli;

namespace RiskWorker.Tests.Operations;

public sealed class DatabaseNameTests
{
    [Fact]
    public void Display_File_FullPathQuoted() =>
        Assert.Equal($"'{Path.GetFullPath("data/riskengine.db")}'", DatabaseName.Display("data/riskengine.db"));

    [Theory]
    [InlineData("postgresql://risk:s3cret@db.oshtu.example:5432/riskengine?sslmode=require", "postgresql://db.oshtu.example:5432/riskengine")]
    [InlineData("Host=db.oshtu.example;Database=riskengine;Username=risk;Password=s3cret", "'host=db.oshtu.example;database=riskengine;username=risk'")]
    public void Display_ServerConnection_HostAndDatabaseWithoutThePassword(string connection, string expected)
    {
        var shown = DatabaseName.Display(connection);

        Assert.Equal(expected, shown);
        Assert.DoesNotContain("s3cret", shown, StringComparison.Ordinal);
    }
}
