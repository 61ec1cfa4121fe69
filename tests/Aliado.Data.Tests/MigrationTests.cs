using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>Each provider keeps its own migrations; a model change without both migrations fails here.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project src/Aliado.Data --context SqliteAliadoDbContext --output-dir Migrations/Sqlite");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project src/Aliado.Data --context PostgresAliadoDbContext --output-dir Migrations/Postgres");
        Assert.Equal(
            new SqliteDesignTimeFactory().CreateDbContext([]).Database.GetMigrations().Select(Name),
            db.Database.GetMigrations().Select(Name));
    }

    /// <summary>"20261123075016_Initial" → "Initial": both sets must hold the same steps in the same order.</summary>
    private static string Name(string migration) => migration[(migration.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
