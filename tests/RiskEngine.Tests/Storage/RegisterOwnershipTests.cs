using Microsoft.Extensions.Time.Testing;
using RiskEngine.Storage;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

public sealed class RegisterOwnershipTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task OpenAsync_AnotherRegister_ThrowsNamingBoth()
    {
        using var temp = new TempDirectory();
        var connection = $"Data Source={temp.File("engine.db")}";
        await (await new SqliteDatabase(connection, () => "oshtu-risk-plan-2023-2028", _clock).OpenAsync(CancellationToken.None)).DisposeAsync();

        var ex = await Assert.ThrowsAsync<RegisterMismatchException>(() => new SqliteDatabase(connection, () => "other-university-2025", _clock).OpenAsync(CancellationToken.None));

        Assert.Equal(("oshtu-risk-plan-2023-2028", "other-university-2025"), (ex.DatabaseRegister, ex.RulesRegister));
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task OpenAsync_SameRegisterAgain_Opens()
    {
        using var temp = new TempDirectory();
        var connection = $"Data Source={temp.File("engine.db")}";
        await (await new SqliteDatabase(connection, () => "oshtu-risk-plan-2023-2028", _clock).OpenAsync(CancellationToken.None)).DisposeAsync();

        await using var again = await new SqliteDatabase(connection, () => "oshtu-risk-plan-2023-2028", _clock).OpenAsync(CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Open, again.State);
    }
}
