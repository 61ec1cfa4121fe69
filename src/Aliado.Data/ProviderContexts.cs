using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Aliado.Data;

/// <summary>The embedded default. Its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteAliadoDbContext(DbContextOptions<SqliteAliadoDbContext> options, WorkspaceScope scope)
    : AliadoDbContext(options, scope);

/// <summary>Server mode. Its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresAliadoDbContext(DbContextOptions<PostgresAliadoDbContext> options, WorkspaceScope scope)
    : AliadoDbContext(options, scope);

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a live database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAliadoDbContext>
{
    public SqliteAliadoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAliadoDbContext>().UseSqlite("Data Source=design-time.db").Options, new WorkspaceScope());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAliadoDbContext>
{
    public PostgresAliadoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAliadoDbContext>().UseNpgsql("Host=localhost;Database=aliado_design").Options, new WorkspaceScope());
}
