using Microsoft.EntityFrameworkCore;

namespace Aliado.Data;

/// <summary>
/// One row whose value changes whenever anything a request's caller is made of changes: a membership
/// (added, its role changed, removed), a workspace (renamed, its thresholds, deleted), an account's
/// security stamp or time zone, an API token revoked or deleted. Triggers change it in the same
/// transaction as the change, whoever writes. A web node may then keep a caller in memory and check with one
/// primary-key read that nothing changed since, instead of reading the account, its memberships and
/// their workspaces on every request; every node sees a change at once, because they all read the same row.
/// The value is random rather than a counter, so a database put back from a backup never matches
/// what a running node remembers from before.
/// </summary>
public sealed class AccessEpoch
{
    public const int RowId = 1;

    public int Id { get; init; } = RowId;

    public long Value { get; set; }

    /// <summary>The current value, as a query to read alone or inside another (null only when the row is missing).</summary>
    public static IQueryable<long?> Current(AliadoDbContext db) => db.AccessEpochs.AsNoTracking().Where(e => e.Id == RowId).Select(e => (long?)e.Value);

    public static Task<long?> ReadAsync(AliadoDbContext db, CancellationToken cancellationToken) => Current(db).FirstOrDefaultAsync(cancellationToken);

    private const string SqliteBump = """UPDATE "AccessEpoch" SET "Value" = random();""";

    public static IReadOnlyList<string> SqliteCreate() =>
    [
        Sqlite("Memberships_AccessEpoch_Insert", """AFTER INSERT ON "Memberships" """),
        Sqlite("Memberships_AccessEpoch_Update", """AFTER UPDATE ON "Memberships" """),
        Sqlite("Memberships_AccessEpoch_Delete", """AFTER DELETE ON "Memberships" """),
        Sqlite("Workspaces_AccessEpoch_Update", """AFTER UPDATE ON "Workspaces" """),
        Sqlite("Workspaces_AccessEpoch_Delete", """AFTER DELETE ON "Workspaces" """),
        Sqlite("AspNetUsers_AccessEpoch_Update", """
            AFTER UPDATE OF "SecurityStamp", "TimeZone" ON "AspNetUsers"
            WHEN OLD."SecurityStamp" IS NOT NEW."SecurityStamp" OR OLD."TimeZone" IS NOT NEW."TimeZone"
            """),
        Sqlite("AspNetUsers_AccessEpoch_Delete", """AFTER DELETE ON "AspNetUsers" """),
        // A token's last use is written every few minutes and changes nothing a caller is made of.
        Sqlite("ApiTokens_AccessEpoch_Update", """AFTER UPDATE OF "RevokedAt", "UserId", "WorkspaceId", "Hash" ON "ApiTokens" """),
        Sqlite("ApiTokens_AccessEpoch_Delete", """AFTER DELETE ON "ApiTokens" """),
        SqliteBump,
    ];

    private static readonly string[] _sqliteTriggers =
    [
        "Memberships_AccessEpoch_Insert", "Memberships_AccessEpoch_Update", "Memberships_AccessEpoch_Delete",
        "Workspaces_AccessEpoch_Update", "Workspaces_AccessEpoch_Delete",
        "AspNetUsers_AccessEpoch_Update", "AspNetUsers_AccessEpoch_Delete",
        "ApiTokens_AccessEpoch_Update", "ApiTokens_AccessEpoch_Delete",
    ];

    public static IReadOnlyList<string> SqliteDrop() => [.. _sqliteTriggers.Select(name => $"DROP TRIGGER IF EXISTS \"{name}\"")];

    private static string Sqlite(string name, string when) => $"""
        CREATE TRIGGER "{name}" {when.Trim()} BEGIN
            {SqliteBump}
        END
        """;

    public static IReadOnlyList<string> PostgresCreate() =>
    [
        """
        CREATE FUNCTION access_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            UPDATE "AccessEpoch" SET "Value" = floor(random() * 9007199254740991)::bigint;
            RETURN NULL;
        END
        $body$
        """,
        """
        CREATE TRIGGER memberships_access_epoch AFTER INSERT OR UPDATE OR DELETE ON "Memberships"
        FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump()
        """,
        """
        CREATE TRIGGER workspaces_access_epoch AFTER UPDATE OR DELETE ON "Workspaces"
        FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump()
        """,
        """
        CREATE TRIGGER users_access_epoch AFTER UPDATE OF "SecurityStamp", "TimeZone" ON "AspNetUsers"
        FOR EACH ROW WHEN (OLD."SecurityStamp" IS DISTINCT FROM NEW."SecurityStamp" OR OLD."TimeZone" IS DISTINCT FROM NEW."TimeZone")
        EXECUTE FUNCTION access_epoch_bump()
        """,
        """
        CREATE TRIGGER users_access_epoch_delete AFTER DELETE ON "AspNetUsers"
        FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump()
        """,
        """
        CREATE TRIGGER api_tokens_access_epoch AFTER UPDATE OF "RevokedAt", "UserId", "WorkspaceId", "Hash" OR DELETE ON "ApiTokens"
        FOR EACH STATEMENT EXECUTE FUNCTION access_epoch_bump()
        """,
        // Not the seeded 0: a database made afresh never matches what a node remembers of another.
        """UPDATE "AccessEpoch" SET "Value" = floor(random() * 9007199254740991)::bigint""",
    ];

    public static IReadOnlyList<string> PostgresDrop() =>
    [
        "DROP TRIGGER IF EXISTS memberships_access_epoch ON \"Memberships\"",
        "DROP TRIGGER IF EXISTS workspaces_access_epoch ON \"Workspaces\"",
        "DROP TRIGGER IF EXISTS users_access_epoch ON \"AspNetUsers\"",
        "DROP TRIGGER IF EXISTS users_access_epoch_delete ON \"AspNetUsers\"",
        "DROP TRIGGER IF EXISTS api_tokens_access_epoch ON \"ApiTokens\"",
        "DROP FUNCTION IF EXISTS access_epoch_bump()",
    ];
}
