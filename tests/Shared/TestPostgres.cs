using Npgsql;

namespace Aliado.Testing;

/// <summary>
/// The PostgreSQL server the suite runs against, named by ALIADO_TEST_POSTGRES (a connection string
/// without a database; `.ci/start-postgres` starts one and prints it). In CI its absence fails the run;
/// on a developer machine the PostgreSQL half of the suite is skipped, and the skip reason says so.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "ALIADO_TEST_POSTGRES";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string RequireServer()
    {
        if (ServerConnectionString is { } server)
        {
            return server;
        }
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            throw new InvalidOperationException($"CI must run the PostgreSQL tests, but {Variable} is not set.");
        }
        Assert.Skip($"PostgreSQL is not available on this machine: set {Variable} (see .ci/start-postgres) to run this test.");
        return string.Empty;
    }

    /// <summary>A connection string for a new, uniquely named database on the test server.</summary>
    public static string NewDatabase(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = $"aliado_test_{Guid.NewGuid():N}", Pooling = true }.ConnectionString;

    public static async Task DropAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database;
        builder.Database = "postgres";
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
