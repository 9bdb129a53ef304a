namespace RiskEngine.Testing;

/// <summary>The two stores every storage test runs against.</summary>
public enum TestStore
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data: <c>[Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]</c>.</summary>
public static class TestStores
{
    public static TheoryData<TestStore> Both => new() { TestStore.Sqlite, TestStore.Postgres };
}

/// <summary>A fresh, empty database of the given kind for one test: a SQLite file in <paramref name="folder"/>, or a new database on the private PostgreSQL. Dropped on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase(TestStore store, string folder, string fileName = "r.db")
    {
        Store = store;
        Setting = store == TestStore.Postgres ? PostgresServer.Instance.CreateDatabase() : Path.Combine(folder, fileName);
    }

    public TestStore Store { get; }

    /// <summary>What <c>--db</c> / <c>RiskEngine:DatabasePath</c> is given.</summary>
    public string Setting { get; }

    /// <summary>A raw connection, for a test that looks under the stores (the caller opens and disposes it).</summary>
    public System.Data.Common.DbConnection Connect() => Store == TestStore.Postgres
        ? new Npgsql.NpgsqlConnection(Setting)
        : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Setting};Pooling=false");

    public void Dispose()
    {
        if (Store == TestStore.Postgres) PostgresServer.Instance.DropDatabase(Setting);
    }
}
